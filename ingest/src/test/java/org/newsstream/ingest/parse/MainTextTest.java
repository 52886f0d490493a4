package org.newsstream.ingest.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The main text of pages written for these tests, each with the furniture of a kind of news site. */
class MainTextTest {
    private static final String PROSE = "Warga di sekitar pelabuhan mengatakan bahwa antrean truk sudah terjadi sejak pagi, dan petugas "
            + "belum memberikan penjelasan tentang penyebabnya kepada para sopir yang menunggu.";

    private static MainText.Result read(String body) {
        return MainText.of(Jsoup.parse("<html><body>" + body + "</body></html>"), "Antrean Truk di Pelabuhan", null);
    }

    @Test
    void paragraphsInABoxEachAreOneArticle() {
        StringBuilder cards = new StringBuilder("<div id='article-body'>");
        for (int i = 1; i <= 5; i++) {
            cards.append("<div class='card'><div class='card-content'><p>Paragraf ").append(i).append(". ").append(PROSE).append("</p></div></div>");
        }
        cards.append("</div><div class='sidebar'><p>Iklan: beli sekarang, diskon besar, hari ini saja, jangan sampai terlewat.</p></div>");
        String text = read(cards.toString()).text();
        for (int i = 1; i <= 5; i++) {
            assertTrue(text.contains("Paragraf " + i + "."), text);
        }
        assertFalse(text.contains("diskon"), text);
    }

    @Test
    void aHeadingOfRelatedStoriesOrCommentsEndsTheArticle() {
        String text = read("<article><p>" + PROSE + "</p><p>Sopir berharap masalah segera selesai, kata seorang sopir.</p>"
                + "<h3>Berita Terkait</h3><article><p>Harga cabai naik lagi menjelang akhir tahun, kata pedagang di pasar induk kota.</p></article>"
                + "<h2>Kommentare</h2><p>Ein Leser schreibt, dass er das alles schon lange gewusst habe und es ihn nicht wundere.</p></article>").text();
        assertTrue(text.contains("Sopir berharap"), text);
        assertFalse(text.contains("Harga cabai"), text);
        assertFalse(text.contains("Leser"), text);
    }

    @Test
    void captionsDateLinesHiddenBoxesAndTeasersAreNotText() {
        MainText.Result r = read("<article><div class='image top'><img src='a.jpg'><p>Truk mengantre di gerbang pelabuhan. (Foto: Antara)</p></div>"
                + "<p>Senin, 18 November 2019 - 12:10 WIB</p><p>" + PROSE + "</p>"
                + "<div style='display:none'><p>Konten tersembunyi untuk pelanggan premium saja, tidak untuk dibaca umum.</p></div>"
                + "<p><a href='/lain'>Harga BBM turun mulai pekan depan</a></p>"
                + "<p>Menurut <a href='/pelindo'>operator pelabuhan</a>, antrean akan terurai pada sore hari.</p></article>");
        String text = r.text();
        assertFalse(text.contains("(Foto: Antara)"), text);
        assertFalse(text.contains("Konten tersembunyi"), text);
        assertFalse(text.contains("Harga BBM turun"), "a line that is one link is a teaser: " + text);
        assertTrue(text.contains("Menurut operator pelabuhan, antrean akan terurai"), "a link inside a sentence is the sentence's: " + text);
        assertFalse(text.contains("12:10 WIB"), text);
        assertEquals(java.util.List.of("Senin, 18 November 2019 - 12:10 WIB"), r.dateLines(), "the date line is set aside for the metadata");
    }

    @Test
    void aTableRowIsOneLineAndAnEmbeddedPostStays() {
        String text = read("<article><p>" + PROSE + "</p><table><tr><th>Pos</th><th>Tim</th><th>Poin</th></tr>"
                + "<tr><td>1</td><td>Persib</td><td>5</td></tr><tr><td>2</td><td>Persija</td><td>5</td></tr></table>"
                + "<div class='social-media-embed'><blockquote class='twitter-tweet'><p>Antrean sejak subuh, belum bergerak sama sekali "
                + "<a href='https://t.co/x'>https://t.co/x</a></p>— Sopir Truk (@soptruk) <a href='https://twitter.com/x'>18 November 2019</a>"
                + "</blockquote></div></article>").text();
        assertTrue(text.contains("1 Persib 5"), text);
        assertTrue(text.contains("2 Persija 5"), "a number repeats in a table: " + text);
        assertTrue(text.contains("Antrean sejak subuh"), text);
    }

    @Test
    void aPageThatRendersItsTextWithScriptFallsBackToItsArticleBody() {
        String page = "<html><head><script type='application/ld+json'>{}</script></head><body><div id='app'></div></body></html>";
        MainText.Result r = MainText.of(Jsoup.parse(page), "Judul", PROSE);
        assertEquals(PROSE, r.text());
    }
}
