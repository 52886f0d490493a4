package org.newsstream.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import java.util.concurrent.CompletableFuture;
import org.newsstream.engine.EngineConfig;
import org.newsstream.engine.ExtractionEngine;
import org.newsstream.ingest.ArticleParser;
import org.newsstream.ingest.ArticlePublisher;
import org.newsstream.schemas.Topics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "demo", description = "Start the embedded stack, ingest the bundled sample articles and show what comes out on each topic.")
final class DemoCommand implements Callable<Integer> {
    static final String BAD_RECORD_KEY = "demo-not-an-article";

    @Mixin
    Newsstream.Common common;

    @Option(names = "--once", description = "Exit once the samples are processed, instead of running until stopped.")
    boolean once;

    @Option(names = "--data-dir", description = "Where the demo's broker keeps its data (wiped at start).")
    Path dataDir = Path.of(".newsstream/demo");

    @Option(names = "--timeout", description = "Seconds to wait for the samples to come through.")
    int timeoutSeconds = 180;

    @Override
    public Integer call() throws Exception {
        deleteRecursively(dataDir);
        AppConfig config = common.config()
                .with(AppConfig.DATA_DIR, dataDir)
                .with(AppConfig.KAFKA_PORT, 0)
                .with(AppConfig.REGISTRY_PORT, 0);
        // The configured dashboard port when it is free (a second demo, or an `up` beside it, takes any free one).
        config = config.with(AppConfig.DASHBOARD_PORT, portFree(config.get(AppConfig.DASHBOARD_HOST), config.getInt(AppConfig.DASHBOARD_PORT))
                ? config.get(AppConfig.DASHBOARD_PORT) : "0");
        EngineConfig engine = config.engineConfig();
        EmbeddedStack stack = new EmbeddedStack(config, CompletableFuture.supplyAsync(() -> ExtractionEngine.create(engine)));
        try {
            System.out.println("ready: bootstrap=" + stack.bootstrapServers() + " registry=" + stack.registryDisplayUrl()
                    + " (started in " + stack.startupMillis() + " ms)");
            if (stack.dashboardUrl() != null) {
                System.out.println("dashboard: " + stack.dashboardUrl() + (once ? " (until the demo exits; run without --once to keep it)" : ""));
            }
            Set<String> ids = publishSamples(stack.bootstrapServers(), stack.registryUrl());
            publishBadRecord(stack.bootstrapServers());
            boolean complete = showOutputs(stack, ids);
            if (!complete) {
                System.err.println("error: not every sample came through within " + timeoutSeconds + " s");
                stack.close();
                return 1;
            }
        } catch (Exception e) {
            stack.close();
            throw e;
        }
        if (once) {
            stack.close();
            return 0;
        }
        UpCommand.runUntilStopped(stack, "demo running; Ctrl-C to stop");
        return 0;
    }

    /** Publishes the bundled sample articles; returns their ids. */
    static Set<String> publishSamples(String bootstrap, String registryUrl) throws IOException {
        Set<String> ids = new HashSet<>();
        try (ArticlePublisher publisher = new ArticlePublisher(bootstrap, registryUrl, Map.of())) {
            for (String name : sampleNames()) {
                byte[] content = resource("/samples/articles/" + name);
                for (ArticleParser.Parsed p : ArticleParser.parse(name, content)) {
                    if (p.ok()) {
                        ids.add(p.article().getId());
                    }
                }
                publisher.publishContent(name, content);
            }
            System.out.println(publisher.flush());
        }
        return ids;
    }

