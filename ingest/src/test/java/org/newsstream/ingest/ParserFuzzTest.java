package org.newsstream.ingest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzing the page and document parser: whatever the bytes, every input becomes an article or a reason, never an
 * exception. The committed seed corpus ({@code src/test/resources/org/newsstream/ingest/ParserFuzzTestInputs/})
 * runs as regression tests; {@code JAZZER_FUZZ=1} fuzzes.
 */
class ParserFuzzTest {
    private static final String[] NAMES = {"page.html", "article.txt", "doc.json", "lines.jsonl", "page.htm", "stdin"};

    @FuzzTest(maxDuration = "60s")
    void parseAnything(FuzzedDataProvider data) {
        String name = NAMES[data.consumeInt(0, NAMES.length - 1)];
        byte[] bytes = data.consumeRemainingAsBytes();
        for (ArticleParser.Parsed p : ArticleParser.parse(name, bytes)) {
            assertTrue(p.ok() ? p.article().getBody() != null && !p.article().getBody().isBlank() : p.error() != null && !p.error().isBlank(),
                    "an article with a body, or a reason: " + p);
        }
    }
}
