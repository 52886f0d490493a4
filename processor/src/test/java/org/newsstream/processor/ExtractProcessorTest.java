package org.newsstream.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.streams.errors.StreamsException;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.junit.jupiter.api.Test;
import org.newsstream.avro.RawArticle;
import org.newsstream.engine.ExtractionEngine;
import org.newsstream.schemas.AvroSerdes;
import org.newsstream.schemas.Topics;

/** The processor alone, on Kafka Streams' MockProcessorContext (as WordCountProcessorTest does). */
class ExtractProcessorTest {
    @Test
    void anArticleGoesOutAsOneExtractionAndAFailureOfKafkaStreamsItselfIsNotBlamedOnTheArticle() throws Exception {
        String scope = "processor-test-" + java.util.UUID.randomUUID();
        try {
            var serde = AvroSerdes.<RawArticle>specific("mock://" + scope);
            RawArticle article = ExtractionTopologyTest.article("a1", ExtractionTopologyTest.BODY);
            byte[] bytes = serde.serializer().serialize(Topics.RAW_ARTICLES, article);
            ExtractProcessor processor = new ExtractProcessor(serde.deserializer(), ExtractionEngine.createDefault());

            MockProcessorContext<String, Outcome> context = new MockProcessorContext<>();
            context.setRecordMetadata(Topics.RAW_ARTICLES, 0, 7L);
            processor.init(context);
            processor.process(new Record<>("a1".getBytes(StandardCharsets.UTF_8), bytes, 0L));
            assertEquals(1, context.forwarded().size());
            assertTrue(context.forwarded().get(0).record().value() instanceof Outcome.Extracted);

            // Forwarding fails inside Kafka Streams (a fenced producer, a task migrated): that is the runtime's to
            // handle, not the article's fault, so no dead letter names it.
            java.util.List<Outcome> attempted = new java.util.ArrayList<>();
            MockProcessorContext<String, Outcome> failing = new MockProcessorContext<>() {
                @Override
                public <K extends String, V extends Outcome> void forward(Record<K, V> record) {
                    attempted.add(record.value());
                    throw new StreamsException("producer fenced");
                }
            };
            failing.setRecordMetadata(Topics.RAW_ARTICLES, 0, 8L);
            processor.init(failing);
            assertThrows(StreamsException.class, () -> processor.process(new Record<>("a1".getBytes(StandardCharsets.UTF_8), bytes, 0L)));
            assertEquals(1, attempted.size(), "no dead letter after the failed forward: " + attempted);
            assertTrue(attempted.get(0) instanceof Outcome.Extracted);
        } finally {
            org.newsstream.schemas.MockSchemaRegistryClient.dropScope(scope);
        }
    }
}