    /** A record that is not Avro at all, to show that it ends up on the dead-letter topic and nothing stops. */
    private static void publishBadRecord(String bootstrap) throws Exception {
        try (KafkaProducer<String, byte[]> p = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap),
                new StringSerializer(), new ByteArraySerializer())) {
            p.send(new ProducerRecord<>(Topics.RAW_ARTICLES, BAD_RECORD_KEY,
                    "{\"title\": \"plain JSON is not Confluent-framed Avro\"}".getBytes(StandardCharsets.UTF_8))).get();
        }
        System.out.println("ingest: also sent one record that is not Avro (key " + BAD_RECORD_KEY + "), to show the dead-letter path");
    }

    private boolean showOutputs(EmbeddedStack stack, Set<String> ids) {
        List<TopicReader.Decoded> all = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Set<String> failed = new HashSet<>();
        boolean deadLetter = false;
        long deadline = System.nanoTime() + Duration.ofSeconds(timeoutSeconds).toNanos();
        try (TopicReader reader = new TopicReader(stack.bootstrapServers(), stack.registryUrl(),
                List.of(Topics.QUOTES, Topics.ENTITIES, Topics.GEOLOCATIONS, Topics.DEAD_LETTERS), true)) {
            // Each article's records on all three topics commit in one transaction: once its entities are
            // visible, its quotes and geolocations are too.
            while ((!done(ids, seen, failed) || !deadLetter) && System.nanoTime() < deadline) {
                for (TopicReader.Decoded d : reader.poll(Duration.ofMillis(500))) {
                    all.add(d);
                    if (d.topic().equals(Topics.ENTITIES)) {
                        seen.add(d.key());
                    }
                    if (d.topic().equals(Topics.DEAD_LETTERS)) {
                        deadLetter |= BAD_RECORD_KEY.equals(d.key());
                        if (ids.contains(d.key())) {
                            failed.add(d.key()); // a sample that failed: report it rather than wait
                        }
                    }
                }
            }
        }
        print(all);
        if (!failed.isEmpty()) {
            System.err.println("error: " + failed.size() + " sample(s) went to the dead-letter topic");
        }
        return seen.containsAll(ids) && failed.isEmpty() && deadLetter;
    }

    private static boolean done(Set<String> ids, Set<String> seen, Set<String> failed) {
        Set<String> all = new HashSet<>(seen);
        all.addAll(failed);
        return all.containsAll(ids);
    }

    private static void print(List<TopicReader.Decoded> all) {
        for (String topic : List.of(Topics.QUOTES, Topics.ENTITIES, Topics.GEOLOCATIONS, Topics.DEAD_LETTERS)) {
            List<TopicReader.Decoded> records = all.stream().filter(d -> d.topic().equals(topic))
                    .sorted(Comparator.comparing(TopicReader.Decoded::key).thenComparingLong(TopicReader.Decoded::offset)).toList();
            System.out.println();
            System.out.println("== " + topic + " (" + records.size() + " records)");
            for (TopicReader.Decoded d : records) {
                System.out.println("  " + line(topic, d));
            }
        }
    }

    private static String line(String topic, TopicReader.Decoded d) {
        if (d.error() != null) {
            return "undecodable: " + d.error();
        }
        GenericRecord v = d.value();
        if (topic.equals(Topics.QUOTES)) {
            return v.get("speaker") + ": \u201c" + v.get("text") + "\u201d";
        }
        if (topic.equals(Topics.ENTITIES)) {
            return String.format("%-12s %s (%s mention%s)", v.get("type"), v.get("name"), v.get("count"),
                    ((Integer) v.get("count")) == 1 ? "" : "s");
        }
        if (topic.equals(Topics.GEOLOCATIONS)) {
            return String.format("%s -> %s, %s (%.4f, %.4f) %s, confidence %.2f", v.get("mention"), v.get("name"),
                    v.get("countryCode"), (Double) v.get("latitude"), (Double) v.get("longitude"), v.get("featureKind"),
                    (Double) v.get("confidence"));
        }
        return v.get("stage") + " failure at " + v.get("sourceTopic") + "-" + v.get("partition") + "@" + v.get("offset")
                + ": " + v.get("errorMessage");
    }

    private static boolean portFree(String host, int port) {
        if (port == 0) {
            return true;
        }
        try (java.net.ServerSocket s = new java.net.ServerSocket()) {
            s.bind(new java.net.InetSocketAddress(host, port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static List<String> sampleNames() throws IOException {
        return new String(resource("/samples/index.txt"), StandardCharsets.UTF_8).lines()
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static byte[] resource(String path) throws IOException {
        try (InputStream in = DemoCommand.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IOException("missing resource " + path);
            }
            return in.readAllBytes();
        }
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
