package org.newsstream.registry;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiConsumer;
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
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The registry log in a single-partition compacted Kafka topic. Writes go through an idempotent producer;
 * a reader thread applies every record in offset order; {@link #append} waits until the reader has passed
 * the written offset, so a caller always reads its own write.
 */
public class KafkaSchemaLog implements SchemaLog {
    private static final Logger LOG = LoggerFactory.getLogger(KafkaSchemaLog.class);

    private final String bootstrap;
    private final java.util.Map<String, ?> connection;
    private final String topic;
    private final short replicationFactor;
    private KafkaProducer<String, String> producer;
    private KafkaConsumer<String, String> consumer;
    private Thread reader;
    private volatile boolean running = true;
    private volatile RuntimeException readerFailure;
    private long appliedUpTo = -1; // guarded by this
    private final TopicPartition tp;

    public KafkaSchemaLog(String bootstrap, String topic, short replicationFactor) {
        this(bootstrap, topic, replicationFactor, java.util.Map.of());
    }

    /** @param connection how to reach Kafka besides its address (security.protocol, sasl.*, ssl.*), for every client */
    public KafkaSchemaLog(String bootstrap, String topic, short replicationFactor, java.util.Map<String, ?> connection) {
        this.connection = java.util.Map.copyOf(connection);
        this.bootstrap = bootstrap;
        this.topic = topic;
        this.replicationFactor = replicationFactor;
        this.tp = new TopicPartition(topic, 0);
    }

    @Override
    public void start(BiConsumer<String, String> applier) throws Exception {
        createTopicIfMissing();
        Properties p = new Properties();
        p.putAll(connection);
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer());

        Properties c = new Properties();
        c.putAll(connection);
        c.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false); // every instance reads the whole log; no group
        c.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        consumer = new KafkaConsumer<>(c, new StringDeserializer(), new StringDeserializer());
        consumer.assign(List.of(tp));
        consumer.seekToBeginning(List.of(tp));
        long end = consumer.endOffsets(List.of(tp)).get(tp);

        reader = new Thread(() -> readLoop(applier), "schema-log-reader");
        reader.setDaemon(true);
        reader.start();
        waitForOffset(end - 1, Duration.ofSeconds(60)); // replay before serving
        LOG.info("Schema registry log {} replayed up to offset {}", topic, end);
    }

    private void readLoop(BiConsumer<String, String> applier) {
        try {
            while (running) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    try {
                        applier.accept(r.key(), r.value());
                    } catch (RuntimeException e) {
                        LOG.warn("Skipping unreadable schema-log record at offset {}: {}", r.offset(), e.toString());
                    }
                }
                long position = consumer.position(tp);
                synchronized (this) {
                    appliedUpTo = position - 1;
                    notifyAll();
                }
            }
        } catch (WakeupException e) {
            // closing
        } catch (RuntimeException e) {
            readerFailure = e;
            LOG.error("Schema-log reader stopped", e);
        } finally {
            consumer.close(Duration.ofSeconds(1));
        }
    }

    @Override
    public void append(String key, String value) throws Exception {
        long offset = producer.send(new ProducerRecord<>(topic, 0, key, value)).get(30, TimeUnit.SECONDS).offset();
        waitForOffset(offset, Duration.ofSeconds(30));
    }

    private synchronized void waitForOffset(long offset, Duration timeout) throws InterruptedException, TimeoutException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (appliedUpTo < offset) {
            if (readerFailure != null) {
                throw new IllegalStateException("schema-log reader failed", readerFailure);
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new TimeoutException("schema log " + topic + " not read up to offset " + offset);
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }

    private void createTopicIfMissing() throws InterruptedException, ExecutionException {
        java.util.Map<String, Object> admin0 = new java.util.HashMap<>(connection);
        admin0.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        try (Admin admin = Admin.create(admin0)) {
            NewTopic t = new NewTopic(topic, 1, replicationFactor)
                    // compacted: the latest record per key is the state; one partition keeps a total order
                    .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
            admin.createTopics(List.of(t)).all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
    }

    @Override
    public void close() {
        running = false;
        if (consumer != null) {
            consumer.wakeup();
        }
        if (reader != null) {
            try {
                reader.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }
}
