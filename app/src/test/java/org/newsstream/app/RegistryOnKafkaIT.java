package org.newsstream.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsstream.avro.Quote;
import org.newsstream.registry.CompatibilityLevel;
import org.newsstream.registry.SchemaRegistryServer;
import org.newsstream.schemas.SchemaRegistryClient;
import org.newsstream.schemas.Topics;

/** The registry stores its state in the compacted _schemas topic: ids survive a restart and instances agree. */
class RegistryOnKafkaIT {
    private static Path dir;
    private static EmbeddedKafka kafka;

    @BeforeAll
    static void start() throws Exception {
        dir = Files.createTempDirectory("registry-it");
        kafka = new EmbeddedKafka(dir, "localhost", 0);
    }

    @AfterAll
    static void stop() throws Exception {
        kafka.close();
        DemoCommand.deleteRecursively(dir);
    }

    static SchemaRegistryServer registry() throws Exception {
        return EmbeddedStack.startRegistry(kafka.bootstrapServers(), "localhost", 0, CompatibilityLevel.BACKWARD, (short) 1);
    }

    static Schema record(String name) {
        return SchemaBuilder.record(name).namespace("it").fields().requiredString("id").endRecord();
    }

    @Test
    void idsSurviveARestartAndTwoInstancesAgree() throws Exception {
        int quoteId;
        try (SchemaRegistryServer first = registry()) {
            quoteId = new SchemaRegistryClient(first.url()).register(Topics.valueSubject(Topics.QUOTES), Quote.getClassSchema());
        }
        try (SchemaRegistryServer a = registry(); SchemaRegistryServer b = registry()) {
            SchemaRegistryClient ca = new SchemaRegistryClient(a.url());
            SchemaRegistryClient cb = new SchemaRegistryClient(b.url());
            assertEquals(Quote.getClassSchema(), ca.schemaById(quoteId), "after restart");
            assertEquals(quoteId, cb.register(Topics.valueSubject(Topics.QUOTES), Quote.getClassSchema()), "same schema, same id");

            // Both instances register different schemas at the same time: distinct ids, same answers everywhere.
            CompletableFuture<Integer> x = CompletableFuture.supplyAsync(() -> ca.register("race-value", record("X")));
            CompletableFuture<Integer> y = CompletableFuture.supplyAsync(() -> cb.register("other-value", record("Y")));
            int idX = x.get();
            int idY = y.get();
            assertNotEquals(idX, idY);
            assertEquals(record("X"), new SchemaRegistryClient(b.url()).schemaById(idX));
            assertEquals(record("Y"), new SchemaRegistryClient(a.url()).schemaById(idY));
        }
    }

    @Test
    void manyClientsRegisteringTheSameSchemasAtOnceThroughTwoInstancesGetOneIdPerSchema() throws Exception {
        try (SchemaRegistryServer a = registry(); SchemaRegistryServer b = registry()) {
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(16);
            java.util.List<java.util.concurrent.Future<java.util.Map<String, Integer>>> runs = new java.util.ArrayList<>();
            for (int c = 0; c < 16; c++) {
                String url = c % 2 == 0 ? a.url() : b.url();
                runs.add(pool.submit(() -> {
                    SchemaRegistryClient client = new SchemaRegistryClient(url); // a client of its own, no shared cache
                    java.util.Map<String, Integer> ids = new java.util.HashMap<>();
                    for (int s = 0; s < 6; s++) {
                        ids.put("S" + s, client.register("concurrent-" + s + "-value", record("S" + s)));
                    }
                    return ids;
                }));
            }
            java.util.Map<String, java.util.Set<Integer>> idsPerSchema = new java.util.HashMap<>();
            for (var run : runs) {
                run.get().forEach((schema, id) -> idsPerSchema.computeIfAbsent(schema, k -> new java.util.HashSet<>()).add(id));
            }
            pool.shutdown();
            idsPerSchema.forEach((schema, ids) -> assertEquals(1, ids.size(), schema + " got ids " + ids));
            assertEquals(6, idsPerSchema.values().stream().map(ids -> ids.iterator().next()).distinct().count(), "distinct schemas, distinct ids");
        }
    }
}
