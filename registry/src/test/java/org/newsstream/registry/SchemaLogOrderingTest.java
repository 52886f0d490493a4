package org.newsstream.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

/**
 * Two instances sharing one log: a writer that loses a race for a version or an id re-asserts the winner
 * and retries, so every instance (and a replay of the compacted log) ends up with the same ids.
 */
class SchemaLogOrderingTest {
    /** A shared in-process log that delivers every record to every instance, optionally compacting on replay. */
    static final class SharedLog {
        final List<String[]> records = new ArrayList<>();
        final List<BiConsumer<String, String>> appliers = new ArrayList<>();

        synchronized void append(String k, String v) {
            records.add(new String[] {k, v});
            appliers.forEach(a -> a.accept(k, v));
        }

        List<String[]> compacted() {
            Map<String, String[]> last = new LinkedHashMap<>();
            for (String[] r : records) {
                last.remove(r[0]);
                last.put(r[0], r);
            }
            List<String[]> out = new ArrayList<>(last.values());
            out.sort((a, b) -> Integer.compare(records.lastIndexOf(a), records.lastIndexOf(b)));
            return out;
        }

        SchemaLog instance(List<String[]> replay) {
            return new SchemaLog() {
                @Override
                public void start(BiConsumer<String, String> applier) {
                    replay.forEach(r -> applier.accept(r[0], r[1]));
                    synchronized (SharedLog.this) {
                        appliers.add(applier);
                    }
                }

                @Override
                public void append(String key, String value) {
                    SharedLog.this.append(key, value);
                }

                @Override
                public void close() {}
            };
        }
    }

    @Test
    void racingWritersConvergeAndSurviveCompaction() throws Exception {
        SharedLog log = new SharedLog();
        SchemaRegistry a = new SchemaRegistry(log.instance(List.of()), CompatibilityLevel.NONE);
        SchemaRegistry b = new SchemaRegistry(log.instance(List.of()), CompatibilityLevel.NONE);
        // Simulate a race: b proposes (s, version 1, id 1) for another schema after a already won it.
        int idA = a.register("s", RegistryApiTest.V1);
        a.apply("{\"keytype\":\"SCHEMA\",\"subject\":\"s\",\"version\":1,\"magic\":1}",
                "{\"subject\":\"s\",\"version\":1,\"id\":1,\"schema\":\"{\\\"type\\\":\\\"string\\\"}\",\"deleted\":false}");
        assertEquals(RegistryApiTest.V1.replace(" ", ""), a.version("s", "1", false).schema().replace(" ", ""));
        int idB = b.register("s", RegistryApiTest.V2);
        assertNotEquals(idA, idB);
        assertEquals(a.schemaById(idB), b.schemaById(idB));
        assertEquals(a.versions("s", false), b.versions("s", false));

        SchemaRegistry replayed = new SchemaRegistry(log.instance(log.compacted()), CompatibilityLevel.NONE);
        assertEquals(a.schemaById(idA), replayed.schemaById(idA));
        assertEquals(a.schemaById(idB), replayed.schemaById(idB));
        assertEquals(a.versions("s", false), replayed.versions("s", false));
    }
}
