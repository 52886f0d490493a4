package org.newsstream.ingest.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;

public class PageMetadataTest {
    /** The Indonesian page that ships as a demo sample (Liputan6.com, credited in the samples README). */
    public static final Path SEED = Path.of("../app/src/main/resources/samples/articles/id-liputan6-kim-putin-vostochny.txt");

    @Test
    void timesInThePagesLanguageAndZone() {
        assertEquals(Instant.parse("2023-09-13T05:10:00Z"), PageTimes.find("Diterbitkan 13 Sep 2023, 12:10 WIB"));
        assertEquals(Instant.parse("2023-09-13T04:10:00Z"), PageTimes.find("13 September 2023 12:10 WITA"));
        assertEquals(Instant.parse("2024-03-05T14:30:00Z"), PageTimes.find("Published March 5, 2024 9:30 a.m. EST"));
        assertEquals(Instant.parse("2024-03-05T09:30:00Z"), PageTimes.find("5. März 2024, 10:30 CET"));
        assertEquals(Instant.parse("2024-03-05T10:30:00Z"), PageTimes.find("publié le 5 mars 2024 à 10:30"));
        assertEquals(Instant.parse("2024-03-05T07:30:00Z"), PageTimes.find("05/03/2024 10:30 GMT+3"));
        assertEquals(Instant.parse("2024-03-05T10:30:00Z"), PageTimes.find("2024-03-05T12:30:00+02:00"));
        assertNull(PageTimes.find("no date here"));
    }

    @Test
    void theSeedPagesHeaderDatelineAndCleanBody() throws Exception {
        String text = Files.readString(SEED);
        String body = text.substring(text.indexOf('\n') + 1);
        PlainTextArticles.Metadata m = PlainTextArticles.read(body);
        assertEquals("Khairisa Ferida", m.byline());
        assertEquals(Instant.parse("2023-09-13T05:10:00Z"), m.publishedAt());
        assertEquals(Instant.parse("2023-09-13T05:22:00Z"), m.modifiedAt());
        assertEquals("Moskow", m.dateline());
        for (String furniture : new String[] {"Lanjutkan Membaca", "Video Pilihan Hari Ini", "POPULER", "WhatsApp", "Cek Fakta", "Berita Terkini"}) {
            assertFalse(m.cleanBody().contains(furniture), furniture);
        }
        assertTrue(m.cleanBody().contains("\"Senang bertemu Anda.\""));
        // The photo caption is printed twice on the page; once is enough.
        String caption = "(Yuri Kadobnov / AFP PHOTO)";
        assertEquals(m.cleanBody().indexOf(caption), m.cleanBody().lastIndexOf(caption));
    }

    @Test
    void datelineForms() {
        String rest = " ordinary words follow here to make this a real paragraph of text.";
        assertEquals("Jakarta", PlainTextArticles.dateline("JAKARTA, Liputan6.com -" + rest));
        assertEquals("Geneva", PlainTextArticles.dateline("GENEVA (Reuters) -" + rest));
        assertEquals("Moscow", PlainTextArticles.dateline("MOSCOW, Sept 13 (Reuters) -" + rest));
        assertNull(PlainTextArticles.dateline("The minister said - after a pause - that" + rest));
    }

    @Test
    void htmlMetadataAndMainText() {
        String html = """
                <!doctype html><html lang="id-ID"><head><title>Site | Judul</title>
                <link rel="canonical" href="https://news.example/a/1">
                <meta property="og:title" content="Judul Berita">
                <meta property="article:section" content="Dunia">
                <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Judul Berita",
                 "datePublished":"2023-09-13T12:10:00+07:00","dateModified":"2023-09-13T12:22:00+07:00","author":{"@type":"Person","name":"Khairisa Ferida"}}</script>
                </head><body><nav><a href="/">Beranda</a><a href="/dunia">Dunia</a></nav>
                <div class="share-bar">Bagikan ke WhatsApp</div>
                <article><h1>Judul Berita</h1>
                <p>JAKARTA, Example.com - Paragraf pertama dari berita yang cukup panjang untuk dihitung sebagai teks utama.</p>
                <figure><img src="x.jpg"><figcaption>Foto: Seorang pejabat (AFP)</figcaption></figure>
                <p>Baca Juga: Berita lain yang tidak relevan</p>
                <p>Paragraf kedua berisi kutipan, "Kami siap," kata seorang pejabat kepada wartawan.</p>
                <ul class="related-articles"><li><a href="/b">Berita terkait satu</a></li><li><a href="/c">Berita terkait dua</a></li></ul>
                </article><footer>Hak cipta</footer></body></html>""";
        HtmlArticles.Page p = HtmlArticles.read(html, "https://news.example/a/1?utm=x");
        assertEquals("https://news.example/a/1", p.url());
        assertEquals("Judul Berita", p.title());
        assertEquals("Khairisa Ferida", p.byline());
        assertEquals(Instant.parse("2023-09-13T05:10:00Z"), p.publishedAt());
        assertEquals(Instant.parse("2023-09-13T05:22:00Z"), p.modifiedAt());
        assertEquals("id", p.language());
        assertEquals("Dunia", p.section());
        assertTrue(p.body().startsWith("JAKARTA, Example.com - Paragraf pertama"), p.body());
        assertTrue(p.body().contains("\"Kami siap,\" kata seorang pejabat"), p.body());
        for (String furniture : new String[] {"Beranda", "Bagikan", "Baca Juga", "Berita terkait", "Hak cipta"}) {
            assertFalse(p.body().contains(furniture), furniture + " in " + p.body());
        }
    }

