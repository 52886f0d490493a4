package org.newsstream.schemas;

import java.util.HashMap;
import java.util.Map;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/** Factory for configured value serdes, the counterpart of Confluent's SpecificAvroSerde / GenericAvroSerde. */
public final class AvroSerdes {
    private AvroSerdes() {}

    /** Specific-record value serde against the registry at {@code registryUrl}. */
    public static <T extends SpecificRecord> Serde<T> specific(String registryUrl) {
        return specific(Map.of(SerdeConfig.SCHEMA_REGISTRY_URL, registryUrl));
    }

    public static <T extends SpecificRecord> Serde<T> specific(Map<String, ?> configs) {
        Map<String, Object> c = new HashMap<>(configs);
        c.put(SerdeConfig.SPECIFIC_AVRO_READER, true);
        return configured(new AvroSerializer<T>(), new AvroDeserializer<T>(), c);
    }

    /** Generic-record value serde: reads any schema the registry knows. */
    public static Serde<GenericRecord> generic(Map<String, ?> configs) {
        Map<String, Object> c = new HashMap<>(configs);
        c.put(SerdeConfig.SPECIFIC_AVRO_READER, false);
        return configured(new AvroSerializer<>(), new AvroDeserializer<>(), c);
    }

    private static <T extends org.apache.avro.generic.GenericContainer> Serde<T> configured(
            AvroSerializer<T> ser, AvroDeserializer<T> de, Map<String, ?> configs) {
        Serde<T> serde = Serdes.serdeFrom(ser, de);
        serde.configure(configs, false);
        return serde;
    }
}
