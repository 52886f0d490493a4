package org.newsstream.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Picks the language whose function words cover most of the text. Function words are the most frequent
 * words of any news text, so a few sentences suffice. Indonesian and Malay share most of them; the
 * spelling pairs that differ (bahwa/bahawa, karena/kerana, bisa/boleh) decide between the two.
 * {@link #shortlist} says which languages a text may be in, for a finer detector to choose among.
 */
public final class StopwordLanguageDetector implements LanguageDetector {
    private static final Map<String, String> ID_MS = Map.ofEntries(
            Map.entry("bahwa", "id"), Map.entry("karena", "id"), Map.entry("bisa", "id"), Map.entry("saja", "id"),
            Map.entry("tersebut", "id"), Map.entry("kemarin", "id"), Map.entry("mengatakan", "id"), Map.entry("uang", "id"),
            Map.entry("bahawa", "ms"), Map.entry("kerana", "ms"), Map.entry("boleh", "ms"), Map.entry("sahaja", "ms"),
            Map.entry("iaitu", "ms"), Map.entry("ialah", "ms"), Map.entry("semalam", "ms"), Map.entry("wang", "ms"),
            Map.entry("kerajaan", "ms"), Map.entry("daripada", "ms"), Map.entry("selepas", "ms"), Map.entry("manakala", "ms"));
    /**
     * Below this share of function words a text is in none of our languages, or too short to tell: in news of our
     * languages it is 0.14-0.44 (measured on the dev articles), in Swedish, Romanian or Tagalog under 0.10.
     */
    private static final double MIN_SHARE = 0.12;
    /** Languages within this fraction of the best one's count are still candidates (Spanish and French share many). */
    private static final double CANDIDATE_RATIO = 0.4;
    private static final int SAMPLE = 2000;

    /** Each function word with the languages it is one of: one look-up per word of the text. */
    private final Map<String, List<String>> languagesOf = new HashMap<>();

    public StopwordLanguageDetector(Lexicon lexicon) {
        this(lexicon.stopwords);
    }

    /** Over the function words alone ({@link Lexicon#shippedStopwords()}), for a detector that needs nothing else. */
    public StopwordLanguageDetector(Map<String, Set<String>> stopwords) {
        for (String lang : Lexicon.LANGUAGES) {
            for (String w : stopwords.getOrDefault(lang, Set.of())) {
                languagesOf.computeIfAbsent(w, k -> new ArrayList<>()).add(lang);
            }
        }
    }

    @Override
    public String detect(String text) {
        Map<String, Integer> score = new HashMap<>();
        int idms = 0;
        // Two thousand characters hold a hundred function words or more: more text decides nothing more.
        for (Tokens.Token t : Tokens.tokenize(text, 0, Math.min(text.length(), SAMPLE))) {
            String l = t.lower();
            count(l, score);
            String side = ID_MS.get(l);
            if (side != null) {
                idms += side.equals("id") ? 1 : -1;
            }
        }
        String best = "und";
        int bestScore = 0;
        for (String lang : Lexicon.LANGUAGES) {
            int s = score.getOrDefault(lang, 0);
            if (s > bestScore) {
                best = lang;
                bestScore = s;
            }
        }
        if (best.equals("id") || best.equals("ms")) {
            best = idms < 0 ? "ms" : "id";
        }
        // Fewer than two function words is not evidence of anything.
        return bestScore >= 2 ? best : "und";
    }

    /**
     * The languages of ours the text may be in, most likely first: those whose function words come close to the
     * best one's. Empty when the text is too short to tell or holds too few function words of any of them (another
     * language, or a list of names).
     */
    public List<String> shortlist(String text, int minWords) {
        List<Tokens.Token> words = Tokens.tokenize(text, 0, text.length());
        if (words.size() < minWords) {
            return List.of();
        }
        Map<String, Integer> score = new HashMap<>();
        for (Tokens.Token w : words) {
            count(w.lower(), score);
        }
        List<String> ranked = new ArrayList<>(score.keySet());
        ranked.sort((a, b) -> Integer.compare(score.get(b), score.get(a)));
        if (ranked.isEmpty() || score.get(ranked.get(0)) < MIN_SHARE * words.size()) {
            return List.of();
        }
        int best = score.get(ranked.get(0));
        ranked.removeIf(l -> score.get(l) < CANDIDATE_RATIO * best);
        return ranked;
    }

    private void count(String lowerWord, Map<String, Integer> score) {
        for (String lang : languagesOf.getOrDefault(lowerWord, List.of())) {
            score.merge(lang, 1, Integer::sum);
        }
    }
}
