package org.newsstream.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.newsstream.avro.DeadLetter;
import org.newsstream.avro.RawArticle;
import org.newsstream.schemas.AvroSerializer;
import org.newsstream.schemas.SerdeConfig;
import org.newsstream.schemas.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes articles from files, folders and streams to the raw-article topic, keyed by article id, with an
 * idempotent producer. Inputs that are not articles are reported and sent to the dead-letter topic with
 * their bytes and reason; the run goes on.
 */
public final class ArticlePublisher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ArticlePublisher.class);
    /** Inputs larger than this are rejected unread: no news article is 50 MB. */
    public static final long MAX_INPUT_BYTES = 16L * 1024 * 1024;

    private final KafkaProducer<String, SpecificRecord> producer;
    private final IngestSummary summary = new IngestSummary();
    private final List<Future<RecordMetadata>> inFlight = new ArrayList<>();

    public ArticlePublisher(String bootstrap, String registryUrl, Map<String, ?> producerOverrides) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        // Idempotence + acks=all: a retried send never duplicates or reorders an article.
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        // Batch for throughput; articles compress well.
        p.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 8 * 1024 * 1024);
        p.putAll(producerOverrides);
        AvroSerializer<SpecificRecord> values = new AvroSerializer<>();
        values.configure(Map.of(SerdeConfig.SCHEMA_REGISTRY_URL, registryUrl), false);
        producer = new KafkaProducer<>(p, new StringSerializer(), values);
    }

    /** Publishes every file under the given paths (folders recursively, in name order); "-" is standard input. */
    public void publishPaths(List<String> paths, InputStream stdin) throws IOException {
        for (String arg : paths) {
            if (arg.equals("-")) {
                publishContent("stdin", stdin.readAllBytes());
                continue;
            }
            Path path = Path.of(arg);
            if (!Files.exists(path)) {
                reject(arg, "no such file or directory", null);
                continue;
            }
            if (Files.isDirectory(path)) {
                try (Stream<Path> files = Files.walk(path)) {
                    for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                        publishFile(f);
                    }
                }
            } else {
                publishFile(path);
            }
        }
    }

    public void publishFile(Path file) {
        try {
            long size = Files.size(file);
            if (size > MAX_INPUT_BYTES) {
                summary.input(0);
                reject(file.toString(), "file is " + size + " bytes, over the " + MAX_INPUT_BYTES + "-byte limit", null);
                return;
            }
            publishContent(file.toString(), Files.readAllBytes(file));
        } catch (IOException e) {
            reject(file.toString(), "unreadable: " + e, null);
        }
    }

    public void publishContent(String source, byte[] content) {
        summary.input(content.length);
        for (ArticleParser.Parsed parsed : ArticleParser.parse(source, content)) {
            if (parsed.ok()) {
                publish(parsed.article());
            } else {
                reject(parsed.origin(), parsed.error(), parsed.raw());
            }
        }
    }

    public void publish(RawArticle article) {
        inFlight.add(producer.send(new ProducerRecord<>(Topics.RAW_ARTICLES, article.getId(), article)));
        summary.countPublished();
        if (inFlight.size() >= 1000) {
            awaitInFlight(); // bounded: never hold more than a thousand unacknowledged articles
        }
    }

    private void reject(String origin, String reason, byte[] raw) {
        LOG.warn("Rejected {}: {}", origin, reason);
        summary.rejected(origin, reason);
        DeadLetter dl = DeadLetter.newBuilder()
                .setSourceTopic(Topics.RAW_ARTICLES)
                .setKey(ByteBuffer.wrap(origin.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .setValue(raw == null ? null : ByteBuffer.wrap(raw))
                .setErrorClass("org.newsstream.ingest.RejectedInput")
                .setErrorMessage(origin + ": " + reason)
                .setStage("ingest")
                .setFailedAt(Instant.now())
                .build();
        inFlight.add(producer.send(new ProducerRecord<>(Topics.DEAD_LETTERS, origin, dl)));
    }

    /** Waits for every send so far to be acknowledged; fails if Kafka refused any. */
    public IngestSummary flush() {
        producer.flush();
        awaitInFlight();
        return summary;
    }

    private void awaitInFlight() {
        try {
            for (Future<RecordMetadata> f : inFlight) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Kafka", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Kafka refused a record: " + e.getCause(), e.getCause());
        } finally {
            inFlight.clear();
        }
    }

    public IngestSummary summary() {
        return summary;
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(30));
    }
}
