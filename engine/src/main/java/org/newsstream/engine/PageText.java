package org.newsstream.engine;

import java.util.HashSet;
import java.util.Set;

/**
 * Page furniture in scraped text: the same rules the engine's layout stage applies, for sources that want a
 * clean body (ingest). A line is furniture when it carries a boilerplate marker ("Baca Juga", "Read more",
 * share and follow prompts) and is short or a bullet, or when it repeats an earlier line (captions printed
 * twice). Everything else is kept verbatim.
 */
public final class PageText {
    private PageText() {}

    /** The text without furniture lines; paragraph breaks are kept, runs of blank lines become one. */
    public static String clean(String text) {
        Lexicon lexicon = Lexicon.shipped();
        Set<String> seen = new HashSet<>();
        StringBuilder out = new StringBuilder(text.length());
        int blank = 0;
        for (String line : text.split("\n", -1)) {
            String s = line.strip();
            if (s.isEmpty()) {
                blank++;
                continue;
            }
            if (Document.kindOf(s, seen, lexicon) == Document.Kind.BOILERPLATE) {
                continue;
            }
            if (out.length() > 0) {
                out.append(blank > 0 ? "\n\n" : "\n");
            }
            out.append(s);
            blank = 0;
        }
        return out.toString();
    }

    /** True when a single block of text (a paragraph, a list item) is furniture on its own. */
    public static boolean isFurniture(String block) {
        return Document.kindOf(block.strip(), new HashSet<>(), Lexicon.shipped()) == Document.Kind.BOILERPLATE;
    }
}
