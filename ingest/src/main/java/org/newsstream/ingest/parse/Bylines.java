package org.newsstream.ingest.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bylines as news sites print them in the languages we cover: "By Ana Ruiz", "Oleh Budi Santoso", "Por Antía
 * Carballo", "Par Gwenaëlle Le Gall", "Von Hauke Petersen", "Door Marloes de Vries", "Di Gavino Piras",
 * "Penulis: Budi", with a role, an agency or a date after the name ("By Ana Ruiz | Reuters", "Von Jan Meier,
 * dpa", "By HNN Staff | November 18, 2019"), and several authors joined by "and", "dan", "y", "et", "und", "e", "en".
 */
public final class Bylines {
    private Bylines() {}

    /** The words that introduce a byline. "Di" (Italian) is also the Malay and Indonesian "at": see {@link #fromLine}. */
    private static final Pattern MARKER = Pattern.compile(
            "^(?i:by|oleh|por|par|von|door|di|penulis\\s*:|reporter\\s*:|pewarta\\s*:|editor\\s*:|autor(?:a)?\\s*:|auteur\\s*:|texto\\s*:|text\\s*:|written by)\\s+");
    private static final String WORD = "\\p{Lu}[\\p{L}.'’-]*";
    private static final String PARTICLE = "(?:van|von|de|der|den|da|das|do|dos|del|della|di|du|le|la|bin|binti|al|el|ter|ten|y)(?![\\p{L}])";
    private static final String NAME = WORD + "(?:\\s+(?:" + WORD + "|" + PARTICLE + "))*";
    private static final String JOIN = "(?:\\s*,\\s*|\\s+(?:and|dan|y|e|et|und|en|&)\\s+)";
    private static final Pattern NAMES = Pattern.compile("^(" + NAME + "(?:" + JOIN + NAME + ")*)");
    /** What may follow the names on a byline line: a separator before a role, an agency or a date. */
    private static final Pattern AFTER = Pattern.compile("^\\s*(?:$|[|,•·/(–—-]|\\d)");
    private static final int MAX_LINE = 120;

    /** The author names of a line that is a byline, or null. */
    public static String fromLine(String line) {
        String s = line.strip();
        if (s.isEmpty() || s.length() > MAX_LINE) {
            return null;
        }
        Matcher m = MARKER.matcher(s);
        if (!m.find()) {
            return null;
        }
        boolean italianDi = m.group().strip().equalsIgnoreCase("di");
        String rest = s.substring(m.end());
        Matcher n = NAMES.matcher(rest);
        if (!n.find()) {
            return null;
        }
        String names = trimNames(n.group(1));
        String after = rest.substring(n.end());
        // "Di Kubang Kerian, peniaga …" is Malay for "at": an Italian byline is the names alone on their line
        // "oleh X diperbarui 13 Sep 2023", "Par X le 5 mars", "Von X am Montag": a date may follow the name
        String nextWord = after.strip().split("\\s+")[0];
        boolean dated = !nextWord.isEmpty() && PageTimes.isCalendarWord(nextWord);
        if (names == null || (italianDi ? !after.isBlank() : !AFTER.matcher(after).find() && !dated)) {
            return null;
        }
        return names;
    }

    /** A byline from the page's markup ("By HNN Staff | November 18, 2019 at 2:26 PM"): the names, or the text when it has no marker. */
    public static String clean(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String s = raw.strip().replaceAll("\\s+", " ");
        String names = fromLine(s);
        if (names != null) {
            return names;
        }
        if (!MARKER.matcher(s).find()) {
            // no marker: the names up to a separator ("Ana Ruiz | Reuters", "Jan Meier, dpa")
            Matcher n = NAMES.matcher(s);
            if (n.find() && AFTER.matcher(s.substring(n.end())).find()) {
                String t = trimNames(n.group(1));
                if (t != null) {
                    return t;
                }
            }
            return s.length() <= MAX_LINE ? s : null;
        }
        return null;
    }

    /** "Ana Ruiz and Jan Meier" as "Ana Ruiz, Jan Meier"; trailing particles and date words ("… November 18") go. */
    private static String trimNames(String names) {
        List<String> out = new ArrayList<>();
        for (String part : names.split(JOIN)) {
            if (!out.isEmpty() && !part.strip().contains(" ")) {
                continue; // "Von Jan Meier, Hamburg", "By Ana Ruiz, Reuters": a place or an agency, not a second author
            }
            List<String> words = new ArrayList<>(List.of(part.strip().split("\\s+")));
            while (!words.isEmpty() && (words.get(words.size() - 1).matches(PARTICLE) || PageTimes.isCalendarWord(words.get(words.size() - 1)))) {
                words.remove(words.size() - 1);
            }
            if (!words.isEmpty() && !words.get(0).isEmpty()) {
                out.add(String.join(" ", words));
            }
        }
        return out.isEmpty() ? null : String.join(", ", out);
    }
}
