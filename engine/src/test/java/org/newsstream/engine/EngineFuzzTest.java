package org.newsstream.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.newsstream.avro.Geolocation;
import org.newsstream.avro.Quote;

/**
 * Fuzzing the engine. In a normal test run, each input of the committed seed corpus
 * ({@code src/test/resources/org/newsstream/engine/EngineFuzzTestInputs/extractAnything/}) runs once as a regression
 * test; with {@code JAZZER_FUZZ=1} Jazzer generates new inputs, and saves any that crash or hang there.
 */
class EngineFuzzTest {
    private static final ExtractionEngine ENGINE = ExtractionEngine.createDefault();
    private static final String[] LANGUAGES = {"en", "id", "ms", "nl", "es", "pt", "fr", "it", "de", null};

    @FuzzTest(maxDuration = "60s")
    void extractAnything(FuzzedDataProvider data) {
        String language = LANGUAGES[data.consumeInt(0, LANGUAGES.length - 1)];
        String title = data.consumeString(200);
        String body = data.consumeRemainingAsString();
        Extraction x;
        try {
            x = ENGINE.extract(new ArticleInput("fuzz", title, body, language, null));
        } catch (ExtractionEngine.ArticleTooLongException expected) {
            return;
        }
        // Whatever the text, the records point into it and say nothing impossible.
        for (Quote q : x.quotes()) {
            assertTrue(0 <= q.getStart() && q.getStart() <= q.getEnd() && q.getEnd() <= body.length(), q.toString());
        }
        for (Geolocation g : x.geolocations()) {
            assertTrue(Math.abs(g.getLatitude()) <= 90 && Math.abs(g.getLongitude()) <= 180, g.toString());
        }
    }
}
