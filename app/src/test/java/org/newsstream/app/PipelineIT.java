package org.newsstream.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.DecoderFactory;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsstream.schemas.Topics;

/**
 * End to end on a real broker (in-process KRaft) and our registry: the CLI's ingest publishes, the processor
 * extracts, and every output topic and the dead-letter topic are read back and decoded with plain Avro.
 */
class PipelineIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static TempStack running;
    private static EmbeddedStack stack;
    private static Path dataDir;

    @BeforeAll
    static void start() throws Exception {
        running = TempStack.start("newsstream-it");
        stack = running.stack();
        dataDir = running.dataDir();
    }

    @AfterAll
    static void stop() throws Exception {
        running.close();
    }

    @Test
    void ingestedArticlesComeOutOnAllThreeTopicsAndBadInputOnTheDeadLetterTopic() throws Exception {
        Path in = Files.createDirectories(dataDir.resolve("in"));
        Files.write(in.resolve("seed.txt"), DemoCommand.resource("/samples/articles/id-liputan6-kim-putin-vostochny.txt"));
        Files.write(in.resolve("lyon.txt"), DemoCommand.resource("/samples/articles/fr-lyon-transports.txt"));
        Files.writeString(in.resolve("empty.txt"), "   \n");
        Files.writeString(in.resolve("broken.jsonl"), "{\"title\": \"no body here\"}\n");
        int code = Newsstream.run("ingest", "--bootstrap", stack.bootstrapServers(), "--registry", stack.registryUrl(), in.toString());
        assertEquals(0, code);
        try (KafkaProducer<String, byte[]> p = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers()),
                new StringSerializer(), new ByteArraySerializer())) {
            p.send(new ProducerRecord<>(Topics.RAW_ARTICLES, "junk", new byte[] {0, 0, 0, 0x7f, 0x7f, 1, 2})).get();
        }

        Map<String, List<ConsumerRecord<String, byte[]>>> out = readUntil(Map.of(
                Topics.QUOTES, 8, Topics.ENTITIES, 20, Topics.GEOLOCATIONS, 12, Topics.DEAD_LETTERS, 3), Duration.ofSeconds(90));

        List<GenericRecord> quotes = decodeAll(out.get(Topics.QUOTES));
        assertTrue(quotes.stream().anyMatch(q -> "Dmitry Peskov".equals(String.valueOf(q.get("speaker")))));
        assertTrue(quotes.stream().anyMatch(q -> "Sophie Martin".equals(String.valueOf(q.get("speaker")))));
        List<GenericRecord> entities = decodeAll(out.get(Topics.ENTITIES));
        assertTrue(entities.stream().anyMatch(e -> e.get("name").toString().equals("Vladimir Putin") && e.get("type").toString().equals("PERSON")));
        List<GenericRecord> geos = decodeAll(out.get(Topics.GEOLOCATIONS));
        GenericRecord lyon = geos.stream().filter(g -> g.get("mention").toString().equalsIgnoreCase("Lyon")).findFirst().orElseThrow();
        assertEquals(45.75, (Double) lyon.get("latitude"), 0.2);
        // Every output record of one article carries its id as key.
        String seedKey = out.get(Topics.QUOTES).stream().filter(r -> r.key().startsWith("c-")).findFirst().orElseThrow().key();
        assertTrue(out.get(Topics.ENTITIES).stream().anyMatch(r -> r.key().equals(seedKey)));

        List<GenericRecord> dead = decodeAll(out.get(Topics.DEAD_LETTERS));
        List<String> reasons = dead.stream().map(d -> d.get("stage") + ": " + d.get("errorMessage")).toList();
        assertTrue(reasons.stream().anyMatch(r -> r.startsWith("ingest: ") && r.contains("empty.txt") && r.contains("empty input")), reasons.toString());
        assertTrue(reasons.stream().anyMatch(r -> r.startsWith("ingest: ") && r.contains("broken.jsonl:1") && r.contains("body")), reasons.toString());
        assertTrue(reasons.stream().anyMatch(r -> r.startsWith("deserialize: ") && r.contains("unknown schema id 32639")), reasons.toString());
    }

    @Test
    void aPlainConsumerWithOurDeserializerNamesTopicPartitionAndOffsetOfABadRecord() throws Exception {
        String topic = "newsstream.it.badbytes";
        try (org.apache.kafka.clients.admin.Admin admin = org.apache.kafka.clients.admin.Admin.create(
                Map.of("bootstrap.servers", stack.bootstrapServers()))) {
            admin.createTopics(List.of(new org.apache.kafka.clients.admin.NewTopic(topic, 1, (short) 1))).all().get();
        }
        try (KafkaProducer<String, byte[]> p = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers()),
                new StringSerializer(), new ByteArraySerializer())) {
            p.send(new ProducerRecord<>(topic, "k", "not avro".getBytes())).get();
        }
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "bad-bytes-it");
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        org.apache.kafka.common.serialization.Deserializer<Object> values = new org.newsstream.schemas.AvroDeserializer<>();
        values.configure(Map.of("schema.registry.url", stack.registryUrl()), false);
        try (KafkaConsumer<String, Object> c = new KafkaConsumer<>(p, new StringDeserializer(), values)) {
            c.subscribe(List.of(topic));
            org.apache.kafka.common.errors.RecordDeserializationException e = org.junit.jupiter.api.Assertions.assertThrows(
                    org.apache.kafka.common.errors.RecordDeserializationException.class, () -> {
                        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                        while (System.nanoTime() < deadline) {
                            c.poll(Duration.ofMillis(500));
                        }
                    });
            assertEquals(topic, e.topicPartition().topic());
            assertEquals(0, e.offset());
            String message = e.getMessage() + " / " + e.getCause().getMessage();
            assertTrue(message.contains(topic + "-0") && message.contains("offset 0") && message.contains("magic byte"), message);
        }
    }

    @Test
    void aVersionTwoArticleIsReadByTheVersionOneProcessorAndItsOutputByAVersionTwoReader() throws Exception {
        // Version 2 of the article schema: one new field with a default (backward and forward compatible).
        Schema v1 = org.newsstream.avro.RawArticle.getClassSchema();
        Schema v2 = addField(v1, "paywalled", "{\"type\": \"boolean\", \"default\": false}");
        org.apache.avro.generic.GenericRecord article = new org.apache.avro.generic.GenericData.Record(v2);
        for (Schema.Field f : v2.getFields()) {
            article.put(f.name(), f.hasDefaultValue() ? org.apache.avro.generic.GenericData.get().getDefaultValue(f) : null);
        }
        article.put("id", "v2-article");
        article.put("source", "pipeline-it");
        article.put("title", "Version two");
        article.put("body", "\"We read the new field and ignore it,\" said Maria Jansen, the port's director, in Rotterdam.");
        article.put("ingestedAt", java.time.Instant.now().toEpochMilli());
        article.put("paywalled", true);
        var generic = org.newsstream.schemas.AvroSerdes.generic(Map.of("schema.registry.url", stack.registryUrl())).serializer();
        try (KafkaProducer<String, byte[]> p = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers()),
                new StringSerializer(), new ByteArraySerializer())) {
            p.send(new ProducerRecord<>(Topics.RAW_ARTICLES, "v2-article", generic.serialize(Topics.RAW_ARTICLES, article))).get();
        }
        ConsumerRecord<String, byte[]> quote = null;
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (quote == null && System.nanoTime() < deadline) {
            quote = PipelineOutputs.readCommitted(stack.bootstrapServers(), Topics.QUOTES).stream()
                    .filter(r -> r.key().equals("v2-article")).findFirst().orElse(null);
        }
        assertTrue(quote != null, "the version-1 processor read the version-2 article");
        // A consumer with version 2 of the quote schema reads the version-1 record, the new field at its default.
        Schema quoteV2 = addField(org.newsstream.avro.Quote.getClassSchema(), "sentiment", "{\"type\": [\"null\", \"string\"], \"default\": null}");
        byte[] v = quote.value();
        Schema writer = new org.newsstream.schemas.SchemaRegistryClient(stack.registryUrl()).schemaById(ByteBuffer.wrap(v, 1, 4).getInt());
        GenericRecord read = new GenericDatumReader<GenericRecord>(writer, quoteV2).read(null, DecoderFactory.get().binaryDecoder(v, 5, v.length - 5, null));
        assertEquals("Maria Jansen", read.get("speaker").toString());
        assertEquals(null, read.get("sentiment"));
    }

    private static Schema addField(Schema schema, String name, String typeAndDefault) throws Exception {
        com.fasterxml.jackson.databind.node.ObjectNode json = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(schema.toString());
        com.fasterxml.jackson.databind.node.ObjectNode field = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(typeAndDefault);
        com.fasterxml.jackson.databind.node.ObjectNode f = JSON.createObjectNode().put("name", name);
        f.set("type", field.get("type"));
        f.set("default", field.get("default"));
        ((com.fasterxml.jackson.databind.node.ArrayNode) json.get("fields")).add(f);
        return new Schema.Parser().parse(json.toString());
    }

    /** Reads until each topic has at least the given number of records. */
    private static Map<String, List<ConsumerRecord<String, byte[]>>> readUntil(Map<String, Integer> want, Duration timeout) {
        Map<String, List<ConsumerRecord<String, byte[]>>> got = new HashMap<>();
        want.keySet().forEach(t -> got.put(t, new ArrayList<>()));
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "pipeline-it");
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        long deadline = System.nanoTime() + timeout.toNanos();
        try (KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer())) {
            c.subscribe(want.keySet());
            while (System.nanoTime() < deadline && want.entrySet().stream().anyMatch(e -> got.get(e.getKey()).size() < e.getValue())) {
                c.poll(Duration.ofMillis(500)).forEach(r -> got.get(r.topic()).add(r));
            }
        }
        want.forEach((t, n) -> assertTrue(got.get(t).size() >= n, t + ": " + got.get(t).size() + " records, wanted " + n));
        return got;
    }

    /** Wire format check and decode with plain Avro: byte 0 is 0, bytes 1-4 an id the registry serves. */
    private static List<GenericRecord> decodeAll(List<ConsumerRecord<String, byte[]>> records) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        Map<Integer, Schema> schemas = new HashMap<>();
        List<GenericRecord> out = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> r : records) {
            byte[] v = r.value();
            assertEquals(0, v[0], "magic byte");
            int id = ByteBuffer.wrap(v, 1, 4).getInt();
            Schema schema = schemas.get(id);
            if (schema == null) {
                HttpResponse<String> resp = http.send(HttpRequest.newBuilder(URI.create(stack.registryUrl() + "/schemas/ids/" + id)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(200, resp.statusCode());
                JsonNode body = JSON.readTree(resp.body());
                schema = new Schema.Parser().parse(body.get("schema").asText());
                schemas.put(id, schema);
            }
            out.add(new GenericDatumReader<GenericRecord>(schema).read(null, DecoderFactory.get().binaryDecoder(v, 5, v.length - 5, null)));
        }
        return out;
    }
}
