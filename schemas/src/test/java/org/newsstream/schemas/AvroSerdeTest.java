package org.newsstream.schemas;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsstream.avro.RawArticle;
import org.newsstream.registry.CompatibilityLevel;
import org.newsstream.registry.InMemorySchemaLog;
import org.newsstream.registry.SchemaRegistry;
import org.newsstream.registry.SchemaRegistryServer;

/** The serdes against a real registry over HTTP, checked byte for byte against Confluent's wire format. */
class AvroSerdeTest {
    private static final String TOPIC = "articles";
    private SchemaRegistryServer server;
    private SchemaRegistryClient client;

    @BeforeEach
    void start() throws Exception {
        server = new SchemaRegistryServer(new SchemaRegistry(new InMemorySchemaLog(), CompatibilityLevel.BACKWARD), "localhost", 0).start();
        client = new SchemaRegistryClient(server.url());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    static RawArticle article() {
        return RawArticle.newBuilder().setId("a1").setSource("test").setTitle("Title").setBody("Body text.")
                .setPublishedAt(Instant.parse("2023-09-13T05:10:00Z"))
                .setIngestedAt(Instant.now().truncatedTo(ChronoUnit.MILLIS))
                .setMetadata(Map.of("section", "world")).build();
    }

    @Test
    void specificRecordsRoundTripAndRegisterUnderTopicValue() {
        Serde<RawArticle> serde = AvroSerdes.specific(server.url());
        RawArticle a = article();
        byte[] bytes = serde.serializer().serialize(TOPIC, a);
        assertEquals(a, serde.deserializer().deserialize(TOPIC, bytes));
        SchemaRegistryClient.Registered latest = client.latest("articles-value");
        assertEquals(RawArticle.getClassSchema(), latest.schema());
        assertEquals(latest.id(), WireFormat.schemaId(TOPIC, bytes));
    }

    @Test
    void bytesAreMagicByteThenSchemaIdThenPlainAvroBinary() throws Exception {
        byte[] bytes = AvroSerdes.<RawArticle>specific(server.url()).serializer().serialize(TOPIC, article());
        assertEquals(0, bytes[0]);
        int id = ByteBuffer.wrap(bytes, 1, 4).getInt();
        // Any Avro tool can decode the rest with the schema the registry serves for that id.
        Schema schema = new Schema.Parser().parse(new SchemaRegistryClient(server.url()).schemaById(id).toString());
        GenericRecord decoded = new GenericDatumReader<GenericRecord>(schema)
                .read(null, DecoderFactory.get().binaryDecoder(bytes, 5, bytes.length - 5, null));
        assertEquals("a1", decoded.get("id").toString());
        assertEquals(Instant.parse("2023-09-13T05:10:00Z").toEpochMilli(), decoded.get("publishedAt"));
    }

    @Test
    void readsWhatConfluentsSerializerWouldWrite() throws Exception {
        // Confluent's KafkaAvroSerializer writes exactly: 0x00, id (4 bytes, big-endian), Avro binary.
        Schema schema = RawArticle.getClassSchema();
        int id = client.register("articles-value", schema);
        GenericRecord g = new GenericData.Record(schema);
        g.put("id", "c1");
        g.put("source", "confluent");
        g.put("body", "b");
        g.put("ingestedAt", 1_700_000_000_000L);
        g.put("metadata", Map.of());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0);
        out.write(ByteBuffer.allocate(4).putInt(id).array());
        BinaryEncoder enc = EncoderFactory.get().binaryEncoder(out, null);
        new GenericDatumWriter<GenericRecord>(schema).write(g, enc);
        enc.flush();
        RawArticle read = AvroSerdes.<RawArticle>specific(server.url()).deserializer().deserialize(TOPIC, out.toByteArray());
        assertEquals("c1", read.getId());
        assertEquals(Instant.ofEpochMilli(1_700_000_000_000L), read.getIngestedAt());
        // And our bytes for the same datum are identical to Confluent's.
        RawArticle same = RawArticle.newBuilder(read).build();
        assertArrayEquals(out.toByteArray(), AvroSerdes.<RawArticle>specific(server.url()).serializer().serialize(TOPIC, same));
    }

    @Test
    void anOlderWriterSchemaIsReadWithTheNewReadersDefaults() throws Exception {
        Schema v0 = new Schema.Parser().parse("{\"type\":\"record\",\"name\":\"RawArticle\",\"namespace\":\"org.newsstream.avro\",\"fields\":["
                + "{\"name\":\"id\",\"type\":\"string\"},{\"name\":\"source\",\"type\":\"string\"},{\"name\":\"body\",\"type\":\"string\"},"
                + "{\"name\":\"ingestedAt\",\"type\":{\"type\":\"long\",\"logicalType\":\"timestamp-millis\"}}]}");
        GenericRecord old = new GenericData.Record(v0);
        old.put("id", "old");
        old.put("source", "s");
        old.put("body", "b");
        old.put("ingestedAt", 5L);
        byte[] bytes = AvroSerdes.generic(Map.of(SerdeConfig.SCHEMA_REGISTRY_URL, server.url())).serializer().serialize(TOPIC, old);
        RawArticle read = AvroSerdes.<RawArticle>specific(server.url()).deserializer().deserialize(TOPIC, bytes);
        assertEquals("old", read.getId());
        assertNull(read.getTitle());
        assertEquals(Map.of(), read.getMetadata());
    }

