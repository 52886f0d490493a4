package org.newsstream.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Picks the language whose function words cover most of the text. Function words are the most frequent
 * words of any news text, so a few sentences suffice. Indonesian and Malay share most of them; the
 * spelling pairs that differ (bahwa/bahawa, karena/kerana, bisa/boleh) decide between the two.
 */
public final class StopwordLanguageDetector implements LanguageDetector {
    private static final Map<String, String> ID_MS = Map.ofEntries(
            Map.entry("bahwa", "id"), Map.entry("karena", "id"), Map.entry("bisa", "id"), Map.entry("saja", "id"),
            Map.entry("tersebut", "id"), Map.entry("kemarin", "id"), Map.entry("mengatakan", "id"), Map.entry("uang", "id"),
            Map.entry("bahawa", "ms"), Map.entry("kerana", "ms"), Map.entry("boleh", "ms"), Map.entry("sahaja", "ms"),
            Map.entry("iaitu", "ms"), Map.entry("ialah", "ms"), Map.entry("semalam", "ms"), Map.entry("wang", "ms"),
            Map.entry("kerajaan", "ms"), Map.entry("daripada", "ms"), Map.entry("selepas", "ms"), Map.entry("manakala", "ms"));
    private final Lexicon lexicon;

    public StopwordLanguageDetector(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public String detect(String text) {
        Map<String, Integer> score = new HashMap<>();
        int idms = 0;
        List<String> words = Tokens.words(text.length() > 20000 ? text.substring(0, 20000) : text);
        for (String w : words) {
            String l = w.toLowerCase();
            for (String lang : Lexicon.LANGUAGES) {
                Set<String> sw = lexicon.stopwords(lang);
                if (sw.contains(l)) {
                    score.merge(lang, 1, Integer::sum);
                }
            }
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
}
