package org.newsstream.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.newsstream.avro.RawArticle;
import org.newsstream.engine.ExtractionEngine;
import org.newsstream.processor.ExtractionTopology;
import org.newsstream.processor.views.ViewsConfig;
import org.newsstream.processor.views.ViewsTopology;
import org.newsstream.registry.CompatibilityLevel;
import org.newsstream.registry.SchemaRegistryServer;
import org.newsstream.schemas.AvroJson;
import org.newsstream.schemas.AvroSerdes;
import org.newsstream.schemas.SerdeConfig;
import org.newsstream.schemas.TopicSetup;
import org.newsstream.schemas.Topics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The whole pipeline on the embedded broker and registry, against a pass-through topology (raw topic to one output
 * topic, same serdes, same exactly-once settings, no extraction) on the same broker and the same kind of data: how
 * much of what Kafka itself can move the extraction keeps, and the latency from publishing an article to the last of
 * its records on the output topics, at full speed and at an offered rate.
 */
@Command(name = "pipeline", description = "The pipeline on the embedded stack against a pass-through topology; one JSON line at the end.")
final class BenchPipelineCommand implements Callable<Integer> {
    static final String PASS_THROUGH_TOPIC = "newsstream.bench.passthrough";

    @Mixin
    Newsstream.Common common;

    @Option(names = "--articles", description = "Articles published at full speed. Default: ${DEFAULT-VALUE}.")
    int articles = 3_000;

    @Option(names = "--rate", description = "Articles per second offered for the latency run. Default: ${DEFAULT-VALUE}.")
    int rate = 200;

    @Option(names = "--rate-seconds", description = "How long the latency run offers articles. Default: ${DEFAULT-VALUE}.")
    int rateSeconds = 20;

    @Option(names = "--stream-threads", description = "Stream threads of each topology. Default: ${DEFAULT-VALUE}.")
    int streamThreads = 2;

    @Option(names = "--partitions", description = "Partitions of every topic. Default: ${DEFAULT-VALUE}.")
    int partitions = 6;

    /** Throughput and the latency of every article, from publishing it to the last of its output records. */
    record Run(int articles, double seconds, double p50Ms, double p99Ms, double maxMs) {
        double perSecond() {
            return articles / seconds;
        }

        ObjectNode json() {
            return AvroJson.MAPPER.createObjectNode().put("articles", articles).put("articlesPerSecond", BenchExtractCommand.round(perSecond()))
                    .put("p50Ms", BenchExtractCommand.round(p50Ms)).put("p99Ms", BenchExtractCommand.round(p99Ms)).put("maxMs", BenchExtractCommand.round(maxMs));
        }
    }

