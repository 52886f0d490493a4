package org.newsstream.app;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.newsstream.engine.ExtractionEngine;
import org.newsstream.processor.ProcessorApp;
import org.newsstream.registry.CompatibilityLevel;
import org.newsstream.registry.KafkaSchemaLog;
import org.newsstream.registry.SchemaRegistry;
import org.newsstream.registry.SchemaRegistryServer;
import org.newsstream.schemas.TopicSetup;
import org.newsstream.schemas.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Everything in one process: a KRaft broker, the schema registry on it, the pipeline topics and the processor. */
public final class EmbeddedStack implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedStack.class);

    private final EmbeddedKafka kafka;
    private final SchemaRegistryServer registry;
    private final ProcessorApp processor;
    private final long startupMillis;

    public EmbeddedStack(AppConfig config, ExtractionEngine engine) throws Exception {
        this(config, java.util.concurrent.CompletableFuture.completedFuture(engine));
    }

    /**
     * Starts the broker and the registry while the engine (its gazetteer takes about two seconds to load) is
     * still being built, and the processor once both are ready.
     */
    private String writeToken;
    /** Where the dashboard listens, as a browser on this machine would type it. */
    private final String dashboardHost;

    public EmbeddedStack(AppConfig config, java.util.concurrent.Future<ExtractionEngine> engine) throws Exception {
        long t0 = System.nanoTime();
        dashboardHost = config.get(AppConfig.DASHBOARD_HOST);
        String host = config.get(AppConfig.LISTEN_HOST);
        // A port another process holds (a newsstream still stopping, a broker) would fail the broker half-started:
        // say so at once, before anything starts.
        requireFree(host, config.getInt(AppConfig.KAFKA_PORT), "Kafka", "--kafka-port");
        requireFree(host, config.getInt(AppConfig.CONTROLLER_PORT), "the Kafka controller", AppConfig.CONTROLLER_PORT);
        requireFree(host, config.getInt(AppConfig.REGISTRY_PORT), "the schema registry", "--registry-port");
        kafka = new EmbeddedKafka(Path.of(config.get(AppConfig.DATA_DIR)), host, config.getInt(AppConfig.KAFKA_PORT),
                config.getInt(AppConfig.CONTROLLER_PORT));
        long broker = System.nanoTime();
        try {
            String bootstrap = kafka.bootstrapServers();
            // The group and transaction coordinators' topics are made on first use: the processor would wait for them
            // after joining; asked for now, the broker makes them while the registry and the topics are set up.
            Thread coordinators = new Thread(() -> CoordinatorWarmUp.run(bootstrap), "newsstream-coordinators");
            coordinators.setDaemon(true);
            coordinators.start();
            writeToken = config.get(AppConfig.REGISTRY_WRITE_TOKEN);
            registry = startRegistry(bootstrap, host, config.getInt(AppConfig.REGISTRY_PORT),
                    CompatibilityLevel.parse(config.get(AppConfig.REGISTRY_COMPATIBILITY)), (short) 1, writeToken);
            long registryUp = System.nanoTime();
            TopicSetup.ensurePipelineTopics(bootstrap, config.getInt(AppConfig.TOPIC_PARTITIONS), (short) 1);
            long topics = System.nanoTime();
            long warm = System.nanoTime(); // (not waited for: the processor finds the coordinators either way)
            Map<String, Object> streams = config.streamsOverrides();
            // Kafka Streams keeps its local state next to the broker's data, so a restart resumes.
            streams.putIfAbsent("state.dir", Path.of(config.get(AppConfig.DATA_DIR)).resolve("streams").toString());
            // After a crash, the one-process stack's old group member is given up on in 10 s instead of 45 s; and
            // as a static member it is replaced at once by the restarted one, which comes back under the same id.
            streams.putIfAbsent("consumer.session.timeout.ms", 10_000);
            streams.putIfAbsent("main.consumer.group.instance.id", "newsstream-embedded");
            ExtractionEngine built = engine.get();
            long engineReady = System.nanoTime();
            processor = new ProcessorApp(bootstrap, registryUrl(), streams, built, config.views());
            processor.start();
            // After a crash the processor restores its stores from their changelogs first; with days of views that
            // takes longer than a fresh start, so it is given as long as `process` is.
            processor.awaitRunning(Duration.ofMinutes(5));
            long end = System.nanoTime();
            startupMillis = (end - t0) / 1_000_000;
            LOG.info("Embedded stack up in {} ms (broker {} ms, registry {} ms, topics {} ms, engine {} ms more, processor {} ms)",
                    startupMillis, (broker - t0) / 1_000_000, (registryUp - broker) / 1_000_000, (topics - registryUp) / 1_000_000,
                    (engineReady - warm) / 1_000_000, (end - engineReady) / 1_000_000);
        } catch (Exception e) {
            kafka.close();
            throw e;
        }
    }

    static void requireFree(String host, int port, String what, String option) {
        if (port == 0) {
            return;
        }
        try (java.net.ServerSocket s = new java.net.ServerSocket()) {
            s.setReuseAddress(true);
            s.bind(new java.net.InetSocketAddress(host, port));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("port " + port + " for " + what + " is in use on " + host
                    + " (another newsstream up, still stopping, or a Kafka broker?): stop it or choose another with " + option);
        }
    }

    static SchemaRegistryServer startRegistry(String bootstrap, String host, int port, CompatibilityLevel level,
                                              short replicationFactor) throws Exception {
        return startRegistry(bootstrap, host, port, level, replicationFactor, null);
    }

    static SchemaRegistryServer startRegistry(String bootstrap, String host, int port, CompatibilityLevel level,
                                              short replicationFactor, String writeToken) throws Exception {
        return startRegistry(bootstrap, Map.of(), host, port, level, replicationFactor, writeToken);
    }

    static SchemaRegistryServer startRegistry(String bootstrap, Map<String, ?> clientSettings, String host, int port,
                                              CompatibilityLevel level, short replicationFactor, String writeToken) throws Exception {
        SchemaRegistry registry = new SchemaRegistry(new KafkaSchemaLog(bootstrap, Topics.SCHEMAS, replicationFactor,
                org.newsstream.schemas.TopicSetup.connection(clientSettings)), level);
        return new SchemaRegistryServer(registry, host, port, writeToken).start();
    }

    public String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    /** The registry's URL to show: never with the token. */
    public String registryDisplayUrl() {
        return registry.url();
    }

    /** The registry's URL for clients: with the write token as basic-auth credentials when one is set. */
    public String registryUrl() {
        return writeToken == null || writeToken.isBlank() ? registry.url()
                : registry.url().replace("://", "://newsstream:" + java.net.URLEncoder.encode(writeToken, java.nio.charset.StandardCharsets.UTF_8) + "@");
    }

    /** The dashboard's address, or null with views turned off. */
    public String dashboardUrl() {
        return processor.httpPort() < 0 ? null : "http://" + dashboardHost + ":" + processor.httpPort() + "/";
    }

    public long startupMillis() {
        return startupMillis;
    }

    @Override
    public void close() {
        processor.close(Duration.ofSeconds(30));
        registry.close();
        kafka.close();
    }
}
