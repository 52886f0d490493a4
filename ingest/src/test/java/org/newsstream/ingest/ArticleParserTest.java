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
    void idsAreStableAndIgnoreFragmentsAndTrailingSlashes() {
        assertEquals(ArticleIds.of("https://x.org/a/", null, "1"), ArticleIds.of("https://x.org/a#top", null, "2"));
        assertNotEquals(ArticleIds.of("https://x.org/a", null, "1"), ArticleIds.of("https://x.org/b", null, "1"));
        assertEquals(ArticleIds.of(null, "T", "body "), ArticleIds.of(null, "T ", "body"));
        assertNotEquals(ArticleIds.of(null, "T", "body"), ArticleIds.of(null, "T", "other body"));
    }
}
