package org.newsstream.schemas;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericContainer;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Writes specific or generic Avro records in Confluent's wire format, byte-compatible with
 * Confluent's KafkaAvroSerializer (TopicNameStrategy subjects).
 */
public class AvroSerializer<T extends GenericContainer> implements Serializer<T> {
    private SchemaRegistryClient registry;
    private boolean isKey;
    private boolean autoRegister = true;
    private boolean useLatestVersion = false;

    /** Each thread's writers, by schema (identity: a record's schema is its class's constant), and its encoder. */
    private final ThreadLocal<Map<Schema, GenericDatumWriter<Object>>> writers = ThreadLocal.withInitial(IdentityHashMap::new);
    private final ThreadLocal<BinaryEncoder> encoders = new ThreadLocal<>();

    public AvroSerializer() {}

    public AvroSerializer(SchemaRegistryClient registry) {
        this.registry = registry;
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        this.isKey = isKey;
        if (registry == null) {
            registry = SerdeConfig.client(configs);
        }
        autoRegister = SerdeConfig.flag(configs, SerdeConfig.AUTO_REGISTER_SCHEMAS, true);
        useLatestVersion = SerdeConfig.flag(configs, SerdeConfig.USE_LATEST_VERSION, false);
    }

    private GenericDatumWriter<Object> writer(Schema schema, T record) {
        // Specific records need SpecificData for their logical-type conversions.
        return writers.get().computeIfAbsent(schema, s -> record instanceof SpecificRecord
                ? new SpecificDatumWriter<>(s, SpecificData.getForSchema(record.getSchema()))
                : new GenericDatumWriter<>(s));
    }

    @Override
    public byte[] serialize(String topic, T record) {
        if (record == null) {
            return null; // tombstones stay tombstones
        }
        String subject = isKey ? topic + "-key" : Topics.valueSubject(topic);
        Schema schema = record.getSchema();
        int id;
        if (useLatestVersion) {
            SchemaRegistryClient.Registered latest = registry.latest(subject);
            id = latest.id();
            schema = registry.schemaById(id); // the one instance kept per id: the writers below are cached by instance
        } else {
            id = autoRegister ? registry.register(subject, schema) : registry.lookup(subject, schema);
        }
        try {
            // The header first, then the datum through a buffered encoder into the same stream: one copy at the end.
            ByteArrayOutputStream out = new ByteArrayOutputStream(512);
            WireFormat.writeHeader(out, id);
            BinaryEncoder enc = EncoderFactory.get().binaryEncoder(out, encoders.get());
            encoders.set(enc);
            writer(schema, record).write(record, enc);
            enc.flush();
            return out.toByteArray();
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("Topic " + topic + ": cannot serialize " + schema.getFullName()
                    + " with schema id " + id + ": " + e.getMessage(), e);
        }
    }
}
