package org.newsstream.engine;

import java.util.ArrayList;
import java.util.List;
import org.newsstream.avro.EntityType;

/**
 * Several recognizers as one: the first one's names stand, and each later one adds the names that overlap none
 * already found ("rules+opennlp": the rules, plus what the user's model finds where the rules found nothing), or
 * that type a name the earlier ones found but could not type.
 */
public final class CombinedRecognizer implements EntityRecognizer {
    private final List<EntityRecognizer> recognizers;

    public CombinedRecognizer(List<EntityRecognizer> recognizers) {
        this.recognizers = List.copyOf(recognizers);
    }

    @Override
    public List<NameMention> recognize(Document doc) {
        List<NameMention> out = new ArrayList<>();
        for (EntityRecognizer r : recognizers) {
            List<NameMention> taken = List.copyOf(out);
            for (NameMention m : r.recognize(doc, taken)) {
                List<NameMention> overlapping = taken.stream().filter(t -> t.start() < m.end() && m.start() < t.end()).toList();
                // A name an earlier recognizer could not type (OTHER) is the later one's to type.
                if (m.type() != EntityType.OTHER && !overlapping.isEmpty()
                        && overlapping.stream().allMatch(t -> t.type() == EntityType.OTHER)) {
                    out.removeAll(overlapping);
                    overlapping = List.of();
                }
                if (overlapping.isEmpty()) {
                    out.add(m);
                }
            }
        }
        out.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
        return out;
    }
}
