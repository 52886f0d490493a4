package org.newsstream.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsstream.avro.DeadLetter;
import org.newsstream.avro.Entity;
import org.newsstream.avro.EntityType;
import org.newsstream.avro.Geolocation;
import org.newsstream.avro.Quote;
import org.newsstream.avro.RawArticle;
import org.newsstream.engine.ExtractionEngine;
import org.newsstream.engine.Gazetteer;
import org.newsstream.engine.Lexicon;
import org.newsstream.engine.QuoteExtractor;
import org.newsstream.engine.RuleBasedEntityRecognizer;
import org.newsstream.engine.ContextGeocoder;
import org.newsstream.engine.StopwordLanguageDetector;
import org.newsstream.schemas.AvroSerdes;
import org.newsstream.schemas.Topics;

/** The topology on TopologyTestDriver, with a mock:// registry: one input topic, three output topics and the dead-letter topic. */
class ExtractionTopologyTest {
    static final String BODY = "LONDON (Reuters) - Prime Minister Jane Holloway visited Manchester on Monday.\n\n"
            + "\"We will rebuild every bridge that the floods took,\" Holloway said.\n\n"
            + "Officials in Leeds said repairs would start in the spring.";

    private String scope;
    private TopologyTestDriver driver;
    private TestInputTopic<String, RawArticle> articles;
    private TestInputTopic<String, byte[]> rawBytes;
    private TestOutputTopic<String, Quote> quotes;
    private TestOutputTopic<String, Entity> entities;
    private TestOutputTopic<String, Geolocation> geolocations;
    private TestOutputTopic<String, DeadLetter> deadLetters;

    @BeforeEach
    void setUp() throws Exception {
        start(ExtractionEngine.createDefault());
    }

    void start(ExtractionEngine engine) throws Exception {
        // Confluent's way: an in-memory registry behind a mock:// URL, no HTTP server.
        scope = "topology-test-" + java.util.UUID.randomUUID();
        String url = "mock://" + scope;
        ExtractionTopology.TopologySerdes serdes = new ExtractionTopology.TopologySerdes(
                AvroSerdes.specific(url), AvroSerdes.specific(url), AvroSerdes.specific(url), AvroSerdes.specific(url), AvroSerdes.specific(url));
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "topology-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        driver = new TopologyTestDriver(ExtractionTopology.buildTopology(serdes, engine), props);
        articles = driver.createInputTopic(Topics.RAW_ARTICLES, Serdes.String().serializer(), serdes.articles().serializer());
        rawBytes = driver.createInputTopic(Topics.RAW_ARTICLES, Serdes.String().serializer(), Serdes.ByteArray().serializer());
        quotes = driver.createOutputTopic(Topics.QUOTES, Serdes.String().deserializer(), serdes.quotes().deserializer());
        entities = driver.createOutputTopic(Topics.ENTITIES, Serdes.String().deserializer(), serdes.entities().deserializer());
        geolocations = driver.createOutputTopic(Topics.GEOLOCATIONS, Serdes.String().deserializer(), serdes.geolocations().deserializer());
        deadLetters = driver.createOutputTopic(Topics.DEAD_LETTERS, Serdes.String().deserializer(), serdes.deadLetters().deserializer());
    }

    @AfterEach
    void tearDown() {
        driver.close();
        org.newsstream.schemas.MockSchemaRegistryClient.dropScope(scope);
    }

    static RawArticle article(String id, String body) {
        return RawArticle.newBuilder().setId(id).setSource("test").setTitle("Floods").setBody(body)
                .setPublishedAt(Instant.parse("2024-01-08T09:00:00Z")).setIngestedAt(Instant.now()).build();
    }

    @Test
    void fansAnArticleOutToQuotesEntitiesAndGeolocationsKeyedByArticleId() {
        articles.pipeInput("art-1", article("art-1", BODY));

        List<TestRecord<String, Quote>> q = quotes.readRecordsToList();
        assertEquals(1, q.size());
        assertEquals("art-1", q.get(0).key());
        assertEquals("Jane Holloway", q.get(0).value().getSpeaker());
        assertTrue(q.get(0).value().getText().startsWith("We will rebuild every bridge"));
        assertEquals(Instant.parse("2024-01-08T09:00:00Z"), q.get(0).value().getPublishedAt());

        List<TestRecord<String, Entity>> e = entities.readRecordsToList();
        assertTrue(e.stream().allMatch(r -> r.key().equals("art-1")));
        Entity holloway = e.stream().map(TestRecord::value).filter(x -> x.getName().equals("Jane Holloway")).findFirst().orElseThrow();
        assertEquals(EntityType.PERSON, holloway.getType());
        assertEquals(2, holloway.getCount());
        assertEquals(q.get(0).value().getSpeakerId(), holloway.getEntityId());
        assertTrue(e.stream().anyMatch(r -> r.value().getName().equals("Reuters") && r.value().getType() == EntityType.ORGANIZATION));

        List<String> places = geolocations.readValuesToList().stream().map(g -> g.getName() + "/" + g.getCountryCode()).toList();
        assertTrue(places.containsAll(List.of("London/GB", "Manchester/GB", "Leeds/GB")), places.toString());
        assertTrue(deadLetters.isEmpty());
    }

