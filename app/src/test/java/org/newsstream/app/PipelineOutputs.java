package org.newsstream.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.newsstream.avro.RawArticle;
import org.newsstream.engine.ArticleInput;
import org.newsstream.engine.Extraction;
import org.newsstream.engine.ExtractionEngine;
import org.newsstream.processor.ProcessorApp;
import org.newsstream.schemas.Topics;

/** What the reliability tests read back: the processor's progress, and the output topics as read_committed sees them. */
final class PipelineOutputs {
    private PipelineOutputs() {}

    /**
     * Settings of a test's producer of input: one request in flight per partition. A fresh broker answers its first
     * requests NOT_LEADER_OR_FOLLOWER; with several in flight, an idempotent producer's retried first batch can then
     * arrive after later ones and be refused for good (OUT_OF_ORDER_SEQUENCE_NUMBER).
     */
    static Map<String, Object> inputProducer(String bootstrap) {
        return Map.of("bootstrap.servers", bootstrap, "max.in.flight.requests.per.connection", 1);
    }

    /** Raw articles the processor has committed so far. */
    static long committed(String bootstrap) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            return admin.listConsumerGroupOffsets(ProcessorApp.DEFAULT_APPLICATION_ID).partitionsToOffsetAndMetadata().get()
                    .values().stream().filter(java.util.Objects::nonNull).mapToLong(OffsetAndMetadata::offset).sum();
        }
    }

    /** Until the processor's committed offsets reach the end of every raw partition. */
    static void awaitConsumed(String bootstrap, Duration timeout) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (true) {
                Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
                for (var p : admin.describeTopics(List.of(Topics.RAW_ARTICLES)).allTopicNames().get().get(Topics.RAW_ARTICLES).partitions()) {
                    latest.put(new TopicPartition(Topics.RAW_ARTICLES, p.partition()), OffsetSpec.latest());
                }
                var ends = admin.listOffsets(latest).all().get();
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(ProcessorApp.DEFAULT_APPLICATION_ID)
                        .partitionsToOffsetAndMetadata().get();
                if (ends.entrySet().stream().allMatch(e -> e.getValue().offset() == 0
                        || committed.get(e.getKey()) != null && committed.get(e.getKey()).offset() >= e.getValue().offset())) {
                    return;
                }
                assertTrue(System.nanoTime() < deadline, "processor did not consume everything: " + committed + " of " + ends);
                Thread.sleep(300);
            }
        }
    }

    /**
     * Every committed record of a topic, read to the high watermark rather than the last stable offset: a killed
     * processor's open transaction holds the latter back until the broker aborts it, and what came after counts too.
     */
    static List<ConsumerRecord<String, byte[]>> readCommitted(String bootstrap, String topic) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 2 * 1024 * 1024);
        List<ConsumerRecord<String, byte[]>> out = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> parts = c.partitionsFor(topic).stream().map(i -> new TopicPartition(topic, i.partition())).toList();
            c.assign(parts);
            c.seekToBeginning(parts);
            Map<TopicPartition, Long> end;
            Properties u = new Properties();
            u.putAll(p);
            u.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_uncommitted");
            try (KafkaConsumer<String, byte[]> peek = new KafkaConsumer<>(u, new StringDeserializer(), new ByteArrayDeserializer())) {
                end = peek.endOffsets(parts);
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (parts.stream().anyMatch(tp -> c.position(tp) < end.get(tp)) && System.nanoTime() < deadline) {
                c.poll(Duration.ofMillis(200)).forEach(out::add);
            }
        }
        return out;
    }

    /**
     * Articles whose records on the three output topics are not exactly those the engine gives for them (a missing
     * or a duplicated record); empty when every article came out exactly once.
     */
    static List<String> notExactlyOnce(String bootstrap, Collection<RawArticle> articles) {
        ExtractionEngine engine = ExtractionEngine.createDefault();
        Map<String, Integer> want = new HashMap<>();
        for (RawArticle a : articles) {
            Extraction x = engine.extract(new ArticleInput(a.getId(), a.getTitle(), a.getBody(), a.getLanguage(), a.getPublishedAt()));
            want.put(Topics.QUOTES + "/" + a.getId(), x.quotes().size());
            want.put(Topics.ENTITIES + "/" + a.getId(), x.entities().size());
            want.put(Topics.GEOLOCATIONS + "/" + a.getId(), x.geolocations().size());
        }
        Map<String, Integer> got = new HashMap<>();
        for (String topic : List.of(Topics.QUOTES, Topics.ENTITIES, Topics.GEOLOCATIONS)) {
            readCommitted(bootstrap, topic).forEach(r -> got.merge(topic + "/" + r.key(), 1, Integer::sum));
        }
        want.values().removeIf(n -> n == 0);
        List<String> wrong = new ArrayList<>();
        want.forEach((k, n) -> {
            if (!n.equals(got.get(k))) {
                wrong.add(k + " want " + n + " got " + got.get(k));
            }
        });
        got.keySet().stream().filter(k -> !want.containsKey(k)).forEach(k -> wrong.add(k + " unexpected"));
        return wrong;
    }
}
