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
import org.newsstream.registry.CompatibilityLevel;
import org.newsstream.registry.SchemaRegistryServer;
import org.newsstream.schemas.AvroSerdes;
import org.newsstream.schemas.TopicSetup;
import org.newsstream.schemas.Topics;

/** tail's reader while the registry is away: records wait, in order, and come out once it is back; none is skipped. */
class TailOutageIT {
    @Test
    void recordsWaitForTheRegistryAndNoneIsSkipped() throws Exception {
        Path dir = Files.createTempDirectory("newsstream-tail");
        try (EmbeddedKafka kafka = new EmbeddedKafka(dir, "localhost", 0)) {
            TopicSetup.ensurePipelineTopics(kafka.bootstrapServers(), 1, (short) 1);
            SchemaRegistryServer registry = EmbeddedStack.startRegistry(kafka.bootstrapServers(), "localhost", 0, CompatibilityLevel.BACKWARD, (short) 1);
            int port = registry.port();
            var serializer = AvroSerdes.<RawArticle>specific(registry.url()).serializer();
            try (KafkaProducer<String, byte[]> p = new KafkaProducer<>(PipelineOutputs.inputProducer(kafka.bootstrapServers()),
                    new StringSerializer(), new ByteArraySerializer())) {
                for (int i = 0; i < 5; i++) {
                    RawArticle a = RawArticle.newBuilder().setId("t" + i).setSource("tail-it").setTitle("T" + i).setBody("Body " + i)
                            .setIngestedAt(Instant.now()).build();
                    p.send(new ProducerRecord<>(Topics.RAW_ARTICLES, a.getId(), serializer.serialize(Topics.RAW_ARTICLES, a))).get();
                }
            }
            registry.close(); // before the reader has fetched any schema
            List<String> read = new ArrayList<>();
            try (TopicReader reader = new TopicReader(kafka.bootstrapServers(), registry.url(), List.of(Topics.RAW_ARTICLES), true)) {
                long until = System.nanoTime() + Duration.ofSeconds(15).toNanos();
                for (int polls = 0; (polls < 4 || reader.waitingFor() == null) && System.nanoTime() < until; polls++) {
                    reader.poll(Duration.ofMillis(500)).forEach(d -> read.add(d.error() == null ? d.key() : "error " + d.key()));
                }
                assertTrue(read.isEmpty(), "nothing printed, nothing skipped while the registry is away: " + read);
                assertTrue(reader.waitingFor() != null && reader.waitingFor().contains("unreachable"), String.valueOf(reader.waitingFor()));
                registry = EmbeddedStack.startRegistry(kafka.bootstrapServers(), "localhost", port, CompatibilityLevel.BACKWARD, (short) 1);
                long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                while (read.size() < 5 && System.nanoTime() < deadline) {
                    reader.poll(Duration.ofMillis(500)).forEach(d -> read.add(d.error() == null ? d.key() : "error " + d.key()));
                }
            } finally {
                registry.close();
            }
            assertEquals(List.of("t0", "t1", "t2", "t3", "t4"), read, "every record, in order, once the registry is back");
        } finally {
            DemoCommand.deleteRecursively(dir);
        }
    }
}
