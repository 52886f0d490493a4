package org.newsstream.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.newsstream.registry.CompatibilityLevel;
import org.newsstream.registry.SchemaRegistryServer;
import org.newsstream.schemas.TopicSetup;
import org.newsstream.schemas.Topics;

/**
 * Ingest killed mid-run (SIGKILL, in its own JVM) and run again with the same command: every article is published
 * once, and the second run does not wait for the first one's open transaction to time out.
 */
class IngestCrashIT {
    private static final int ARTICLES = 3000;

    @Test
    void aKilledIngestRunAgainPublishesEachArticleOnceWithoutWaiting() throws Exception {
        Path dir = Files.createTempDirectory("newsstream-ingest-crash");
        try (EmbeddedKafka kafka = new EmbeddedKafka(dir.resolve("kafka"), "localhost", 0);
             SchemaRegistryServer registry = EmbeddedStack.startRegistry(kafka.bootstrapServers(), "localhost", 0, CompatibilityLevel.BACKWARD, (short) 1)) {
            TopicSetup.ensurePipelineTopics(kafka.bootstrapServers(), 3, (short) 1);
            Path in = Files.createDirectories(dir.resolve("in"));
            for (int i = 0; i < ARTICLES; i++) {
                Files.writeString(in.resolve(String.format("a%05d.txt", i)), "Story " + i + "\n\nThe body of story number " + i + ".\n");
            }
            ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                    "-cp", System.getProperty("java.class.path"), Newsstream.class.getName(), "ingest",
                    "--bootstrap", kafka.bootstrapServers(), "--registry", registry.url(), in.toString());
            pb.redirectErrorStream(true).redirectOutput(dir.resolve("ingest.log").toFile());
            Process first = pb.start();
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            long published = 0;
            while (published < ARTICLES / 3 && System.nanoTime() < deadline) { // past the first transactions
                published = PipelineOutputs.readCommitted(kafka.bootstrapServers(), Topics.RAW_ARTICLES).size();
                Thread.sleep(50);
            }
            first.destroyForcibly().waitFor();
            assertTrue(published > 0 && published < ARTICLES, "killed mid-run, after " + published + " articles");

            long t0 = System.nanoTime();
            assertEquals(0, Newsstream.run("ingest", "--bootstrap", kafka.bootstrapServers(), "--registry", registry.url(), in.toString()));
            long seconds = Duration.ofNanos(System.nanoTime() - t0).toSeconds();
            System.out.println("IngestCrashIT: killed after " + published + " articles; the re-run took " + seconds + " s");
            assertTrue(seconds < 30, "the re-run fenced the killed one's transaction instead of waiting for it: " + seconds + " s");

            List<ConsumerRecord<String, byte[]>> raw = PipelineOutputs.readCommitted(kafka.bootstrapServers(), Topics.RAW_ARTICLES);
            assertEquals(ARTICLES, raw.size(), "each article once");
            assertEquals(ARTICLES, raw.stream().map(ConsumerRecord::key).distinct().count());
        } finally {
            DemoCommand.deleteRecursively(dir);
        }
    }
}
