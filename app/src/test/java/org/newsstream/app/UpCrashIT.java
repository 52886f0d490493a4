package org.newsstream.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.newsstream.avro.RawArticle;
import org.newsstream.schemas.AvroSerdes;
import org.newsstream.schemas.Topics;

/**
 * The whole embedded stack ({@code newsstream up}: broker, registry and processor in one JVM) killed with SIGKILL
 * while articles stream through, and started again on the same data: every article's records exactly once.
 */
class UpCrashIT {
    private static final int ARTICLES = 4000;

    @Test
    void killedWholeAndRestartedTheStackWritesEveryArticlesRecordsOnce() throws Exception {
        Path dir = Files.createTempDirectory("newsstream-up-crash");
        int kafkaPort = EmbeddedKafka.freePort();
        int controllerPort = EmbeddedKafka.freePort();
        int registryPort = EmbeddedKafka.freePort();
        String bootstrap = "localhost:" + kafkaPort;
        String registry = "http://localhost:" + registryPort;
        Process up = start(dir, kafkaPort, controllerPort, registryPort);
        try {
            List<RawArticle> articles = new ArrayList<>();
            for (int i = 0; i < ARTICLES; i++) {
                articles.add(RawArticle.newBuilder().setId("u" + i).setSource("up-crash-it").setTitle("Harbour " + i)
                        .setBody("Officials in Rotterdam said on Monday that " + i + " ships waited.\n\n\"We are full,\" said Maria Jansen.")
                        .setIngestedAt(Instant.now()).build());
            }
            var serializer = AvroSerdes.<RawArticle>specific(registry).serializer();
            try (KafkaProducer<String, byte[]> p = new KafkaProducer<>(PipelineOutputs.inputProducer(bootstrap),
                    new StringSerializer(), new ByteArraySerializer())) {
                List<Future<?>> sent = new ArrayList<>();
                for (RawArticle a : articles) {
                    sent.add(p.send(new ProducerRecord<>(Topics.RAW_ARTICLES, a.getId(), serializer.serialize(Topics.RAW_ARTICLES, a))));
                }
                for (Future<?> f : sent) {
                    f.get();
                }
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            long committed = 0;
            while (committed < ARTICLES / 3 && System.nanoTime() < deadline) {
                committed = PipelineOutputs.committed(bootstrap);
                Thread.sleep(20);
            }
            up.destroyForcibly().waitFor();
            assertTrue(committed > 0 && committed < ARTICLES, "killed mid-stream, after " + committed + " articles");
            System.out.println("UpCrashIT: killed after " + committed + " of " + ARTICLES + " articles were committed");

            up = start(dir, kafkaPort, controllerPort, registryPort);
            PipelineOutputs.awaitConsumed(bootstrap, Duration.ofMinutes(2));
            List<String> wrong = PipelineOutputs.notExactlyOnce(bootstrap, articles);
            assertTrue(wrong.isEmpty(), wrong.size() + " articles off (first: " + wrong.stream().limit(5).toList() + ")");
        } finally {
            up.destroyForcibly().waitFor();
            DemoCommand.deleteRecursively(dir);
        }
    }

    private static Process start(Path dir, int kafkaPort, int controllerPort, int registryPort) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                "-cp", System.getProperty("java.class.path"), Newsstream.class.getName(), "up");
        pb.environment().put("NEWSSTREAM_DATA_DIR", dir.resolve("data").toString());
        pb.environment().put("NEWSSTREAM_KAFKA_PORT", String.valueOf(kafkaPort));
        pb.environment().put("NEWSSTREAM_KAFKA_CONTROLLER_PORT", String.valueOf(controllerPort));
        pb.environment().put("NEWSSTREAM_REGISTRY_PORT", String.valueOf(registryPort));
        pb.environment().put("NEWSSTREAM_TOPIC_PARTITIONS", "3");
        pb.environment().put("NEWSSTREAM_DASHBOARD_PORT", "0");
        Path log = dir.resolve("up-" + System.nanoTime() + ".log");
        pb.redirectErrorStream(true).redirectOutput(log.toFile());
        Process p = pb.start();
        // (after a kill, the stores are rebuilt and the dead processor's open transactions time out first)
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (System.nanoTime() < deadline) {
            var ready = Files.exists(log) ? Files.readString(log).lines().filter(l -> l.startsWith("ready")).findFirst() : java.util.Optional.<String>empty();
            if (ready.isPresent()) {
                // The line scripts read: where Kafka, the registry and the dashboard are.
                assertTrue(ready.get().matches("ready: bootstrap=\\S+:\\d+ registry=http://\\S+:\\d+ dashboard=http://\\S+:\\d+"), ready.get());
                return p;
            }
            assertTrue(p.isAlive(), "up stopped: " + Files.readString(log));
            Thread.sleep(100);
        }
        throw new AssertionError("up not ready in 180 s: " + Files.readString(log));
    }
}
