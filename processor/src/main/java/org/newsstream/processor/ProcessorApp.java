package org.newsstream.processor;

import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.apache.kafka.streams.state.HostInfo;
import org.newsstream.engine.ExtractionEngine;
import org.newsstream.processor.views.LiveFeed;
import org.newsstream.processor.views.ViewsConfig;
import org.newsstream.processor.views.ViewsHttpServer;
import org.newsstream.processor.views.ViewsService;
import org.newsstream.processor.views.ViewsTopology;
import org.newsstream.schemas.TopicSetup;
import org.newsstream.schemas.AvroSerdes;
import org.newsstream.schemas.SerdeConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs the extraction topology as a Kafka Streams application. */
public final class ProcessorApp implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ProcessorApp.class);
    public static final String DEFAULT_APPLICATION_ID = "newsstream-processor";

    private final KafkaStreams streams;
    private final Topology topology;
    private final Properties props;
    private final Map<String, Object> connection;
    private final ViewsHttpServer http;
    private final LiveFeed feed;

    /**
     * The live views and where their HTTP server (API and dashboard) listens.
     *
     * @param httpHost       interface to bind ("localhost", "0.0.0.0")
     * @param httpPort       0 for any free port
     * @param advertisedHost how other instances reach this one (its {@code application.server} host)
     */
    public record Views(ViewsConfig config, String httpHost, int httpPort, String advertisedHost) {}

    /** The extraction alone: no views, no HTTP server. */
    public ProcessorApp(String bootstrap, String registryUrl, Map<String, ?> streamsOverrides, ExtractionEngine engine) {
        this(bootstrap, registryUrl, streamsOverrides, engine, null);
    }

    /**
     * @param streamsOverrides any StreamsConfig key (application.id, num.stream.threads, state.dir, ...);
     *                         they win over the defaults below.
     * @param views            the live views and their HTTP server; null for the extraction alone
     */
    public ProcessorApp(String bootstrap, String registryUrl, Map<String, ?> streamsOverrides, ExtractionEngine engine,
                        Views views) {
        Map<String, Object> serdeConfig = Map.of(SerdeConfig.SCHEMA_REGISTRY_URL, registryUrl);
        ExtractionTopology.TopologySerdes serdes = new ExtractionTopology.TopologySerdes(
                AvroSerdes.specific(serdeConfig), AvroSerdes.specific(serdeConfig), AvroSerdes.specific(serdeConfig),
                AvroSerdes.specific(serdeConfig), AvroSerdes.specific(serdeConfig));
        props = properties(bootstrap, streamsOverrides);
        connection = TopicSetup.connection(streamsOverrides);
        if (views == null) {
            http = null;
            feed = null;
            topology = ExtractionTopology.buildTopology(serdes, engine);
            streams = new KafkaStreams(topology, props);
        } else {
            ViewsTopology.ViewSerdes viewSerdes = new ViewsTopology.ViewSerdes(AvroSerdes.specific(serdeConfig),
                    AvroSerdes.specific(serdeConfig), AvroSerdes.specific(serdeConfig), AvroSerdes.specific(serdeConfig));
            try {
                http = new ViewsHttpServer(views.httpHost(), views.httpPort());
            } catch (java.io.IOException e) {
                throw new IllegalStateException("cannot listen on " + views.httpHost() + ":" + views.httpPort()
                        + " for the dashboard: " + e.getMessage(), e);
            }
            // Interactive queries: each instance tells the others where its stores can be asked.
            HostInfo self = new HostInfo(views.advertisedHost(), http.port());
            props.put(StreamsConfig.APPLICATION_SERVER_CONFIG, self.host() + ":" + self.port());
            topology = ExtractionTopology.buildTopology(serdes, engine, viewSerdes, views.config());
            streams = new KafkaStreams(topology, props);
            feed = new LiveFeed(bootstrap, TopicSetup.connection(streamsOverrides), viewSerdes.articles().deserializer()).start();
            http.start(new ViewsService(streams, views.config(), self), feed);
        }
        // An unexpected failure (e.g. the registry down while serializing) restarts the thread; with
        // exactly-once the uncommitted transaction is aborted and the records are processed again.
        streams.setUncaughtExceptionHandler(e -> {
            LOG.error("Stream thread failed; replacing it", e);
            return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
        });
    }

    static Properties properties(String bootstrap, Map<String, ?> overrides) {
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, DEFAULT_APPLICATION_ID);
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        // Each article's outputs on three topics commit together or not at all: nothing lost, nothing twice.
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        // Extraction is CPU-bound: one thread per core of a 2-core box by default.
        p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, 2);
        // Exactly-once commits every 100 ms by default; 200 ms halves transaction overhead, still low latency.
        p.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 200);
        // A fresh application starts from the oldest article, so nothing published before it started is missed.
        p.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
        // Articles can be large; allow up to 8 MB per record out.
        p.put(StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG), 8 * 1024 * 1024);
        // Restoring the views' stores polls each changelog; an empty or short one would hold every poll for the
        // default 500 ms, which made start-up two seconds slower. 50 ms still fetches in batches.
        p.put(StreamsConfig.restoreConsumerPrefix(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG), 50);
        p.putAll(overrides);
        return p;
    }

    /** The port of the views' HTTP server (API and dashboard), or -1 without views. */
    public int httpPort() {
        return http == null ? -1 : http.port();
    }

    public void start() {
        RepartitionTopics.ensure(props, connection, topology);
        streams.start();
    }

    public KafkaStreams.State state() {
        return streams.state();
    }

    /** Blocks until the application is RUNNING (or fails). */
    public void awaitRunning(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (streams.state() != KafkaStreams.State.RUNNING) {
            if (System.nanoTime() > deadline || streams.state() == KafkaStreams.State.ERROR
                    || streams.state() == KafkaStreams.State.NOT_RUNNING) {
                throw new IllegalStateException("processor not running after " + timeout + ": " + streams.state());
            }
            Thread.sleep(50);
        }
    }

    /** Closes and leaves the consumer group, so a restarted or rescaled processor is assigned work at once. */
    public void close(Duration timeout) {
        if (http != null) {
            feed.close();
            http.close();
        }
        streams.close(CloseOptions.timeout(timeout)
                .withGroupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP));
    }

    @Override
    public void close() {
        close(Duration.ofSeconds(30));
    }
}