    @Test
    void bytesThatAreNotAvroGoToDeadLettersWithTheirReasonAndPosition() {
        byte[] junk = "{\"title\":\"not framed\"}".getBytes(StandardCharsets.UTF_8);
        rawBytes.pipeInput("bad", junk);
        articles.pipeInput("good", article("good", BODY));

        DeadLetter dl = deadLetters.readValue();
        assertEquals(Topics.RAW_ARTICLES, dl.getSourceTopic());
        assertEquals(0, dl.getOffset());
        assertEquals("deserialize", dl.getStage());
        assertTrue(dl.getErrorMessage().contains("magic byte"), dl.getErrorMessage());
        byte[] kept = new byte[dl.getValue().remaining()];
        dl.getValue().duplicate().get(kept);
        assertEquals(new String(junk, StandardCharsets.UTF_8), new String(kept, StandardCharsets.UTF_8));
        assertTrue(deadLetters.isEmpty());
        // ...and the stream goes on.
        assertEquals("good", quotes.readRecord().key());
    }

    @Test
    void aTombstoneIsDeadLetteredNotFatal() {
        rawBytes.pipeInput("gone", (byte[]) null);
        DeadLetter dl = deadLetters.readValue();
        assertTrue(dl.getErrorMessage().contains("tombstone"), dl.getErrorMessage());
        assertEquals("deserialize", dl.getStage());
    }

    @Test
    void anEngineFailureIsDeadLetteredWithTheArticleKey() throws Exception {
        tearDown();
        Lexicon lex = Lexicon.shipped();
        Gazetteer gaz = Gazetteer.shipped();
        // A recognizer that fails on one article, as a bug in a plugged-in model would.
        RuleBasedEntityRecognizer rules = new RuleBasedEntityRecognizer(lex, gaz);
        ExtractionEngine engine = new ExtractionEngine(lex, new StopwordLanguageDetector(lex), doc -> {
            if (doc.body.contains("EXPLODE")) {
                throw new IllegalStateException("recognizer failed");
            }
            return rules.recognize(doc);
        }, new QuoteExtractor(lex), new ContextGeocoder(gaz));
        start(engine);
        articles.pipeInput("boom", article("boom", "EXPLODE " + BODY));
        articles.pipeInput("fine", article("fine", BODY));
        TestRecord<String, DeadLetter> dl = deadLetters.readRecord();
        assertEquals("boom", dl.key());
        assertEquals("process", dl.value().getStage());
        assertEquals(IllegalStateException.class.getName(), dl.value().getErrorClass());
        assertFalse(quotes.isEmpty());
        assertEquals("fine", quotes.readRecord().key());
    }

    @Test
    void anArticleWithNoQuotesStillYieldsEntities() {
        articles.pipeInput("plain", article("plain", "Officials in Leeds met engineers from Sheffield on Tuesday."));
        assertTrue(quotes.isEmpty());
        assertFalse(entities.isEmpty());
        assertEquals(Map.of("Leeds", "GB", "Sheffield", "GB"), geolocations.readValuesToList().stream()
                .collect(java.util.stream.Collectors.toMap(Geolocation::getMention, g -> g.getCountryCode())));
    }

    @Test
    void anArticleOverTheLengthLimitIsDeadLetteredWithAValueThatCanBeSentAndTheStreamGoesOn() {
        String huge = "Kata Budi \"Ya\" di Jakarta. ".repeat(80_000); // 2 MB of quotes and names
        articles.pipeInput("huge", article("huge", huge));
        articles.pipeInput("fine", article("fine", BODY));
        DeadLetter dl = deadLetters.readValue();
        assertEquals("process", dl.getStage());
        assertTrue(dl.getErrorMessage().contains("over the limit of 100000 (engine.max.article.chars)"), dl.getErrorMessage());
        assertTrue(dl.getErrorMessage().contains("value cut to its first 1048576 of "), dl.getErrorMessage());
        assertEquals(ExtractProcessor.MAX_DEAD_LETTER_VALUE_BYTES, dl.getValue().remaining());
        assertEquals("fine", quotes.readRecord().key());
    }
}
