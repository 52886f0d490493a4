package org.newsstream.processor;

import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.newsstream.engine.ExtractionEngine;
import org.newsstream.schemas.AvroSerdes;
import org.newsstream.schemas.SerdeConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs the extraction topology as a Kafka Streams application. */
public final class ProcessorApp implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ProcessorApp.class);
    public static final String DEFAULT_APPLICATION_ID = "newsstream-processor";

    private final KafkaStreams streams;

    /**
     * @param streamsOverrides any StreamsConfig key (application.id, num.stream.threads, state.dir, ...);
     *                         they win over the defaults below.
     */
    public ProcessorApp(String bootstrap, String registryUrl, Map<String, ?> streamsOverrides, ExtractionEngine engine) {
        Map<String, Object> serdeConfig = Map.of(SerdeConfig.SCHEMA_REGISTRY_URL, registryUrl);
        ExtractionTopology.TopologySerdes serdes = new ExtractionTopology.TopologySerdes(
                AvroSerdes.specific(serdeConfig), AvroSerdes.specific(serdeConfig), AvroSerdes.specific(serdeConfig),
                AvroSerdes.specific(serdeConfig), AvroSerdes.specific(serdeConfig));
        streams = new KafkaStreams(ExtractionTopology.buildTopology(serdes, engine), properties(bootstrap, streamsOverrides));
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
        p.putAll(overrides);
        return p;
    }

    public void start() {
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
        streams.close(CloseOptions.timeout(timeout)
                .withGroupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP));
    }

    @Override
    public void close() {
        close(Duration.ofSeconds(30));
    }
}