    @Test
    void languagesIncludingIndonesianAgainstMalay() {
        assertEquals("id", LanguageIdentifier.INSTANCE.detect("Pemerintah mengatakan bahwa harga beras tidak akan naik karena stok masih cukup."));
        assertEquals("ms", LanguageIdentifier.INSTANCE.detect("Kerajaan berkata bahawa harga beras tidak akan naik kerana stok masih mencukupi."));
        assertEquals("en", LanguageIdentifier.INSTANCE.detect("The government said the price of rice will not rise."));
        assertEquals("de", LanguageIdentifier.INSTANCE.detect("Die Regierung sagte, der Reispreis werde nicht steigen."));
    }

    @Test
    void longTextsShortlistedByFunctionWordsAndTheLanguagesTakenForThem() {
        String es = "El ayuntamiento aprobó este martes el presupuesto para el año que viene, que incluye una partida para mejorar "
                + "el transporte público y los carriles bici. La alcaldesa explicó que las obras empezarán en primavera y que el "
                + "gobierno municipal quiere reducir el tráfico en el centro de la ciudad.";
        String ca = "L'Ajuntament ha aprovat aquest dimarts el pressupost per a l'any vinent, que inclou una partida per millorar "
                + "el transport públic i els carrils bici. L'alcaldessa ha explicat que les obres començaran a la primavera i que "
                + "el govern municipal vol reduir el trànsit al centre de la ciutat.";
        String ms = "Kerajaan negeri berkata bahawa kerja membaiki jambatan itu akan bermula minggu depan dan dijangka siap dalam "
                + "tempoh dua bulan. Penduduk diminta menggunakan jalan lain kerana laluan utama akan ditutup sepenuhnya semasa "
                + "kerja dijalankan, menurut kenyataan yang dikeluarkan semalam.";
        String tl = "Ayon sa mga opisyal ng lungsod, magsisimula ang pagkukumpuni ng tulay sa susunod na linggo at tatagal ito ng "
                + "dalawang buwan. Sinabi ng alkalde na kailangan ng mga residente na gumamit ng ibang daan habang ginagawa ang proyekto.";
        assertEquals("es", LanguageIdentifier.INSTANCE.detect(es));
        assertEquals("ca", LanguageIdentifier.INSTANCE.detect(ca), "Catalan shares Spanish and French function words");
        assertEquals("ms", LanguageIdentifier.INSTANCE.detect(ms));
        assertEquals("tl", LanguageIdentifier.INSTANCE.detect(tl), "too few function words of ours: all of Lingua's languages");
    }

    @Test
    void bylinesInEveryLanguageWithTheirRolesAgenciesAndDates() {
        assertEquals("Ana Ruiz, Jan Meier", Bylines.fromLine("By Ana Ruiz and Jan Meier | Reuters"));
        assertEquals("Khairisa Ferida", Bylines.fromLine("oleh Khairisa Ferida diperbarui 13 Sep 2023, 12:22 WIB"));
        assertEquals("Jan Meier", Bylines.fromLine("Von Jan Meier, dpa"), "an agency after a comma is no second author");
        assertEquals("Gwenaëlle Le Gall", Bylines.fromLine("Par Gwenaëlle Le Gall"));
        assertEquals("Marloes van der Berg", Bylines.fromLine("Door Marloes van der Berg"));
        assertEquals("Gavino Piras", Bylines.fromLine("di Gavino Piras"));
        assertNull(Bylines.fromLine("Di Kubang Kerian, peniaga kuih masih mengeringkan peralatan"), "Malay \"di\" is \"at\"");
        assertNull(Bylines.fromLine("By the end of the year the port will reopen."));
        assertEquals("HNN Staff", Bylines.clean("By HNN Staff | November 18, 2019 at 2:26 PM HST"));
    }

    @Test
    void datesInEachLanguagesFormatAndTheSitesOwnZone() {
        java.time.ZoneId madrid = SiteZones.of("https://www.example.es/a", null);
        assertEquals(Instant.parse("2024-02-20T12:40:00Z"), PageTimes.find("20 de febrero de 2024 - 13:40", madrid));
        assertEquals(Instant.parse("2024-11-05T17:05:00Z"), PageTimes.find("Publié le 5 novembre 2024 à 18h05", SiteZones.of(null, "fr")));
        assertEquals(Instant.parse("2024-03-12T15:45:00Z"), PageTimes.find("12 maart 2024 om 16:45", SiteZones.of("https://x.nl/", "nl")));
        assertEquals(Instant.parse("2024-07-12T14:05:00Z"), PageTimes.find("12.07.2024, 16:05 Uhr", SiteZones.of("https://x.de/", null)),
                "summer time in Berlin");
        assertEquals(Instant.parse("2024-04-09T17:20:00Z"), PageTimes.parseIso("2024-04-09T18:20:00", SiteZones.of("https://x.pt/", "pt")));
        assertEquals(Instant.parse("2024-04-09T18:20:00Z"), PageTimes.parseIso("2024-04-09T18:20:00", SiteZones.of("https://x.com/", "en")),
                "no country and no language with one zone: UTC");
        assertTrue(PageTimes.isDateLine("sexta-feira, 22 de outubro de 2010 às 20:13"));
        assertFalse(PageTimes.isDateLine("Die Feuerwehr rückte um 12:30 Uhr aus."));
    }
}
