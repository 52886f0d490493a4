package org.newsstream.engine;

import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The engine is plain Java: its own classpath (which is what these tests run on) holds no Kafka at all. */
class EngineStandsAloneTest {
    @Test
    void noKafkaClassIsReachable() {
        for (String kafkaClass : new String[] {"org.apache.kafka.clients.producer.KafkaProducer",
                "org.apache.kafka.streams.KafkaStreams", "org.apache.kafka.common.serialization.Serde"}) {
            assertThrows(ClassNotFoundException.class, () -> Class.forName(kafkaClass), kafkaClass);
        }
    }
}
