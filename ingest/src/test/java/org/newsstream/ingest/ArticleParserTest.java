package org.newsstream.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsstream.avro.RawArticle;

class ArticleParserTest {
    static List<ArticleParser.Parsed> parse(String name, String content) {
        return ArticleParser.parse(name, content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void plainTextTakesTheFirstLineAsTitle() {
        List<ArticleParser.Parsed> p = parse("a.txt", "\n  Headline here  \n\nFirst paragraph.\n\nSecond.\n");
        RawArticle a = p.get(0).article();
        assertEquals("Headline here", a.getTitle());
        assertEquals("First paragraph.\n\nSecond.", a.getBody());
        assertEquals("a.txt", a.getSource());
        assertTrue(a.getId().startsWith("c-"));
    }

    @Test
    void jsonLinesGiveOneArticlePerLineAndReportBadLinesByNumber() {
        String jsonl = "{\"url\":\"https://example.org/a\",\"title\":\"A\",\"body\":\"Text A\",\"publishedAt\":\"2023-09-13T12:10:00+07:00\",\"language\":\"id\"}\n"
                + "{\"title\":\"no body\"}\n"
                + "not json\n"
                + "{\"id\":\"given-id\",\"body\":\"Text C\",\"metadata\":{\"section\":\"world\"}}\n";
        List<ArticleParser.Parsed> p = parse("feed.jsonl", jsonl);
        assertEquals(4, p.size());
        RawArticle a = p.get(0).article();
        assertEquals(Instant.parse("2023-09-13T05:10:00Z"), a.getPublishedAt());
        assertEquals("id", a.getLanguage());
        assertEquals(ArticleIds.of("https://example.org/a", null, "x"), a.getId());
        assertFalse(p.get(1).ok());
        assertEquals("feed.jsonl:2", p.get(1).origin());
        assertTrue(p.get(1).error().contains("body"));
        assertFalse(p.get(2).ok());
        assertTrue(p.get(2).error().startsWith("malformed JSON"));
        assertEquals("given-id", p.get(3).article().getId());
        assertEquals("world", p.get(3).article().getMetadata().get("section"));
    }

    @Test
    void aJsonArrayIsSeveralArticles() {
        List<ArticleParser.Parsed> p = parse("x.json", "[{\"body\":\"one\"},{\"body\":\"two\",\"publishedAt\":1694581800000}]");
        assertEquals(2, p.size());
        assertEquals(Instant.ofEpochMilli(1694581800000L), p.get(1).article().getPublishedAt());
    }

    @Test
    void invalidUtf8EmptyInputAndMissingBodyAreRejectedWithReasons() {
        List<ArticleParser.Parsed> bad = ArticleParser.parse("b.txt", new byte[] {'T', '\n', (byte) 0xC3, (byte) 0x28});
        assertEquals("not valid UTF-8 text", bad.get(0).error());
        assertEquals("empty input", parse("e.txt", "  \n ").get(0).error());
        assertNull(parse("t.txt", "One line of text.").get(0).article().getTitle());
        assertEquals("One line of text.", parse("t.txt", "One line of text.").get(0).article().getBody());
        assertTrue(parse("d.json", "{\"body\":\"x\",\"publishedAt\":\"yesterday\"}").get(0).error().contains("publishedAt"));
        assertNull(bad.get(0).article());
    }

    @Test
    void theSeedPageBecomesACleanArticleWithItsMetadata() throws Exception {
        byte[] page = java.nio.file.Files.readAllBytes(org.newsstream.ingest.parse.PageMetadataTest.SEED);
        RawArticle a = ArticleParser.parse("seed.txt", page).get(0).article();
        assertTrue(a.getTitle().startsWith("Kim Jong Un Akhirnya Bertemu Vladimir Putin"));
        assertEquals("Khairisa Ferida", a.getByline());
        assertEquals(Instant.parse("2023-09-13T05:10:00Z"), a.getPublishedAt());
        assertEquals(Instant.parse("2023-09-13T05:22:00Z"), a.getModifiedAt());
        assertEquals("Moskow", a.getDateline());
        assertEquals("id", a.getLanguage());
        for (String furniture : new String[] {"Lanjutkan Membaca", "Video Pilihan Hari Ini", "POPULER", "WhatsApp", "Cek Fakta"}) {
            assertFalse(a.getBody().contains(furniture), furniture);
            assertTrue(a.getOriginalText().contains(furniture), "the original keeps " + furniture);
        }
    }

    @Test
    void anHtmlPageWithoutTimeMarkupTakesTheTimePrintedInItsText() {
        String html = "<html><body><article><p>oleh Budi Santoso</p><p>Diterbitkan 13 Sep 2023, 12:10 WIB</p>"
                + "<p>Isi berita yang cukup panjang untuk menjadi teks utama halaman ini, dengan beberapa kalimat.</p></article></body></html>";
        RawArticle a = ArticleParser.defaults().html("p.html", html, "https://x.example/p", null).article();
        assertEquals(Instant.parse("2023-09-13T05:10:00Z"), a.getPublishedAt());
        assertEquals("Budi Santoso", a.getByline());
        assertEquals("https://x.example/p", a.getUrl());
    }

    @Test
    void aFieldMappingReadsOtherJsonShapes() {
        ArticleParser p = new ArticleParser(ArticleParser.Format.JSONL, java.util.Map.of("body", "text", "title", "headline", "publishedAt", "date"));
        RawArticle a = p.parseContent("feed", "{\"headline\":\"H\",\"text\":\"The text.\",\"date\":\"2024-01-02T03:04:05Z\"}".getBytes()).get(0).article();
        assertEquals("H", a.getTitle());
        assertEquals("The text.", a.getBody());
        assertEquals(Instant.parse("2024-01-02T03:04:05Z"), a.getPublishedAt());
    }

    @Test
    void idsAreStableAndIgnoreFragmentsAndTrailingSlashes() {
        assertEquals(ArticleIds.of("https://x.org/a/", null, "1"), ArticleIds.of("https://x.org/a#top", null, "2"));
        assertNotEquals(ArticleIds.of("https://x.org/a", null, "1"), ArticleIds.of("https://x.org/b", null, "1"));
        assertEquals(ArticleIds.of(null, "T", "body "), ArticleIds.of(null, "T ", "body"));
        assertNotEquals(ArticleIds.of(null, "T", "body"), ArticleIds.of(null, "T", "other body"));
    }
}
