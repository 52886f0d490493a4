package org.newsstream.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsstream.engine.ExtractionEngine;
import org.newsstream.processor.ProcessorApp;
import org.newsstream.registry.CompatibilityLevel;
import org.newsstream.registry.SchemaRegistryServer;
import org.newsstream.schemas.Topics;

/**
 * Kafka behind SASL: with the "kafka.client.*" settings of one configuration file, the registry's log, ingest and
 * the processor all reach a broker whose client listener requires SASL/PLAIN, and the pipeline works end to end.
 */
class SaslIT {
    @Test
    void theWholePipelineReachesKafkaThroughSaslWithTheClientSettings() throws Exception {
        Path dir = Files.createTempDirectory("newsstream-sasl");
        int plain = EmbeddedKafka.freePort();
        int sasl = EmbeddedKafka.freePort();
        int controller = EmbeddedKafka.freePort();
        Map<String, String> broker = Map.of(
                "listeners", "PLAINTEXT://localhost:" + plain + ",CONTROLLER://localhost:" + controller + ",SASL_PLAINTEXT://localhost:" + sasl,
                "advertised.listeners", "PLAINTEXT://localhost:" + plain + ",SASL_PLAINTEXT://localhost:" + sasl,
                "listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT,SASL_PLAINTEXT:SASL_PLAINTEXT",
                "sasl.enabled.mechanisms", "PLAIN",
                "listener.name.sasl_plaintext.plain.sasl.jaas.config",
                "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"admin\" password=\"admin\" user_newsstream=\"s3cret\";");
        Path config = dir.resolve("newsstream.properties");
        Files.writeString(config, String.join("\n",
                "kafka.client.security.protocol=SASL_PLAINTEXT",
                "kafka.client.sasl.mechanism=PLAIN",
                "kafka.client.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username=\"newsstream\" password=\"s3cret\";",
                "topic.partitions=2", ""));
        AppConfig app = AppConfig.load(config, Map.of());
        String saslBootstrap = "localhost:" + sasl;
        try (EmbeddedKafka kafka = new EmbeddedKafka(dir.resolve("kafka"), "localhost", plain, controller, broker);
             SchemaRegistryServer registry = EmbeddedStack.startRegistry(saslBootstrap, app.kafkaClientSettings(), "localhost", 0,
                     CompatibilityLevel.BACKWARD, (short) 1, null)) {
            Path in = Files.createDirectories(dir.resolve("in"));
            Files.write(in.resolve("lyon.txt"), DemoCommand.resource("/samples/articles/fr-lyon-transports.txt"));
            assertEquals(0, Newsstream.run("ingest", "--config", config.toString(), "--bootstrap", saslBootstrap,
                    "--registry", registry.url(), in.toString()));
            ProcessorApp processor = new ProcessorApp(saslBootstrap, registry.url(), app.streamsOverrides(), ExtractionEngine.createDefault());
            processor.start();
            try {
                processor.awaitRunning(Duration.ofSeconds(60));
                // Checked through the broker's plain listener, which the pipeline was not given.
                PipelineOutputs.awaitConsumed(kafka.bootstrapServers(), Duration.ofSeconds(60));
                assertTrue(PipelineOutputs.readCommitted(kafka.bootstrapServers(), Topics.QUOTES).size() >= 2, "quotes came out");
                assertTrue(!PipelineOutputs.readCommitted(kafka.bootstrapServers(), Topics.SCHEMAS).isEmpty(), "the registry's log is on Kafka");
            } finally {
                processor.close(Duration.ofSeconds(10));
            }
        } finally {
            DemoCommand.deleteRecursively(dir);
        }
    }
}
