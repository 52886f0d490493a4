package org.newsstream.ingest.parse;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsstream.avro.RawArticle;
import org.newsstream.ingest.ArticleParser;

/**
 * The metadata test set: a page in each language we claim, written for these tests with the byline, date format
 * (in the language's month names, without a zone, so the site's own applies) and page furniture of a news site of
 * that country. Expectations are in {@code pages/expected.tsv}.
 */
class PageMetadataAcrossLanguagesTest {
    static Stream<List<String>> pages() throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (InputStream in = PageMetadataAcrossLanguagesTest.class.getResourceAsStream("/pages/expected.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(List.of(line.split("\t")));
                }
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void bylineTimeUrlLanguageAndCleanBody(List<String> row) throws IOException {
        byte[] html;
        try (InputStream in = getClass().getResourceAsStream("/pages/" + row.get(0))) {
            html = in.readAllBytes();
        }
        ArticleParser.Parsed p = ArticleParser.parse(row.get(0), html).get(0);
        assertTrue(p.ok(), String.valueOf(p.error()));
        RawArticle a = p.article();
        String body = a.getBody();
        List<org.junit.jupiter.api.function.Executable> checks = new ArrayList<>(List.of(
                () -> assertEquals(row.get(1), a.getByline(), "byline"),
                () -> assertEquals(Instant.parse(row.get(2)), a.getPublishedAt(), "published"),
                () -> assertEquals(row.get(3), a.getUrl(), "canonical URL"),
                () -> assertEquals(row.get(4), a.getLanguage(), "language"),
                () -> assertTrue(body.startsWith(row.get(5)), "body starts: " + body),
                () -> assertTrue(body.endsWith(row.get(6)), "body ends: " + body)));
        for (String furniture : row.get(7).split(";")) {
            checks.add(() -> assertFalse(body.contains(furniture), furniture + " in " + body));
        }
        assertAll(row.get(0), checks);
    }
}
