package org.newsstream.processor;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.newsstream.avro.DeadLetter;
import org.newsstream.avro.RawArticle;
import org.newsstream.engine.ArticleInput;
import org.newsstream.engine.Extraction;
import org.newsstream.engine.ExtractionEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads raw bytes, decodes the article and runs the engine. Decoding happens here rather than in a
 * Consumed serde so that a bad record becomes a dead letter carrying its bytes, partition and offset,
 * and the stream goes on. Only a failure of the article itself (decoding, extraction) is its dead letter:
 * Kafka Streams' own exceptions while forwarding propagate, so that the runtime retries or fences as it must.
 */
final class ExtractProcessor implements Processor<byte[], byte[], String, Outcome> {
    private static final Logger LOG = LoggerFactory.getLogger(ExtractProcessor.class);
    /** A dead letter keeps this much of the record's value (and says how large it was), so it can always be sent. */
    static final int MAX_DEAD_LETTER_VALUE_BYTES = 1024 * 1024;

    private final Deserializer<RawArticle> articles;
    private final ExtractionEngine engine;
    private ProcessorContext<String, Outcome> context;

    ExtractProcessor(Deserializer<RawArticle> articles, ExtractionEngine engine) {
        this.articles = articles;
        this.engine = engine;
    }

    @Override
    public void init(ProcessorContext<String, Outcome> context) {
        this.context = context;
    }

    @Override
    public void process(Record<byte[], byte[]> record) {
        String key = record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8);
        RawArticle article;
        String topic = context.recordMetadata().map(RecordMetadata::topic).orElse("unknown");
        try {
            if (record.value() == null) {
                throw new IllegalArgumentException("record has no value (a tombstone is not an article)");
            }
            Object decoded = articles.deserialize(topic, record.value()); // not cast yet: it may be of another schema
            if (!(decoded instanceof RawArticle a)) {
                throw new IllegalArgumentException("a record of schema " + (decoded instanceof org.apache.avro.generic.GenericContainer g
                        ? g.getSchema().getFullName() : String.valueOf(decoded)) + ", not a RawArticle");
            }
            article = a;
        } catch (RuntimeException e) {
            deadLetter(record, key, "deserialize", e);
            return;
        }
        Extraction extraction;
        try {
            extraction = engine.extract(new ArticleInput(article.getId(), article.getTitle(), article.getBody(),
                    article.getLanguage(), article.getPublishedAt()));
        } catch (RuntimeException e) {
            deadLetter(record, key != null ? key : article.getId(), "process", e);
            return;
        }
        context.forward(record.withKey(key != null ? key : article.getId()).withValue(new Outcome.Extracted(article, extraction)));
    }

    private void deadLetter(Record<byte[], byte[]> record, String key, String stage, RuntimeException e) {
        RecordMetadata m = context.recordMetadata().orElse(null);
        String where = m == null ? "?" : m.topic() + "-" + m.partition() + "@" + m.offset();
        LOG.warn("Dead-lettering record {} ({}): {}", where, stage, e.toString());
        byte[] value = record.value();
        String message = String.valueOf(e.getMessage());
        if (value != null && value.length > MAX_DEAD_LETTER_VALUE_BYTES) {
            message += " [value cut to its first " + MAX_DEAD_LETTER_VALUE_BYTES + " of " + value.length + " bytes]";
            value = Arrays.copyOf(value, MAX_DEAD_LETTER_VALUE_BYTES);
        }
        DeadLetter dl = DeadLetter.newBuilder()
                .setSourceTopic(m == null ? "unknown" : m.topic())
                .setPartition(m == null ? -1 : m.partition())
                .setOffset(m == null ? -1 : m.offset())
                .setKey(record.key() == null ? null : ByteBuffer.wrap(record.key()))
                .setValue(value == null ? null : ByteBuffer.wrap(value))
                .setErrorClass(e.getClass().getName())
                .setErrorMessage(message)
                .setStage(stage)
                .setFailedAt(Instant.now())
                .build();
        context.forward(record.withKey(key).withValue(new Outcome.Failed(dl)));
    }
}
