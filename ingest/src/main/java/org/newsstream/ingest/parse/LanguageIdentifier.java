package org.newsstream.ingest.parse;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Locale;

/**
 * The language of an article (ISO 639-1), with Lingua: n-gram models that stay accurate on short texts and
 * tell Indonesian from Malay. Only the languages news in our markets come in are loaded, which keeps memory
 * and start-up small; models load on first use.
 */
public final class LanguageIdentifier {
    private static final Language[] LANGUAGES = {
            Language.INDONESIAN, Language.MALAY, Language.ENGLISH, Language.SPANISH, Language.FRENCH, Language.GERMAN,
            Language.PORTUGUESE, Language.ITALIAN, Language.DUTCH, Language.TAGALOG, Language.VIETNAMESE,
            Language.TURKISH, Language.POLISH, Language.SWEDISH, Language.DANISH, Language.BOKMAL, Language.FINNISH,
            Language.CATALAN, Language.ROMANIAN, Language.CZECH, Language.HUNGARIAN, Language.RUSSIAN, Language.ARABIC,
            Language.CHINESE, Language.JAPANESE, Language.KOREAN, Language.THAI};
    private static LanguageDetector detector;

    private LanguageIdentifier() {}

    private static synchronized LanguageDetector detector() {
        if (detector == null) {
            // A small margin between the two likeliest languages means "not sure": better no answer than a wrong one.
            detector = LanguageDetectorBuilder.fromLanguages(LANGUAGES).withMinimumRelativeDistance(0.05).build();
        }
        return detector;
    }

    /** ISO 639-1 code, or null when the text is too short or too mixed to tell. */
    public static String detect(String text) {
        String sample = text.length() > 4000 ? text.substring(0, 4000) : text;
        Language l = detector().detectLanguageOf(sample);
        if (l == Language.UNKNOWN) {
            return null;
        }
        return l.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
    }
}
