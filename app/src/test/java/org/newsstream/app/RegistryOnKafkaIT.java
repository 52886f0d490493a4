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
}
