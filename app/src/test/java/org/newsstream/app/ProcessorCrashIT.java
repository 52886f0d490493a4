package org.newsstream.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.newsstream.avro.RawArticle;
import org.newsstream.registry.CompatibilityLevel;
import org.newsstream.registry.SchemaRegistryServer;
import org.newsstream.schemas.AvroSerdes;
import org.newsstream.schemas.TopicSetup;
import org.newsstream.schemas.Topics;

/**
 * Exactly once through crashes: the processor runs in its own JVM ({@code newsstream process}) and is killed
 * (SIGKILL) at random points while 8,000 articles stream through, then restarted; at the end a read_committed
 * consumer finds, for every article, exactly the quotes, entities and places that {@code extract} gives.
 */
class ProcessorCrashIT {
    private static final int ARTICLES = 8000;
    private static final String[] NAMES = {"Jane Holloway", "Peter Marsh", "Ana Ruiz", "Budi Santoso", "Karin Lohse", "Tom Berg"};
    private static final String[] TOWNS = {"Leeds", "Manchester", "Sheffield", "Bristol", "Liverpool", "Glasgow"};

    @Test
    void killedAtRandomPointsTheProcessorStillWritesEveryArticlesRecordsExactlyOnce() throws Exception {
        Path dir = Files.createTempDirectory("newsstream-crash");
        try (EmbeddedKafka kafka = new EmbeddedKafka(dir.resolve("kafka"), "localhost", 0);
             SchemaRegistryServer registry = EmbeddedStack.startRegistry(kafka.bootstrapServers(), "localhost", 0, CompatibilityLevel.BACKWARD, (short) 1)) {
            TopicSetup.ensurePipelineTopics(kafka.bootstrapServers(), 3, (short) 1);
            Map<String, RawArticle> articles = new HashMap<>();
            Random random = new Random(11);
            for (int i = 0; i < ARTICLES; i++) {
                String name = NAMES[random.nextInt(NAMES.length)];
                String town = TOWNS[random.nextInt(TOWNS.length)];
                String body = "Officials in " + town + " met on Monday.\n\n\"We will open the new bridge in " + (2025 + i % 5)
                        + ",\" said Mayor " + name + ", who visited " + TOWNS[(i + 1) % TOWNS.length] + " last week.";
                String id = "a" + i;
                articles.put(id, RawArticle.newBuilder().setId(id).setSource("crash-it").setTitle("Bridge " + i).setBody(body)
                        .setIngestedAt(Instant.now()).build());
            }
            var serializer = AvroSerdes.<RawArticle>specific(registry.url()).serializer();
            try (KafkaProducer<String, byte[]> p = new KafkaProducer<>(PipelineOutputs.inputProducer(kafka.bootstrapServers()),
                    new StringSerializer(), new org.apache.kafka.common.serialization.ByteArraySerializer())) {
                List<java.util.concurrent.Future<?>> sent = new ArrayList<>();
                for (RawArticle a : articles.values()) {
                    sent.add(p.send(new ProducerRecord<>(Topics.RAW_ARTICLES, a.getId(), serializer.serialize(Topics.RAW_ARTICLES, a))));
                }
                for (java.util.concurrent.Future<?> f : sent) {
                    f.get(); // every article is in before the first kill
                }
            }

            // Kill it three times at random points, then let a last one finish.
            List<Long> committedAtKills = new ArrayList<>();
            for (int kill = 0; kill < 3; kill++) {
                Process p = startProcessor(kafka.bootstrapServers(), registry.url(), dir.resolve("process-" + kill + ".log"));
                // Killed once it has got past a random point of this quarter of the stream: mid-transaction, mid-batch.
                long target = (long) (kill + 1) * ARTICLES / 4 + random.nextInt(ARTICLES / 8);
                long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
                while (PipelineOutputs.committed(kafka.bootstrapServers()) < target && System.nanoTime() < deadline) {
                    Thread.sleep(20);
                }
                p.destroyForcibly().waitFor();
                committedAtKills.add(PipelineOutputs.committed(kafka.bootstrapServers()));
            }
            System.out.println("ProcessorCrashIT: raw articles committed at the three kills: " + committedAtKills);
            assertTrue(committedAtKills.stream().anyMatch(n -> n > 0 && n < ARTICLES),
                    "a kill came while articles were streaming through (committed at the kills: " + committedAtKills + ")");
            Process last = startProcessor(kafka.bootstrapServers(), registry.url(), dir.resolve("process-last.log"));
            try {
                PipelineOutputs.awaitConsumed(kafka.bootstrapServers(), Duration.ofMinutes(3));
            } finally {
                last.destroyForcibly().waitFor();
            }

            List<String> wrong = PipelineOutputs.notExactlyOnce(kafka.bootstrapServers(), articles.values());
            assertTrue(wrong.isEmpty(), wrong.size() + " articles off (first: " + wrong.stream().limit(5).toList() + ")");
        } finally {
            DemoCommand.deleteRecursively(dir);
        }
    }

    private static Process startProcessor(String bootstrap, String registry, Path log) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), Newsstream.class.getName(), "process", "--bootstrap", bootstrap, "--registry", registry);
        // A killed member is given up on in 6 s, not 45, so the next one gets its partitions at once.
        pb.environment().put("NEWSSTREAM_STREAMS_CONSUMER_SESSION_TIMEOUT_MS", "6000");
        pb.environment().put("NEWSSTREAM_STREAMS_STATE_DIR", log.getParent().resolve("state").toString());
        pb.redirectErrorStream(true).redirectOutput(log.toFile());
        return pb.start();
    }
}
