package org.newsstream.registry;

import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;

/** Confluent's compatibility levels, checked with Avro's own SchemaCompatibility. */
public enum CompatibilityLevel {
    NONE, BACKWARD, BACKWARD_TRANSITIVE, FORWARD, FORWARD_TRANSITIVE, FULL, FULL_TRANSITIVE;

    public static CompatibilityLevel parse(String s) {
        try {
            return valueOf(s.trim().toUpperCase());
        } catch (RuntimeException e) {
            throw RegistryError.invalidCompatibility(s);
        }
    }

    boolean transitive() {
        return name().endsWith("_TRANSITIVE");
    }

    /**
     * Reasons why {@code candidate} may not follow {@code previous} (oldest first); empty when compatible.
     * Non-transitive levels only look at the latest previous schema.
     */
    public List<String> violations(Schema candidate, List<Schema> previous) {
        List<String> out = new ArrayList<>();
        if (this == NONE || previous.isEmpty()) {
            return out;
        }
        List<Schema> against = transitive() ? previous : previous.subList(previous.size() - 1, previous.size());
        boolean backward = name().startsWith("BACKWARD") || name().startsWith("FULL");
        boolean forward = name().startsWith("FORWARD") || name().startsWith("FULL");
        for (Schema old : against) {
            if (backward) {
                check(candidate, old, "new schema cannot read data written with an earlier one", out);
            }
            if (forward) {
                check(old, candidate, "an earlier schema cannot read data written with the new one", out);
            }
        }
        return out;
    }

    private static void check(Schema reader, Schema writer, String what, List<String> out) {
        SchemaCompatibility.SchemaPairCompatibility r = SchemaCompatibility.checkReaderWriterCompatibility(reader, writer);
        if (r.getType() != SchemaCompatibilityType.COMPATIBLE) {
            r.getResult().getIncompatibilities().forEach(i ->
                    out.add(what + ": " + i.getType() + " at " + i.getLocation() + " (" + i.getMessage() + ")"));
        }
    }
}
