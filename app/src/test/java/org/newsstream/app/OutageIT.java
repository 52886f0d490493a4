package org.newsstream.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.newsstream.avro.RawArticle;
import org.newsstream.engine.ExtractionEngine;
import org.newsstream.processor.ProcessorApp;
import org.newsstream.registry.CompatibilityLevel;
import org.newsstream.registry.SchemaRegistryServer;
import org.newsstream.schemas.AvroSerdes;
import org.newsstream.schemas.SchemaRegistryClient;
import org.newsstream.schemas.TopicSetup;
import org.newsstream.schemas.Topics;

/**
 * The broker and the registry go away while the processor works, and come back on the same data: the processor
 * waits, catches up, and writes every article's records exactly once; the registry keeps its schemas and ids.
 */
class OutageIT {
    private static final int ARTICLES = 4000;

    @Test
    void aBrokerAndRegistryRestartMidStreamLosesAndDuplicatesNothing() throws Exception {
        Path dir = Files.createTempDirectory("newsstream-outage");
        List<RawArticle> articles = new ArrayList<>();
        for (int i = 0; i < ARTICLES; i++) {
            articles.add(RawArticle.newBuilder().setId("o" + i).setSource("outage-it").setTitle("Ferry " + i)
                    .setBody("Officials in Leeds said on Monday that the ferry to Hull would run " + i + " times.\n\n"
                            + "\"We are ready,\" said Mayor Karin Lohse of Sheffield.")
                    .setIngestedAt(Instant.now()).build());
        }
        EmbeddedKafka kafka = new EmbeddedKafka(dir, "localhost", 0);
        int kafkaPort = Integer.parseInt(kafka.bootstrapServers().substring(kafka.bootstrapServers().lastIndexOf(':') + 1));
        SchemaRegistryServer registry = EmbeddedStack.startRegistry(kafka.bootstrapServers(), "localhost", 0, CompatibilityLevel.BACKWARD, (short) 1);
        int registryPort = registry.port();
        String registryUrl = registry.url();
        ProcessorApp processor = null;
        try {
            TopicSetup.ensurePipelineTopics(kafka.bootstrapServers(), 3, (short) 1);
            var serializer = AvroSerdes.<RawArticle>specific(registryUrl).serializer();
            try (KafkaProducer<String, byte[]> p = new KafkaProducer<>(PipelineOutputs.inputProducer(kafka.bootstrapServers()),
                    new StringSerializer(), new ByteArraySerializer())) {
                List<java.util.concurrent.Future<?>> sent = new ArrayList<>();
                for (RawArticle a : articles) {
                    sent.add(p.send(new ProducerRecord<>(Topics.RAW_ARTICLES, a.getId(), serializer.serialize(Topics.RAW_ARTICLES, a))));
                }
                for (java.util.concurrent.Future<?> f : sent) {
                    f.get(); // every article is in before the outage starts
                }
            }
            int rawSchemaId = new SchemaRegistryClient(registryUrl).latest(Topics.valueSubject(Topics.RAW_ARTICLES)).id();
            processor = new ProcessorApp(kafka.bootstrapServers(), registryUrl,
                    Map.of("state.dir", dir.resolve("streams").toString(), "consumer.session.timeout.ms", 6000), ExtractionEngine.createDefault());
            processor.start();
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (PipelineOutputs.committed(kafka.bootstrapServers()) < ARTICLES / 4 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            long before = PipelineOutputs.committed(kafka.bootstrapServers());
            assertTrue(before > 0 && before < ARTICLES, "the outage comes mid-stream: " + before);

            // Both go away for five seconds, then come back on the same data and ports.
            registry.close();
            kafka.close();
            Thread.sleep(5_000);
            kafka = new EmbeddedKafka(dir, "localhost", kafkaPort);
            registry = EmbeddedStack.startRegistry(kafka.bootstrapServers(), "localhost", registryPort, CompatibilityLevel.BACKWARD, (short) 1);

            PipelineOutputs.awaitConsumed(kafka.bootstrapServers(), Duration.ofMinutes(3));
            List<String> wrong = PipelineOutputs.notExactlyOnce(kafka.bootstrapServers(), articles);
            assertTrue(wrong.isEmpty(), wrong.size() + " articles off (first: " + wrong.stream().limit(5).toList() + ")");
            assertEquals(rawSchemaId, new SchemaRegistryClient(registryUrl).latest(Topics.valueSubject(Topics.RAW_ARTICLES)).id(),
                    "the registry kept its ids");
        } finally {
            if (processor != null) {
                processor.close(Duration.ofSeconds(10));
            }
            registry.close();
            kafka.close();
            DemoCommand.deleteRecursively(dir);
        }
    }
}
