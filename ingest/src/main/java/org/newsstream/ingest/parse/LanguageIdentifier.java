package org.newsstream.ingest.parse;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Locale;
import org.newsstream.engine.LanguageDetector;

/**
 * The language of an article (ISO 639-1), with Lingua: n-gram models that stay accurate on short texts and
 * tell Indonesian from Malay. Only the languages news in our markets come in are loaded (the cost of every
 * call grows with their number; see docs/ingest-benchmark.md), and models load on first use. It is the engine's
 * {@link LanguageDetector} seam, so ingest and the engine agree on what a language is.
 */
public final class LanguageIdentifier implements LanguageDetector {
    /** Lingua's models are large and thread-safe: one set serves the whole JVM. */
    public static final LanguageIdentifier INSTANCE = new LanguageIdentifier();
    private static final Language[] LANGUAGES = {
            Language.INDONESIAN, Language.MALAY, Language.ENGLISH, Language.SPANISH, Language.FRENCH, Language.GERMAN,
            Language.PORTUGUESE, Language.ITALIAN, Language.DUTCH, Language.TAGALOG, Language.CATALAN,
            Language.RUSSIAN, Language.ARABIC, Language.CHINESE};
    /** Texts at least this long go to the fast trigram-only models, which are as accurate there. */
    private static final int LONG_TEXT = 200;
    private static com.github.pemistahl.lingua.api.LanguageDetector precise;
    private static com.github.pemistahl.lingua.api.LanguageDetector fast;

    private LanguageIdentifier() {}

    private static synchronized com.github.pemistahl.lingua.api.LanguageDetector detector(boolean longText) {
        if (longText) {
            if (fast == null) {
                // Unsure (two languages within 5%, typically Indonesian and Malay): the precise models decide.
                fast = LanguageDetectorBuilder.fromLanguages(LANGUAGES).withMinimumRelativeDistance(0.05).withLowAccuracyMode().build();
            }
            return fast;
        }
        if (precise == null) {
            precise = LanguageDetectorBuilder.fromLanguages(LANGUAGES).build();
        }
        return precise;
    }

    /** ISO 639-1 code, or {@link #UNDETERMINED} when the text has no letters to go by. */
    @Override
    public String detect(String text) {
        // A few hundred characters decide the language as well as the whole text, at a fraction of the cost.
        String sample = text.length() > 400 ? text.substring(0, 400) : text;
        Language l = sample.length() >= LONG_TEXT ? detector(true).detectLanguageOf(sample) : Language.UNKNOWN;
        if (l == Language.UNKNOWN && !sample.isBlank()) {
            l = detector(false).detectLanguageOf(text.length() > 1500 ? text.substring(0, 1500) : text);
        }
        if (l == Language.UNKNOWN) {
            return UNDETERMINED;
        }
        return l.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
    }
}
