package org.newsstream.ingest.parse;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.newsstream.engine.LanguageDetector;
import org.newsstream.engine.Lexicon;
import org.newsstream.engine.StopwordLanguageDetector;
import org.newsstream.engine.Tokens;

/**
 * The language of an article (ISO 639-1), in two steps. Function words first: they shortlist the languages of ours
 * a text may be in, and when only one is left that is the answer. Lingua (n-gram models that stay accurate on short
 * texts and tell Indonesian from Malay) then chooses among the shortlist and the languages easily taken for it
 * (Catalan for Spanish or French), or among all {@link #LANGUAGES} when function words say nothing. Lingua's cost
 * grows with the languages it weighs, and it was most of ingest's CPU (docs/ingest-benchmark.md); what the two
 * steps cost in accuracy is in docs/language-detection.md. It is the engine's {@link LanguageDetector} seam, so
 * ingest and the engine agree on what a language is.
 */
public final class LanguageIdentifier implements LanguageDetector {
    /** Lingua's models are large and thread-safe: one set serves the whole JVM. */
    public static final LanguageIdentifier INSTANCE = new LanguageIdentifier();
    private static final Language[] LANGUAGES = {
            Language.INDONESIAN, Language.MALAY, Language.ENGLISH, Language.SPANISH, Language.FRENCH, Language.GERMAN,
            Language.PORTUGUESE, Language.ITALIAN, Language.DUTCH, Language.TAGALOG, Language.CATALAN,
            Language.RUSSIAN, Language.ARABIC, Language.CHINESE};
    /** Languages outside ours whose function words pass for one of ours. */
    private static final Map<String, Set<Language>> TAKEN_FOR = Map.of(
            "es", EnumSet.of(Language.CATALAN), "fr", EnumSet.of(Language.CATALAN),
            // the two share most function words: Lingua always decides between them
            "id", EnumSet.of(Language.MALAY), "ms", EnumSet.of(Language.INDONESIAN));
    /** Texts at least this long go to the fast trigram-only models, which are as accurate there. */
    private static final int LONG_TEXT = 200;
    /** How much of the sample Lingua reads to choose among a shortlist without Indonesian and Malay in it. */
    private static final int SHORT_SAMPLE = 200;
    /** Fewer words than this tell too little for function words to shortlist anything. */
    private static final int SHORTLIST_MIN_WORDS = 30;

    private static final StopwordLanguageDetector FUNCTION_WORDS = new StopwordLanguageDetector(Lexicon.shippedStopwords());
    private static final Map<Set<Language>, com.github.pemistahl.lingua.api.LanguageDetector> FAST = new ConcurrentHashMap<>();
    private static com.github.pemistahl.lingua.api.LanguageDetector precise;

    private LanguageIdentifier() {}

    private static com.github.pemistahl.lingua.api.LanguageDetector fast(Set<Language> languages) {
        // Unsure (two languages within 5%, typically Indonesian and Malay): the precise models decide.
        return FAST.computeIfAbsent(languages, l -> LanguageDetectorBuilder.fromLanguages(l.toArray(Language[]::new))
                .withMinimumRelativeDistance(0.05).withLowAccuracyMode().build());
    }

    private static synchronized com.github.pemistahl.lingua.api.LanguageDetector precise() {
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
        Language l = Language.UNKNOWN;
        if (sample.length() >= LONG_TEXT) {
            List<String> shortlist = FUNCTION_WORDS.shortlist(sample, SHORTLIST_MIN_WORDS);
            Set<Language> candidates = EnumSet.noneOf(Language.class);
            for (String code : shortlist) {
                candidates.add(lingua(code));
                for (Language other : TAKEN_FOR.getOrDefault(code, Set.of())) {
                    // Catalan is weighed only when a word of its own is there: most Spanish and French never is
                    if (other != Language.CATALAN || hasCatalanWord(sample)) {
                        candidates.add(other);
                    }
                }
            }
            if (candidates.size() == 1) {
                return shortlist.get(0);
            }
            // Between a few languages that share no close sibling, half the sample tells them apart; Indonesian and
            // Malay, whose words are mostly the same, keep the whole of it.
            boolean closeSiblings = candidates.contains(Language.INDONESIAN) || candidates.isEmpty();
            String asked = closeSiblings || sample.length() <= SHORT_SAMPLE ? sample : sample.substring(0, SHORT_SAMPLE);
            l = fast(candidates.isEmpty() ? EnumSet.of(LANGUAGES[0], LANGUAGES) : candidates).detectLanguageOf(asked);
        }
        if (l == Language.UNKNOWN && !sample.isBlank()) {
            l = precise().detectLanguageOf(text.length() > 1500 ? text.substring(0, 1500) : text);
        }
        if (l == Language.UNKNOWN) {
            return UNDETERMINED;
        }
        return l.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
    }

    /**
     * Function words only Catalan has among Catalan, Spanish and French ("amb", "els", "això", "també", "però"): a
     * Spanish or French text without any is no Catalan one.
     */
    private static final Set<String> CATALAN_ONLY = Set.of("amb", "els", "dels", "pels", "això", "aquest", "aquesta", "aquests",
            "aquestes", "també", "però", "perquè", "molt", "molts", "seva", "seves", "seus", "doncs", "fins", "així", "aquí", "ens");

    private static boolean hasCatalanWord(String sample) {
        for (Tokens.Token w : Tokens.tokenize(sample, 0, sample.length())) {
            if (CATALAN_ONLY.contains(w.lower())) {
                return true;
            }
        }
        return false;
    }

    private static Language lingua(String isoCode) {
        for (Language l : LANGUAGES) {
            if (l.getIsoCode639_1().toString().equalsIgnoreCase(isoCode)) {
                return l;
            }
        }
        throw new IllegalArgumentException(isoCode);
    }
}
