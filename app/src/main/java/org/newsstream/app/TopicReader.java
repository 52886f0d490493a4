package org.newsstream.app;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.newsstream.schemas.AvroSerdes;
import org.newsstream.schemas.SerdeConfig;
import org.newsstream.schemas.Topics;

/**
 * Reads topics without a consumer group and decodes each value with whatever schema its id names. A value
 * that cannot be decoded comes back with the reason and its topic, partition and offset, and reading goes on.
 */
final class TopicReader implements AutoCloseable {
    /** A decoded record, or the error that kept it from being decoded. */
    record Decoded(String topic, int partition, long offset, String key, byte[] bytes, GenericRecord value, String error) {}

    private final KafkaConsumer<String, byte[]> consumer;
    private final Deserializer<GenericRecord> values;

    TopicReader(String bootstrap, String registryUrl, List<String> topics, boolean fromBeginning) {
        this(bootstrap, Map.of(), registryUrl, topics, fromBeginning);
    }

    TopicReader(String bootstrap, Map<String, ?> clientSettings, String registryUrl, List<String> topics, boolean fromBeginning) {
        Properties p = new Properties();
        p.putAll(org.newsstream.schemas.TopicSetup.connection(clientSettings));
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        // Only what the processor committed: exactly-once output is read as exactly once.
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumer = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer());
        values = AvroSerdes.generic(Map.of(SerdeConfig.SCHEMA_REGISTRY_URL, registryUrl)).deserializer();
        List<TopicPartition> partitions = new ArrayList<>();
        for (String t : topics) {
            List<PartitionInfo> infos = consumer.partitionsFor(t, Duration.ofSeconds(30));
            if (infos == null || infos.isEmpty()) {
                throw new IllegalArgumentException("no such topic: " + t);
            }
            infos.forEach(i -> partitions.add(new TopicPartition(i.topic(), i.partition())));
        }
        consumer.assign(partitions);
        if (fromBeginning) {
            consumer.seekToBeginning(partitions);
        } else {
            consumer.seekToEnd(partitions);
        }
    }

    /**
     * Set while records wait for the schema registry, which could not be reached: they are read again, not skipped.
     * Cleared by the next record decoded.
     */
    private String registryAway;

    /** Why records are waiting ("schema registry … unreachable"), or null when none is. */
    String waitingFor() {
        return registryAway;
    }

    List<Decoded> poll(Duration timeout) {
        List<Decoded> out = new ArrayList<>();
        java.util.Set<TopicPartition> held = new java.util.HashSet<>();
        for (ConsumerRecord<String, byte[]> r : consumer.poll(timeout)) {
            TopicPartition tp = new TopicPartition(r.topic(), r.partition());
            if (held.contains(tp)) {
                continue; // this partition waits behind a record the registry must decode first
            }
            try {
                out.add(new Decoded(r.topic(), r.partition(), r.offset(), r.key(), r.value(), values.deserialize(r.topic(), r.value()), null));
                registryAway = null; // it answered (or was not needed): whatever waited goes on
            } catch (RuntimeException e) {
                if (e.getCause() instanceof java.io.IOException) {
                    // The registry is away, not the record wrong: read it again, in order, once the registry is back.
                    registryAway = e.getMessage();
                    held.add(tp);
                    consumer.seek(tp, r.offset());
                    continue;
                }
                out.add(new Decoded(r.topic(), r.partition(), r.offset(), r.key(), r.value(), null,
                        "cannot decode record at " + r.topic() + " partition " + r.partition() + " offset " + r.offset()
                                + ": " + e.getMessage()));
            }
        }
        return out;
    }

    /** Whether Kafka answers within the timeout (the reader's own connection: a cheap metadata request). */
    boolean kafkaReachable(String topic, Duration timeout) {
        try {
            consumer.partitionsFor(topic, timeout);
            return true;
        } catch (org.apache.kafka.common.errors.TimeoutException e) {
            return false;
        }
    }

    /** "quotes" -> newsstream.quotes; a full topic name passes through. */
    static String topicOf(String nameOrAlias) {
        return switch (nameOrAlias) {
            case "raw", "articles" -> Topics.RAW_ARTICLES;
            case "quotes" -> Topics.QUOTES;
            case "entities" -> Topics.ENTITIES;
            case "geolocations", "geo" -> Topics.GEOLOCATIONS;
            case "deadletters", "dead-letters", "dlq" -> Topics.DEAD_LETTERS;
            default -> nameOrAlias;
        };
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(5));
    }
}
