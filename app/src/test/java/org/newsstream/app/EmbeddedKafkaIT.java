package org.newsstream.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.newsstream.schemas.TopicSetup;
import org.newsstream.schemas.Topics;

/** The in-process broker is a real KRaft node whose data survives a restart on the same directory. */
class EmbeddedKafkaIT {
    @Test
    void dataSurvivesARestart() throws Exception {
        Path dir = Files.createTempDirectory("kafka-it");
        try {
            try (EmbeddedKafka kafka = new EmbeddedKafka(dir, "localhost", 0)) {
                TopicSetup.ensurePipelineTopics(kafka.bootstrapServers(), 2, (short) 1);
                try (KafkaProducer<String, String> p = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        kafka.bootstrapServers()), new StringSerializer(), new StringSerializer())) {
                    p.send(new ProducerRecord<>(Topics.RAW_ARTICLES, "k", "kept")).get();
                }
            }
            try (EmbeddedKafka kafka = new EmbeddedKafka(dir, "localhost", 0)) {
                Properties c = new Properties();
                c.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
                c.put(ConsumerConfig.GROUP_ID_CONFIG, "restart-it");
                c.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
                List<String> values = new ArrayList<>();
                try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(c, new StringDeserializer(), new StringDeserializer())) {
                    consumer.subscribe(List.of(Topics.RAW_ARTICLES));
                    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                    while (values.isEmpty() && System.nanoTime() < deadline) {
                        consumer.poll(Duration.ofMillis(500)).forEach(r -> values.add(r.value()));
                    }
                }
                assertEquals(List.of("kept"), values);
            }
        } finally {
            DemoCommand.deleteRecursively(dir);
        }
    }
}
