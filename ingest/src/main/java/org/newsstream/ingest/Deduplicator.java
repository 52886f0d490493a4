package org.newsstream.ingest;

import it.unimi.dsi.fastutil.longs.Long2LongOpenHashMap;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.newsstream.avro.RawArticle;

/**
 * Remembers every article ingest has published (id -> hash of its title and body), loaded from the compacted
 * ingested-ids topic, so that feeding the same folder or feed again publishes nothing new, while an article
 * whose text changed under the same id is published again. 64-bit hashes keep it at ~20 bytes per article.
 */
public final class Deduplicator {
    private final Long2LongOpenHashMap seen = new Long2LongOpenHashMap();
    /** Sent in the open transaction: remembered for good on commit, forgotten on abort. */
    private final Long2LongOpenHashMap pending = new Long2LongOpenHashMap();

    /** Whether this exact article (same id, same text) was published before, or is in the open batch. */
    public synchronized boolean seenBefore(RawArticle a) {
        long id = hash(a.getId());
        long content = contentHash(a);
        return (pending.containsKey(id) && pending.get(id) == content) || (seen.containsKey(id) && seen.get(id) == content);
    }

    public synchronized void remember(String articleId, long contentHash) {
        seen.put(hash(articleId), contentHash);
    }

    synchronized void rememberPending(String articleId, long contentHash) {
        pending.put(hash(articleId), contentHash);
    }

    synchronized void committed() {
        seen.putAll(pending);
        pending.clear();
    }

    synchronized void aborted() {
        pending.clear();
    }

    public synchronized int size() {
        return seen.size();
    }

    /** Reads the whole ingested-ids topic (committed records only). */
    public static Deduplicator load(String bootstrap, String topic) {
        return load(bootstrap, topic, Map.of());
    }

    /** @param connection how to reach Kafka besides its address (security.protocol, sasl.*, ssl.*) */
    public static Deduplicator load(String bootstrap, String topic, Map<String, ?> connection) {
        Deduplicator d = new Deduplicator();
        Properties p = new Properties();
        p.putAll(connection);
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (KafkaConsumer<String, String> c = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> parts = new ArrayList<>();
            for (PartitionInfo i : c.partitionsFor(topic, Duration.ofSeconds(30))) {
                parts.add(new TopicPartition(topic, i.partition()));
            }
            c.assign(parts);
            c.seekToBeginning(parts);
            // Read up to the high watermark, not just the last stable offset: markers of a transaction that
            // committed a moment ago may still be on their way, and its ids must count.
            Map<TopicPartition, Long> end;
            Properties u = new Properties();
            u.putAll(p);
            u.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_uncommitted");
            try (KafkaConsumer<String, String> peek = new KafkaConsumer<>(u, new StringDeserializer(), new StringDeserializer())) {
                end = peek.endOffsets(parts);
            }
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (parts.stream().anyMatch(tp -> c.position(tp) < end.get(tp)) && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : c.poll(Duration.ofMillis(200))) {
                    if (r.value() != null) {
                        d.remember(r.key(), Long.parseUnsignedLong(r.value(), 16));
                    }
                }
            }
        }
        return d;
    }

    public static long contentHash(RawArticle a) {
        return hash((a.getTitle() == null ? "" : a.getTitle()) + "\n" + a.getBody());
    }

    static long hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(d).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
