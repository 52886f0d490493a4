package org.newsstream.engine;

import java.util.List;
import org.newsstream.avro.EntityType;

/**
 * One name found in the body. {@code titled}: a title stood before it (Presiden, Minister), which makes it a
 * person. {@code places}: gazetteer candidates, for locations.
 */
public record NameMention(String text, int start, int end, EntityType type, boolean titled, List<Gazetteer.Place> places) {
    public String key() {
        return Tokens.key(text);
    }

    public int tokenCount() {
        return key().split(" ").length;
    }

}