    @Test
    void withoutAutoRegistrationAnUnregisteredSchemaFails() {
        Serde<RawArticle> serde = AvroSerdes.specific(Map.of(SerdeConfig.SCHEMA_REGISTRY_URL, server.url(),
                SerdeConfig.AUTO_REGISTER_SCHEMAS, "false"));
        SchemaRegistryClient.RegistryException e = assertThrows(SchemaRegistryClient.RegistryException.class,
                () -> serde.serializer().serialize(TOPIC, article()));
        assertEquals(40401, e.errorCode());
    }

    @Test
    void useLatestVersionWritesWithTheLatestRegisteredId() {
        int id = client.register("articles-value", RawArticle.getClassSchema());
        Serde<RawArticle> serde = AvroSerdes.specific(Map.of(SerdeConfig.SCHEMA_REGISTRY_URL, server.url(),
                SerdeConfig.AUTO_REGISTER_SCHEMAS, "false", SerdeConfig.USE_LATEST_VERSION, "true"));
        assertEquals(id, WireFormat.schemaId(TOPIC, serde.serializer().serialize(TOPIC, article())));
    }

    @Test
    void anUnknownSchemaIdFailsWithAClearError() {
        byte[] bytes = WireFormat.frame(4242, new byte[] {2, 'x'});
        SerializationException e = assertThrows(SerializationException.class,
                () -> AvroSerdes.<RawArticle>specific(server.url()).deserializer().deserialize(TOPIC, bytes));
        assertTrue(e.getMessage().contains("unknown schema id 4242") && e.getMessage().contains(TOPIC), e.getMessage());
    }

    @Test
    void avroJsonUnwrapsUnionsAndFormatsTimes() {
        String json = AvroJson.toJson(article()).toString();
        assertTrue(json.contains("\"title\":\"Title\""), json);
        assertTrue(json.contains("\"publishedAt\":\"2023-09-13T05:10:00Z\""), json);
        assertTrue(json.contains("\"metadata\":{\"section\":\"world\"}"), json);
    }

    @Test
    void serdesGiveTheRegistrysWriteTokenFromTheUrlOrFromBasicAuthUserInfo() throws Exception {
        server.close();
        server = new SchemaRegistryServer(new SchemaRegistry(new InMemorySchemaLog(), CompatibilityLevel.BACKWARD), "localhost", 0, "s3cret").start();
        RawArticle a = article();
        Serde<RawArticle> anonymous = AvroSerdes.specific(server.url());
        org.junit.jupiter.api.Assertions.assertThrows(org.apache.kafka.common.errors.SerializationException.class,
                () -> anonymous.serializer().serialize(TOPIC, a), "registering needs the token");
        Serde<RawArticle> inUrl = AvroSerdes.specific(server.url().replace("://", "://newsstream:s3cret@"));
        assertEquals(a, inUrl.deserializer().deserialize(TOPIC, inUrl.serializer().serialize(TOPIC, a)));
        Serde<RawArticle> userInfo = AvroSerdes.specific(Map.of(SerdeConfig.SCHEMA_REGISTRY_URL, server.url(),
                SerdeConfig.BASIC_AUTH_USER_INFO, "reader:s3cret", SerdeConfig.SPECIFIC_AVRO_READER, true));
        assertEquals(a, userInfo.deserializer().deserialize(TOPIC, userInfo.serializer().serialize(TOPIC, a)));
    }

    @Test
    void aMockUrlKeepsSchemasInMemorySharedByItsScopeWithTheSameWireFormat() {
        RawArticle a = article();
        Serde<RawArticle> writer = AvroSerdes.specific("mock://serde-test-a");
        Serde<RawArticle> reader = AvroSerdes.specific("mock://serde-test-a");
        byte[] bytes = writer.serializer().serialize(TOPIC, a);
        assertEquals(0, bytes[0], "magic byte");
        assertEquals(1, java.nio.ByteBuffer.wrap(bytes, 1, 4).getInt(), "the scope's first id");
        assertEquals(a, reader.deserializer().deserialize(TOPIC, bytes));
        org.junit.jupiter.api.Assertions.assertThrows(org.apache.kafka.common.errors.SerializationException.class,
                () -> AvroSerdes.<RawArticle>specific("mock://serde-test-b").deserializer().deserialize(TOPIC, bytes),
                "another scope does not know the id");
        MockSchemaRegistryClient.dropScope("serde-test-a");
        MockSchemaRegistryClient.dropScope("serde-test-b");
    }
}