    @Override
    public Integer call() throws Exception {
        Path work = Files.createTempDirectory("bench-pipeline");
        try (EmbeddedKafka kafka = new EmbeddedKafka(work.resolve("kafka"), "localhost", 0);
             SchemaRegistryServer registry = EmbeddedStack.startRegistry(kafka.bootstrapServers(), "localhost", 0, CompatibilityLevel.BACKWARD, (short) 1)) {
            String bootstrap = kafka.bootstrapServers();
            TopicSetup.ensurePipelineTopics(bootstrap, partitions, (short) 1);
            createTopic(bootstrap, PASS_THROUGH_TOPIC);
            ExtractionEngine engine = ExtractionEngine.create(common.config().engineConfig());
            // The engine warmed up first, as a processor that has been running is: steady state, not the JIT's start.
            BenchExtractCommand.warmUp(engine, BenchExtractCommand.inputs(BenchArticles.generate(500, 99)), 5);
            int atRate = Math.max(1, rate * rateSeconds);
            Map<String, Object> serde = Map.of(SerdeConfig.SCHEMA_REGISTRY_URL, registry.url());
            // Each topology on its own fresh articles, read from the end of the raw topic: the same broker, the same
            // serdes and the same kind of data for both.
            Topology passThrough = passThrough(serde);
            Run passFull = run(bootstrap, serde, work, "pass-full", passThrough, List.of(PASS_THROUGH_TOPIC), articles, 0, 1);
            Run passRate = run(bootstrap, serde, work, "pass-rate", passThrough(serde), List.of(PASS_THROUGH_TOPIC), atRate, rate, 2);
            Topology extraction = ExtractionTopology.buildTopology(serdes(serde), engine);
            List<String> outputs = List.of(Topics.QUOTES, Topics.ENTITIES, Topics.GEOLOCATIONS);
            Run fullSpeed = run(bootstrap, serde, work, "extract-full", extraction, outputs, articles, 0, 3);
            Run offered = run(bootstrap, serde, work, "extract-rate", ExtractionTopology.buildTopology(serdes(serde), engine), outputs, atRate, rate, 4);
            // What `up` and `process` run by default: the extraction and the live views in one topology.
            ViewsConfig views = common.config().views() != null ? common.config().views().config() : ViewsConfig.defaults();
            Run viewsFull = run(bootstrap, serde, work, "views-full", withViews(serde, engine, views), outputs, articles, 0, 5);
            Run viewsRate = run(bootstrap, serde, work, "views-rate", withViews(serde, engine, views), outputs, atRate, rate, 6);
            Runtime rt = Runtime.getRuntime();
            System.gc();
            long heapMb = (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
            System.out.println("| topology | run | articles | articles/s | p50 ms | p99 ms | max ms |");
            System.out.println("| --- | --- | ---: | ---: | ---: | ---: | ---: |");
            row("pass-through", "full speed", passFull);
            row("pass-through", rate + "/s offered", passRate);
            row("extraction", "full speed", fullSpeed);
            row("extraction", rate + "/s offered", offered);
            row("extraction + live views", "full speed", viewsFull);
            row("extraction + live views", rate + "/s offered", viewsRate);
            double ratio = fullSpeed.perSecond() / passFull.perSecond();
            double viewsRatio = viewsFull.perSecond() / passFull.perSecond();
            System.out.printf("extraction keeps %.1f%% of the pass-through's throughput, %.1f%% with the live views; heap in use after GC (broker, registry and the topologies): %d MB%n",
                    100 * ratio, 100 * viewsRatio, heapMb);
            ObjectNode json = AvroJson.MAPPER.createObjectNode().put("bench", "pipeline").put("streamThreads", streamThreads)
                    .put("partitions", partitions).put("rate", rate);
            ObjectNode e = json.putObject("extraction");
            e.set("fullSpeed", fullSpeed.json());
            e.set("atRate", offered.json());
            ObjectNode v = json.putObject("extractionWithViews");
            v.set("fullSpeed", viewsFull.json());
            v.set("atRate", viewsRate.json());
            ObjectNode p = json.putObject("passThrough");
            p.set("fullSpeed", passFull.json());
            p.set("atRate", passRate.json());
            json.put("throughputRatio", BenchExtractCommand.round(ratio)).put("throughputRatioWithViews", BenchExtractCommand.round(viewsRatio)).put("heapAfterGcMb", heapMb);
            System.out.println(json);
            return 0;
        } finally {
            DemoCommand.deleteRecursively(work);
        }
    }

    private static void row(String topology, String run, Run r) {
        System.out.printf("| %s | %s | %,d | %,.0f | %.0f | %.0f | %.0f |%n", topology, run, r.articles(), r.perSecond(), r.p50Ms(), r.p99Ms(), r.maxMs());
    }

    private static ExtractionTopology.TopologySerdes serdes(Map<String, Object> serde) {
        return new ExtractionTopology.TopologySerdes(AvroSerdes.specific(serde), AvroSerdes.specific(serde), AvroSerdes.specific(serde),
                AvroSerdes.specific(serde), AvroSerdes.specific(serde));
    }

    /** Raw articles read and written again with the same Avro serdes: what the broker and Kafka Streams cost alone. */
    private static Topology withViews(Map<String, Object> serde, ExtractionEngine engine, ViewsConfig views) {
        return ExtractionTopology.buildTopology(serdes(serde), engine, new ViewsTopology.ViewSerdes(AvroSerdes.specific(serde),
                AvroSerdes.specific(serde), AvroSerdes.specific(serde), AvroSerdes.specific(serde)), views);
    }

    static Topology passThrough(Map<String, Object> serde) {
        StreamsBuilder b = new StreamsBuilder();
        b.stream(Topics.RAW_ARTICLES, Consumed.with(Serdes.String(), AvroSerdes.<RawArticle>specific(serde)))
                .to(PASS_THROUGH_TOPIC, Produced.with(Serdes.String(), AvroSerdes.<RawArticle>specific(serde)));
        return b.build();
    }

    private void createTopic(String bootstrap, String topic) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all().get();
        }
    }

    /**
     * Starts the topology at the end of the raw topic, publishes n fresh articles (at {@code perSecond}, or as fast as
     * the producer takes them when 0) and waits until each has a record on every output topic.
     */
    private Run run(String bootstrap, Map<String, Object> serde, Path work, String name, Topology topology, List<String> outputs,
                    int n, int perSecond, int batch) throws Exception {
        List<BenchArticles.Article> input = BenchArticles.generate(n, batch);
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "bench-" + name);
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, streamThreads);
        props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 200); // as the processor commits
        props.put(StreamsConfig.STATE_DIR_CONFIG, work.resolve("state-" + name).toString());
        props.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "latest");
        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        Map<String, Set<String>> seen = new HashMap<>();
        List<Long> latencies = new ArrayList<>();
        try (KafkaStreams streams = new KafkaStreams(topology, props);
             KafkaConsumer<String, byte[]> out = consumer(bootstrap, outputs);
             KafkaProducer<String, RawArticle> producer = producer(bootstrap, serde)) {
            streams.start();
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (streams.state() != KafkaStreams.State.RUNNING && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            Thread.sleep(3_000); // partitions assigned and positioned at the end before the first article goes out
            Thread sender = new Thread(() -> {
                long start = System.nanoTime();
                for (int i = 0; i < input.size(); i++) {
                    if (perSecond > 0) {
                        long due = start + (long) (i * 1e9 / perSecond);
                        while (System.nanoTime() < due) {
                            java.util.concurrent.locks.LockSupport.parkNanos(due - System.nanoTime());
                        }
                    }
                    BenchArticles.Article a = input.get(i);
                    sentAt.put(a.id(), System.nanoTime());
                    producer.send(new ProducerRecord<>(Topics.RAW_ARTICLES, a.id(), RawArticle.newBuilder().setId(a.id()).setSource("bench")
                            .setTitle(a.title()).setBody(a.body()).setIngestedAt(Instant.now()).build()));
                }
                producer.flush();
            }, "bench-sender");
            long first = System.nanoTime();
            sender.start();
            long last = first;
            long quiet = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            while (latencies.size() < n && System.nanoTime() < quiet) {
                for (ConsumerRecord<String, byte[]> r : out.poll(Duration.ofMillis(50))) {
                    Set<String> topics = seen.computeIfAbsent(r.key(), k -> new HashSet<>());
                    if (topics.add(r.topic()) && topics.size() == outputs.size() && sentAt.containsKey(r.key())) {
                        long now = System.nanoTime();
                        latencies.add(now - sentAt.get(r.key()));
                        last = now;
                        quiet = now + Duration.ofSeconds(60).toNanos();
                    }
                }
            }
            sender.join();
            streams.close(Duration.ofSeconds(30));
            if (latencies.size() < n) {
                System.err.printf("warning: %s: %d of %d articles reached every output topic%n", name, latencies.size(), n);
            }
            long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
            return new Run(latencies.size(), (last - first) / 1e9, BenchExtractCommand.percentile(sorted, 0.5) / 1e6,
                    BenchExtractCommand.percentile(sorted, 0.99) / 1e6, sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6);
        }
    }

    private static KafkaConsumer<String, byte[]> consumer(String bootstrap, List<String> topics) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5_000);
        KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> parts = new ArrayList<>();
        for (String t : topics) {
            c.partitionsFor(t).forEach(i -> parts.add(new TopicPartition(t, i.partition())));
        }
        c.assign(parts);
        c.seekToEnd(parts);
        parts.forEach(c::position); // resolve the end offsets now, before anything is published
        return c;
    }

    private static KafkaProducer<String, RawArticle> producer(String bootstrap, Map<String, Object> serde) {
        Map<String, Object> p = new HashMap<>();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        p.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 1);
        return new KafkaProducer<>(p, new StringSerializer(), AvroSerdes.<RawArticle>specific(serde).serializer());
    }
}
