package org.newsstream.engine;

import java.util.List;
import org.newsstream.avro.EntityType;

/**
 * One name found in the body. {@code titled}: a title stood before it (Presiden, Minister), which makes it a
 * person. {@code places}: gazetteer candidates, for locations. {@code key}: the name as compared
 * ({@link Tokens#key}), made once: every stage after the recognizer compares names all the time.
 */
public record NameMention(String text, int start, int end, EntityType type, boolean titled, List<Gazetteer.Place> places, String key) {
    public NameMention(String text, int start, int end, EntityType type, boolean titled, List<Gazetteer.Place> places) {
        this(text, start, end, type, titled, places, Tokens.key(text));
    }

    public int tokenCount() {
        if (key.isEmpty()) {
            return 1; // as "".split(" ") counts
        }
        int n = 1;
        for (int i = 0; i < key.length(); i++) {
            if (key.charAt(i) == ' ') {
                n++;
            }
        }
        return n;
    }
}
