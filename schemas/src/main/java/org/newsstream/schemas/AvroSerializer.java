package org.newsstream.schemas;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
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
            schema = latest.schema();
        } else {
            id = autoRegister ? registry.register(subject, schema) : registry.lookup(subject, schema);
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(256);
            BinaryEncoder enc = EncoderFactory.get().directBinaryEncoder(out, null);
            // Specific records need SpecificData for their logical-type conversions.
            GenericDatumWriter<Object> writer = record instanceof SpecificRecord
                    ? new SpecificDatumWriter<>(schema, SpecificData.getForSchema(record.getSchema()))
                    : new GenericDatumWriter<>(schema);
            writer.write(record, enc);
            enc.flush();
            return WireFormat.frame(id, out.toByteArray());
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("Topic " + topic + ": cannot serialize " + schema.getFullName()
                    + " with schema id " + id + ": " + e.getMessage(), e);
        }
    }
}
