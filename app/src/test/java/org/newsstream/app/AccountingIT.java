package org.newsstream.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsstream.avro.DeadLetter;
import org.newsstream.avro.Quote;
import org.newsstream.avro.RawArticle;
import org.newsstream.schemas.AvroSerdes;
import org.newsstream.schemas.Topics;

/**
 * Accounting on the real broker: a mix of good articles and every kind of bad record goes onto the raw topic, and
 * once the processor has consumed all of it, articles in = articles enriched + dead letters, with no duplicate,
 * and the stream still takes the next article.
 */
class AccountingIT {
    private static TempStack running;
    private static EmbeddedStack stack;

    @BeforeAll
    static void start() throws Exception {
        running = TempStack.start("newsstream-accounting");
        stack = running.stack();
    }

    @AfterAll
    static void stop() throws Exception {
        running.close();
    }

    static RawArticle article(String id, String body) {
        return RawArticle.newBuilder().setId(id).setSource("accounting-it").setTitle("T " + id).setBody(body)
                .setIngestedAt(Instant.now()).build();
    }

    @Test
    void everyRecordIsEnrichedOrDeadLetteredOnceAndTheStreamGoesOn() throws Exception {
        var articles = AvroSerdes.<RawArticle>specific(stack.registryUrl()).serializer();
        var quotes = AvroSerdes.<Quote>specific(stack.registryUrl()).serializer();
        Map<String, byte[]> good = new HashMap<>();
        Map<String, byte[]> bad = new HashMap<>();
        for (int i = 0; i < 20; i++) {
            good.put("good-" + i, articles.serialize(Topics.RAW_ARTICLES, article("good-" + i,
                    "Officials in Leeds said on Monday that Mayor Jane Holloway " + i + " would visit Manchester.")));
        }
        good.put("empty-body", articles.serialize(Topics.RAW_ARTICLES, article("empty-body", "")));
        good.put("hostile", articles.serialize(Topics.RAW_ARTICLES, article("hostile",
                "\"Ab \u201cCd\u201d Jakarta \u00abEf\u00bb said Budi ".repeat(2_500)))); // 90,000 characters of quotes and names
        good.put("deep-brackets", articles.serialize(Topics.RAW_ARTICLES, article("deep-brackets", "(".repeat(40_000) + ")".repeat(40_000))));
        byte[] valid = articles.serialize(Topics.RAW_ARTICLES, article("template", "A body to cut short."));
        bad.put("wrong-magic", "{\"body\":\"json, not Avro\"}".getBytes(StandardCharsets.UTF_8));
        bad.put("unknown-schema-id", new byte[] {0, 0, 0, 0x7f, 0x7e, 2, 'a'});
        bad.put("truncated", Arrays.copyOf(valid, valid.length / 2));
        bad.put("other-schema", quotes.serialize(Topics.QUOTES, Quote.newBuilder().setArticleId("x").setQuoteId("q").setText("t")
                .setSpeaker("s").setLanguage("en").setStart(0).setEnd(1).build()));
        byte[] junk = new byte[5000];
        new Random(7).nextBytes(junk);
        bad.put("binary-junk", junk);
        bad.put("over-the-limit", articles.serialize(Topics.RAW_ARTICLES, article("over-the-limit", "Kata Budi \"Ya\" di Jakarta. ".repeat(330_000)))); // 8.9 MB

        Map<String, Object> producerConfig = new java.util.HashMap<>(PipelineOutputs.inputProducer(stack.bootstrapServers()));
        producerConfig.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 10 * 1024 * 1024);
        try (KafkaProducer<String, byte[]> p = new KafkaProducer<>(producerConfig, new StringSerializer(), new ByteArraySerializer())) {
            for (Map.Entry<String, byte[]> e : good.entrySet()) {
                p.send(new ProducerRecord<>(Topics.RAW_ARTICLES, e.getKey(), e.getValue())).get();
            }
            for (Map.Entry<String, byte[]> e : bad.entrySet()) {
                p.send(new ProducerRecord<>(Topics.RAW_ARTICLES, e.getKey(), e.getValue())).get();
            }
        }
        PipelineOutputs.awaitConsumed(stack.bootstrapServers(), Duration.ofSeconds(120));

        List<ConsumerRecord<String, byte[]>> dead = PipelineOutputs.readCommitted(stack.bootstrapServers(), Topics.DEAD_LETTERS);
        var deadLetters = AvroSerdes.<DeadLetter>specific(stack.registryUrl()).deserializer();
        Map<String, String> reasons = new HashMap<>();
        for (ConsumerRecord<String, byte[]> r : dead) {
            DeadLetter d = deadLetters.deserialize(Topics.DEAD_LETTERS, r.value());
            assertTrue(reasons.put(r.key(), d.getStage() + ": " + d.getErrorMessage()) == null, "one dead letter per record: " + r.key());
            assertTrue(d.getValue() == null || d.getValue().remaining() <= 1024 * 1024, "a dead letter that can be sent");
        }
        assertEquals(bad.keySet(), reasons.keySet(), "every bad record, and only those, is a dead letter: " + reasons);
        assertTrue(reasons.get("over-the-limit").contains("engine.max.article.chars"), reasons.get("over-the-limit"));
        assertTrue(reasons.get("unknown-schema-id").contains("deserialize"), reasons.get("unknown-schema-id"));
        assertTrue(reasons.get("other-schema").contains("a record of schema org.newsstream.avro.Quote, not a RawArticle"), reasons.get("other-schema"));

        // Every good article was enriched once: its entities came out, none twice (one record per entity).
        Set<String> withEntities = new HashSet<>();
        Map<String, Integer> entityRecords = new HashMap<>();
        for (ConsumerRecord<String, byte[]> r : PipelineOutputs.readCommitted(stack.bootstrapServers(), Topics.ENTITIES)) {
            withEntities.add(r.key());
            entityRecords.merge(r.key(), 1, Integer::sum);
        }
        for (int i = 0; i < 20; i++) {
            assertTrue(withEntities.contains("good-" + i), "good-" + i + " enriched");
        }
        int firstCount = entityRecords.get("good-0");
        assertTrue(entityRecords.entrySet().stream().filter(e -> e.getKey().startsWith("good-")).allMatch(e -> e.getValue() == firstCount),
                "the same entities for every good article, none duplicated: " + entityRecords);

        // The stream is still running: the next article is enriched too.
        try (KafkaProducer<String, byte[]> p = new KafkaProducer<>(producerConfig, new StringSerializer(), new ByteArraySerializer())) {
            p.send(new ProducerRecord<>(Topics.RAW_ARTICLES, "after", articles.serialize(Topics.RAW_ARTICLES,
                    article("after", "Officials in Leeds met engineers from Sheffield.")))).get();
        }
        PipelineOutputs.awaitConsumed(stack.bootstrapServers(), Duration.ofSeconds(60));
        assertTrue(PipelineOutputs.readCommitted(stack.bootstrapServers(), Topics.ENTITIES).stream().anyMatch(r -> r.key().equals("after")));
    }
}
