package org.newsstream.schemas;

import java.util.HashMap;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads Confluent-wire-format Avro written by any schema version: the writer schema is fetched by id
 * (and cached); with specific.avro.reader=true the generated class's schema is the reader schema, so
 * Avro's schema resolution applies the evolution rules.
 */
public class AvroDeserializer<T> implements Deserializer<T> {
    private SchemaRegistryClient registry;
    private boolean specific;

    public AvroDeserializer() {}

    public AvroDeserializer(SchemaRegistryClient registry, boolean specific) {
        this.registry = registry;
        this.specific = specific;
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        if (registry == null) {
            registry = SerdeConfig.client(configs);
        }
        specific = SerdeConfig.flag(configs, SerdeConfig.SPECIFIC_AVRO_READER, specific);
    }

    private final ThreadLocal<Map<Integer, DatumReader<Object>>> readers = ThreadLocal.withInitial(HashMap::new);
    private final ThreadLocal<BinaryDecoder> decoders = new ThreadLocal<>();

    private DatumReader<Object> reader(String topic, int id, Schema writer) {
        if (!specific) {
            return new GenericDatumReader<>(writer);
        }
        SpecificData sd = SpecificData.getForSchema(writer);
        Class<?> cls = sd.getClass(writer);
        if (cls == null || cls == Object.class) {
            throw new SerializationException("Topic " + topic + ": no generated class for "
                    + writer.getFullName() + " (schema id " + id + ") on the classpath");
        }
        Schema readerSchema = sd.getSchema(cls);
        return new SpecificDatumReader<>(writer, readerSchema, SpecificData.getForSchema(readerSchema));
    }

    @Override
    @SuppressWarnings("unchecked")
    public T deserialize(String topic, byte[] data) {
        if (data == null) {
            return null;
        }
        int id = WireFormat.schemaId(topic, data);
        Schema writer;
        try {
            writer = registry.schemaById(id);
        } catch (SchemaRegistryClient.RegistryException e) {
            throw new SerializationException("Topic " + topic + ": unknown schema id " + id + " (" + e.getMessage() + ")", e);
        }
        try {
            // One reader per writer schema and thread: building one resolves the writer's schema against ours.
            DatumReader<Object> reader = readers.get().get(id);
            if (reader == null) {
                reader = reader(topic, id, writer);
                readers.get().put(id, reader);
            }
            BinaryDecoder decoder = DecoderFactory.get().binaryDecoder(
                    data, WireFormat.HEADER_SIZE, data.length - WireFormat.HEADER_SIZE, decoders.get());
            decoders.set(decoder);
            return (T) reader.read(null, decoder);
        } catch (SerializationException e) {
            throw e;
        } catch (Exception e) {
            throw new SerializationException("Topic " + topic + ": cannot decode Avro body with schema id " + id
                    + " (" + writer.getFullName() + "): " + e, e);
        }
    }
}
