package org.newsstream.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.newsstream.avro.DeadLetter;
import org.newsstream.avro.RawArticle;
import org.newsstream.schemas.AvroSerializer;
import org.newsstream.schemas.SerdeConfig;
import org.newsstream.schemas.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes articles to the raw-article topic, keyed by article id: a sink for {@link ArticleSources} (files,
 * folders, gzip, JSON lines, WARC, standard input), feeds and HTTP requests.
 *
 * <p>Articles go out in Kafka transactions together with their entry in the ingested-ids topic, so an
 * article is either published and remembered or neither: a crashed run loses nothing and a re-run sends
 * nothing twice. Inputs that are not articles are reported and sent to the dead-letter topic with their
 * bytes and reason; the run goes on. Memory stays bounded: inputs are streamed record by record, at most
 * {@link #BATCH} articles wait for a commit, and the producer's buffer blocks sends when full.
 */
public final class ArticlePublisher implements ArticleSources.Sink, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ArticlePublisher.class);
    /**
     * The largest article record sent (UTF-8 bytes of its fields): under the producer's 8 MiB request limit with
     * room to spare, so one large article is refused on its own instead of failing its whole transaction.
     */
    public static final long MAX_ARTICLE_RECORD_BYTES = 6L * 1024 * 1024;
    /** A dead letter keeps this much of the rejected input (and says how large it was), so it can always be sent. */
    public static final int MAX_DEAD_LETTER_VALUE_BYTES = 1024 * 1024;
    /** Articles per transaction. */
    static final int BATCH = 500;

    /**
     * Run options. {@code transactionalId} names the run's producer: two runs of the same inputs given the same id
     * cannot both publish (the later one fences the earlier, then skips what it committed); null gives each run
     * its own. {@code parseThreads}: how many files are parsed at once (see {@link ArticleSources}).
     */
    public record Options(ArticleParser parser, List<String> include, List<String> exclude, boolean deduplicate,
                          Progress progress, Map<String, ?> producerOverrides, String transactionalId, int parseThreads) {
        public Options(ArticleParser parser, List<String> include, List<String> exclude, boolean deduplicate,
                       Progress progress, Map<String, ?> producerOverrides, String transactionalId) {
            this(parser, include, exclude, deduplicate, progress, producerOverrides, transactionalId, Runtime.getRuntime().availableProcessors());
        }

        public Options(ArticleParser parser, List<String> include, List<String> exclude, boolean deduplicate,
                       Progress progress, Map<String, ?> producerOverrides) {
            this(parser, include, exclude, deduplicate, progress, producerOverrides, null);
        }

        public static Options defaults() {
            return new Options(ArticleParser.defaults(), List.of(), List.of(), true, Progress.silent(), Map.of());
        }
    }

    /** What happened to one article handed to {@link #publish}. */
    public enum Outcome { PUBLISHED, DUPLICATE, TOO_LARGE }

    private final Properties producerConfig;
    private final Serializer<Object> values;
    private KafkaProducer<String, Object> producer; // guarded by this; replaced after a fatal error
    private boolean initialised; // guarded by this
    private final Options options;
    private final Deduplicator seen;
    private final IngestSummary summary = new IngestSummary();
    private final ArticleSources sources;
    private int pending; // guarded by this
    private boolean inTransaction; // guarded by this

    public ArticlePublisher(String bootstrap, String registryUrl, Map<String, ?> producerOverrides) {
        this(bootstrap, registryUrl, new Options(ArticleParser.defaults(), List.of(), List.of(), true, Progress.silent(), producerOverrides));
    }

    public ArticlePublisher(String bootstrap, String registryUrl, Options options) {
        this.options = options;
        this.sources = new ArticleSources(options.parser(), options.include(), options.exclude(), options.parseThreads());
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        // Batch for throughput; articles compress well.
        p.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 8 * 1024 * 1024);
        p.putAll(options.producerOverrides());
        AvroSerializer<org.apache.avro.specific.SpecificRecord> avro = new AvroSerializer<>();
        avro.configure(Map.of(SerdeConfig.SCHEMA_REGISTRY_URL, registryUrl), false);
        StringSerializer strings = new StringSerializer();
        // Avro for articles and dead letters; the ingested-ids marks are plain text (a hex hash).
        values = (topic, v) -> v instanceof String s ? strings.serialize(topic, s)
                : avro.serialize(topic, (org.apache.avro.specific.SpecificRecord) v);
        producerConfig = p;
        producer = newProducer();
        // Transactions first: that fences an earlier run under the same id and ends its open transaction, so the
        // index read next holds everything that run committed, and waits for no transaction of it.
        producer.initTransactions();
        initialised = true;
        seen = options.deduplicate() ? Deduplicator.load(bootstrap, Topics.INGESTED_IDS,
                org.newsstream.schemas.TopicSetup.connection(options.producerOverrides())) : new Deduplicator();
    }

    // ---- sources (read by ArticleSources, which decides every input's format) ---------------------------

    /** Files and folders (recursively, in name order, through the glob filters); "-" is standard input. */
    public void publishPaths(List<String> paths, InputStream stdin) throws IOException {
        sources.readPaths(paths, stdin, this);
    }

    public void publishFile(Path file) {
        sources.readFile(file, this);
    }

    /** One input of any supported format. */
    public void publishStream(String source, InputStream raw) throws IOException {
        sources.readStream(source, raw, this);
    }

    /** A whole input already in memory (a file, a request body). */
    public void publishContent(String source, byte[] content) {
        sources.readContent(source, content, this);
    }

    @Override
    public void input(long bytes) {
        summary.input(bytes);
    }

    @Override
    public void bytesRead(long bytes) {
        summary.addBytes(bytes);
    }

    @Override
    public void totalBytes(long bytes) {
        options.progress().totalBytes(bytes);
    }

    @Override
    public void fileDone() {
        options.progress().update(summary, false);
    }

    /** Kafka failing is the run's failure, not one input's. */
    @Override
    public boolean fatal(RuntimeException e) {
        return e instanceof KafkaException;
    }

    @Override
    public void accept(ArticleParser.Parsed parsed) {
        if (parsed.ok()) {
            publish(parsed.article());
        } else {
            reject(parsed.origin(), parsed.error(), parsed.raw());
        }
        options.progress().update(summary, false);
    }

    // ---- publishing --------------------------------------------------------------------------------

    /** Publishes one article unless this exact article was published before. */
    public synchronized Outcome publish(RawArticle article) {
        if (seen.seenBefore(article)) {
            summary.countDuplicate();
            return Outcome.DUPLICATE;
        }
        long bytes = recordBytes(article);
        if (bytes > MAX_ARTICLE_RECORD_BYTES) {
            reject(article.getSource() == null ? article.getId() : article.getSource(), "article of " + bytes
                    + " bytes is over the " + MAX_ARTICLE_RECORD_BYTES + "-byte limit for one record",
                    article.getBody().getBytes(StandardCharsets.UTF_8));
            return Outcome.TOO_LARGE;
        }
        begin();
        long hash = Deduplicator.contentHash(article);
        failedAlready(producer.send(new ProducerRecord<>(Topics.RAW_ARTICLES, article.getId(), article)));
        failedAlready(producer.send(new ProducerRecord<>(Topics.INGESTED_IDS, article.getId(), Long.toHexString(hash))));
        seen.rememberPending(article.getId(), hash);
        summary.countPublished();
        if (++pending >= BATCH) {
            commit();
        }
        return Outcome.PUBLISHED;
    }

    /** UTF-8 size of an article's text fields, without encoding them. */
    static long recordBytes(RawArticle a) {
        return utf8Bytes(a.getBody()) + utf8Bytes(a.getOriginalText()) + utf8Bytes(a.getTitle()) + utf8Bytes(a.getUrl())
                + utf8Bytes(a.getId()) + utf8Bytes(a.getSource()) + utf8Bytes(a.getByline());
    }

    private static long utf8Bytes(CharSequence s) {
        if (s == null) {
            return 0;
        }
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            n += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isHighSurrogate(c) ? 2 : Character.isLowSurrogate(c) ? 2 : 3;
        }
        return n;
    }

    /**
     * Records an input that is not an article: reported, and sent to the dead-letter topic with its bytes (the
     * first {@link #MAX_DEAD_LETTER_VALUE_BYTES} of a larger one, its size in the message).
     */
    public synchronized void reject(String origin, String reason, byte[] raw) {
        LOG.warn("Rejected {}: {}", origin, reason);
        summary.rejected(origin, reason);
        begin();
        String message = origin + ": " + reason;
        if (raw != null && raw.length > MAX_DEAD_LETTER_VALUE_BYTES) {
            message += " [value cut to its first " + MAX_DEAD_LETTER_VALUE_BYTES + " of " + raw.length + " bytes]";
            raw = java.util.Arrays.copyOf(raw, MAX_DEAD_LETTER_VALUE_BYTES);
        }
        DeadLetter dl = DeadLetter.newBuilder()
                .setSourceTopic(Topics.RAW_ARTICLES)
                .setKey(ByteBuffer.wrap(origin.getBytes(StandardCharsets.UTF_8)))
                .setValue(raw == null ? null : ByteBuffer.wrap(raw))
                .setErrorClass("org.newsstream.ingest.RejectedInput")
                .setErrorMessage(message)
                .setStage("ingest")
                .setFailedAt(Instant.now())
                .build();
        failedAlready(producer.send(new ProducerRecord<>(Topics.DEAD_LETTERS, origin, dl)));
        pending++;
    }

    /**
     * A send that has already failed (no metadata within max.block.ms: Kafka is away) stops the run at once with
     * that error, rather than going on at one article per timeout.
     */
    private static void failedAlready(java.util.concurrent.Future<?> sent) {
        if (sent.isDone()) {
            try {
                sent.get();
            } catch (java.util.concurrent.ExecutionException e) {
                throw e.getCause() instanceof KafkaException k ? k : new KafkaException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new KafkaException(e);
            }
        }
    }

    private KafkaProducer<String, Object> newProducer() {
        Properties p = new Properties();
        p.putAll(producerConfig);
        // Transactions (which imply idempotence and acks=all): an article and its "ingested" mark commit together.
        p.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, options.transactionalId() != null ? options.transactionalId()
                : "newsstream-ingest-" + UUID.randomUUID());
        initialised = false;
        return new KafkaProducer<>(p, new StringSerializer(), values);
    }

    private void begin() {
        if (!initialised) {
            producer.initTransactions();
            initialised = true;
        }
        if (!inTransaction) {
            producer.beginTransaction();
            inTransaction = true;
        }
    }

    private void commit() {
        if (inTransaction) {
            producer.commitTransaction(); // flushes; fails if Kafka refused any record
            seen.committed();
            inTransaction = false;
            pending = 0;
        }
    }

    /** Commits everything so far: when this returns, Kafka has acknowledged every article and dead letter. */
    public synchronized IngestSummary flush() {
        try {
            commit();
        } catch (KafkaException e) {
            abort();
            throw e;
        }
        options.progress().update(summary, true);
        return summary;
    }

    /**
     * Drops the uncommitted batch (after a Kafka failure): none of it was published. A producer that cannot
     * even abort is replaced, so that the next request works again once Kafka is back.
     */
    public synchronized void abort() {
        if (inTransaction) {
            try {
                producer.abortTransaction();
            } catch (KafkaException | IllegalStateException e) {
                LOG.warn("Abort failed ({}); starting a new producer", e.toString());
                producer.close(Duration.ZERO);
                producer = newProducer();
            }
            inTransaction = false;
            pending = 0;
            seen.aborted();
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
