package org.newsstream.engine;

import java.util.List;
import java.util.regex.Pattern;
import org.newsstream.avro.EntityType;

/**
 * A country's adjective before a noun ("the Dutch government", "Indonesian navy") points at the country, so it
 * is geolocated, as geoparsing corpora count it; but it names no place, so it is no LOCATION entity.
 */
final class Demonyms {
    /** How adjectives of nationality end in the languages we read ("Dutch", "Turkish", "Chinese", "Indonesian"). */
    private static final Pattern ENDING = Pattern.compile("(ch|sh|ese|ian|an|ic|i|isch|ais|ois|ien|ano|ana|ense|ês|eiro|er)$");

    private Demonyms() {}

    /** Every mention of the place is a one-word adjective of a country, followed by a lower-case word. */
    static boolean onlyAdjectives(Document doc, Coreference.Cluster c) {
        if (c.type() != EntityType.LOCATION || c.places().isEmpty()) {
            return false;
        }
        for (NameMention m : c.mentions()) {
            String key = m.key();
            if (m.tokenCount() != 1 || !ENDING.matcher(key).find()
                    || m.places().stream().anyMatch(p -> !p.isCountry() || Tokens.key(p.name()).equals(key))) {
                return false;
            }
            List<Tokens.Token> next = Tokens.tokenize(doc.body, m.end(), Math.min(doc.body.length(), m.end() + 30));
            if (next.isEmpty() || !doc.body.substring(m.end(), next.get(0).start()).equals(" ") || next.get(0).capitalised()) {
                return false;
            }
        }
        return true;
    }
}
