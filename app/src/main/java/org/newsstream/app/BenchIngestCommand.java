package org.newsstream.app;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.newsstream.ingest.ArticlePublisher;
import org.newsstream.ingest.IngestSummary;
import org.newsstream.registry.CompatibilityLevel;
import org.newsstream.registry.SchemaRegistryServer;
import org.newsstream.schemas.TopicSetup;
import org.newsstream.schemas.Topics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench-ingest", description = "Ingest N generated articles twice into an embedded broker, check each was published "
        + "exactly once, and write a report (default docs/ingest-benchmark.md).")
final class BenchIngestCommand implements Callable<Integer> {
    @Option(names = "--articles", description = "How many articles to generate. Default: ${DEFAULT-VALUE}.")
    int articles = 10_000;

    @Option(names = "--report", description = "Where to write the report. Default: ${DEFAULT-VALUE}.")
    Path report = Path.of("docs/ingest-benchmark.md");

    @Override
    public Integer call() throws Exception {
        Path work = Files.createTempDirectory("bench-ingest");
        try (EmbeddedKafka kafka = new EmbeddedKafka(work.resolve("kafka"), "localhost", 0);
             SchemaRegistryServer registry = EmbeddedStack.startRegistry(kafka.bootstrapServers(), "localhost", 0, CompatibilityLevel.BACKWARD, (short) 1)) {
            TopicSetup.ensurePipelineTopics(kafka.bootstrapServers(), 6, (short) 1);
            Path in = Files.createDirectories(work.resolve("articles"));
            long bytes = generate(in, articles);
            Run first = run(kafka, registry, in);
            Run second = run(kafka, registry, in);
            Set<String> keys = keys(kafka.bootstrapServers());
            boolean exactlyOnce = keys.size() == articles && first.summary.published() == articles
                    && second.summary.published() == 0 && second.summary.duplicates() == articles;
            String text = report(bytes, first, second, keys.size(), exactlyOnce);
            Files.createDirectories(report.toAbsolutePath().getParent());
            Files.writeString(report, text);
            System.out.println(text);
            return exactlyOnce ? 0 : 1;
        } finally {
            DemoCommand.deleteRecursively(work);
        }
    }

    record Run(IngestSummary summary, double seconds) {}

    private static Run run(EmbeddedKafka kafka, SchemaRegistryServer registry, Path in) throws IOException {
        long t0 = System.nanoTime();
        try (ArticlePublisher p = new ArticlePublisher(kafka.bootstrapServers(), registry.url(), Map.of())) {
            p.publishPaths(List.of(in.toString()), System.in);
            IngestSummary s = p.flush();
            return new Run(s, (System.nanoTime() - t0) / 1e9);
        }
    }

    /** Distinct keys on the raw-article topic: one per article published. */
    private static Set<String> keys(String bootstrap) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        Set<String> keys = new HashSet<>();
        long records = 0;
        try (KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer());
             KafkaConsumer<String, byte[]> peek = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap),
                     new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> parts = c.partitionsFor(Topics.RAW_ARTICLES).stream()
                    .map(i -> new TopicPartition(i.topic(), i.partition())).toList();
            c.assign(parts);
            c.seekToBeginning(parts);
            Map<TopicPartition, Long> end = peek.endOffsets(parts);
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (parts.stream().anyMatch(tp -> c.position(tp) < end.get(tp)) && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> r : c.poll(Duration.ofMillis(200))) {
                    keys.add(r.key());
                    records++;
                }
            }
        }
        if (records != keys.size()) {
            throw new IllegalStateException(records + " records for " + keys.size() + " keys: something was published twice");
        }
        return keys;
    }

    private static final String[] PLACES = {"Jakarta", "Surabaya", "London", "Madrid", "Lyon", "Hamburg", "Rotterdam", "Kuala Lumpur"};
    private static final String[] PEOPLE = {"Siti Rahma", "John Carter", "Ana Ruiz", "Claire Dubois", "Jonas Weber", "Lotte de Vries"};

    /** Plain-text articles of a few hundred words, each different (a number in the title and body). */
    static long generate(Path dir, int n) throws IOException {
        long bytes = 0;
        for (int i = 0; i < n; i++) {
            String place = PLACES[i % PLACES.length];
            String person = PEOPLE[i % PEOPLE.length];
            StringBuilder b = new StringBuilder();
            b.append("Report ").append(i).append(": officials in ").append(place).append(" discuss the harbour budget\n\n");
            b.append(place.toUpperCase()).append(" (Newsstream Bench) - Officials met on Tuesday to discuss item ").append(i).append(".\n\n");
            for (int k = 0; k < 6; k++) {
                b.append("\"We will publish the figures for item ").append(i).append(" next week,\" said ").append(person)
                        .append(", who leads the committee. The meeting in ").append(place)
                        .append(" lasted three hours and covered roads, schools and the port.\n\n");
            }
            Path f = dir.resolve(String.format("%02d/article-%06d.txt", i % 50, i));
            Files.createDirectories(f.getParent());
            Files.writeString(f, b);
            bytes += b.length();
        }
        return bytes;
    }

    private String report(long bytes, Run first, Run second, int distinct, boolean exactlyOnce) throws IOException {
        String cpu = "unknown";
        Path cpuinfo = Path.of("/proc/cpuinfo");
        if (Files.exists(cpuinfo)) {
            cpu = Files.readAllLines(cpuinfo).stream().filter(l -> l.startsWith("model name")).findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("unknown");
        }
        long mem = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getTotalMemorySize();
        return String.format("""
                # Ingest benchmark

                Measured %s by `./newsstream bench-ingest --articles %d` (reproduce it with that command; it writes this file).

                ## Machine
                - CPU: %s, %d cores available to the JVM
                - Memory: %.1f GiB
                - Java: %s (%s), %s %s
                - Kafka: one in-process KRaft broker (same JVM), 6 partitions, our schema registry on it

                ## Inputs
                - %,d generated plain-text articles (%,d bytes, %,.0f bytes each on average) in 50 folders
                - Each run is a fresh `ArticlePublisher` (a new process would behave the same: the record of what was
                  published is read back from the `%s` topic)

                ## Results
                | run | published | duplicates skipped | rejected | seconds | articles/s | MB/s |
                | --- | ---: | ---: | ---: | ---: | ---: | ---: |
                | first | %,d | %,d | %d | %.2f | %,.0f | %.2f |
                | second (same folder) | %,d | %,d | %d | %.2f | %,.0f | %.2f |

                Distinct article ids on `%s` afterwards: %,d, one record each. Exactly once: **%s**.

                The rate covers reading, parsing (page metadata, boilerplate removal, Lingua language detection),
                Avro serialization and transactional publishing; the broker runs on the same 2 cores. The second
                run's rate is the cost of recognising articles that were already published.
                """,
                Instant.now().toString().substring(0, 10), articles, cpu, Runtime.getRuntime().availableProcessors(), mem / 1073741824.0,
                System.getProperty("java.version"), System.getProperty("java.vm.name"), System.getProperty("os.name"), System.getProperty("os.arch"),
                articles, bytes, (double) bytes / articles, Topics.INGESTED_IDS,
                first.summary.published(), first.summary.duplicates(), first.summary.rejections().size(), first.seconds,
                first.summary.published() / first.seconds, bytes / 1e6 / first.seconds,
                second.summary.published(), second.summary.duplicates(), second.summary.rejections().size(), second.seconds,
                articles / second.seconds, bytes / 1e6 / second.seconds,
                Topics.RAW_ARTICLES, distinct, exactlyOnce ? "yes" : "NO");
    }
}
