package org.newsstream.processor.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.ReadOnlyWindowStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsstream.avro.ArticleView;
import org.newsstream.avro.RawArticle;
import org.newsstream.avro.Story;
import org.newsstream.avro.ViewCount;
import org.newsstream.engine.ExtractionEngine;
import org.newsstream.processor.ExtractionTopology;
import org.newsstream.schemas.AvroSerdes;
import org.newsstream.schemas.MockSchemaRegistryClient;
import org.newsstream.schemas.Topics;

/** Every live view on TopologyTestDriver, with the real engine and a mock:// registry: windows, late records, stories. */
class ViewsTopologyTest {
    static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");
    static final ViewsConfig CONFIG = ViewsConfig.from(Map.of(ViewsConfig.WINDOWS, "1h/15m,24h/3h", ViewsConfig.GRACE, "10m"));
    static final ViewsConfig.Window HOUR = CONFIG.window("1h");
    static final ViewsConfig.Window DAY = CONFIG.window("24h");

    static ExtractionEngine engine;
    private String scope;
    private TopologyTestDriver driver;
    private TestInputTopic<String, RawArticle> raw;
    private TestOutputTopic<String, ArticleView> articleTopic;
    private TestOutputTopic<String, ViewCount> speakerTopic;
    private TestOutputTopic<String, Story> storyTopic;

    @BeforeAll
    static void loadEngine() {
        engine = ExtractionEngine.createDefault();
    }

    @BeforeEach
    void setUp() {
        scope = "views-test-" + java.util.UUID.randomUUID();
        String url = "mock://" + scope;
        var serdes = new ExtractionTopology.TopologySerdes(AvroSerdes.specific(url), AvroSerdes.specific(url),
                AvroSerdes.specific(url), AvroSerdes.specific(url), AvroSerdes.specific(url));
        var viewSerdes = new ViewsTopology.ViewSerdes(AvroSerdes.specific(url), AvroSerdes.specific(url),
                AvroSerdes.specific(url), AvroSerdes.specific(url));
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "views-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        driver = new TopologyTestDriver(ExtractionTopology.buildTopology(serdes, engine, viewSerdes, CONFIG), props, T0);
        raw = driver.createInputTopic(Topics.RAW_ARTICLES, Serdes.String().serializer(), serdes.articles().serializer());
        articleTopic = driver.createOutputTopic(Topics.VIEWS_ARTICLES, Serdes.String().deserializer(), viewSerdes.articles().deserializer());
        speakerTopic = driver.createOutputTopic(Topics.viewCounts("speakers"), Serdes.String().deserializer(), viewSerdes.counts().deserializer());
        storyTopic = driver.createOutputTopic(Topics.VIEWS_STORIES, Serdes.String().deserializer(), viewSerdes.stories().deserializer());
    }

    @AfterEach
    void tearDown() {
        driver.close();
        MockSchemaRegistryClient.dropScope(scope);
    }

    /** An English wire story: a minister quoted in Manchester, with Leeds named too. */
    static RawArticle article(String id, String quote) {
        String body = "MANCHESTER - Prime Minister Jane Holloway visited Manchester on Monday with the mayor of Leeds, Tom Ashdown.\n\n"
                + "\"" + quote + "\" Holloway said.\n\n"
                + "\"Ashdown knows these streets better than anyone,\" she added.";
        return RawArticle.newBuilder().setId(id).setSource("test").setTitle("Visit " + id).setBody(body).setLanguage("en")
                .setIngestedAt(T0).setMetadata(Map.of()).build();
    }

    private void send(String id, String quote, Instant at) {
        raw.pipeInput(id, article(id, quote), at);
    }

    private ReadOnlyWindowStore<String, ViewCount> counts(ViewsConfig.Window w) {
        return driver.getWindowStore(ViewStores.counts(w));
    }

    @Test
    void articleViewHoldsTheTextAndEverythingFoundInIt() {
        send("a1", "We will rebuild every bridge that the floods took.", T0);
        ArticleView view = ViewQueries.article(driver.getWindowStore(ViewStores.ARTICLES), "a1");
        assertNotNull(view);
        assertTrue(view.getBody().startsWith("MANCHESTER"));
        assertEquals(2, view.getQuotes().size());
        assertEquals("Jane Holloway", view.getQuotes().get(0).getSpeaker());
        assertTrue(view.getPlaces().stream().anyMatch(g -> g.getName().equals("Manchester")), view.getPlaces().toString());
        assertEquals(T0, view.getProcessedAt());
        assertNull(ViewQueries.article(driver.getWindowStore(ViewStores.ARTICLES), "unknown"));
        assertEquals("a1", articleTopic.readKeyValue().key, "and it is published, keyed by article id");
    }

    @Test
    void speakersAreCountedPerWindowWithTheirLatestQuote() {
        send("a1", "We will rebuild every bridge that the floods took.", T0);
        send("a2", "The money for the schools is on its way.", T0.plusSeconds(60));
        long now = T0.plusSeconds(120).toEpochMilli();
        List<ViewCount> top = ViewQueries.top(counts(HOUR), HOUR, "speakers|", 10, now);
        assertEquals("Jane Holloway", top.get(0).getName());
        assertEquals(4, top.get(0).getCount(), "two quotes in each of two articles");
        assertEquals("Ashdown knows these streets better than anyone,", top.get(0).getLatestText().strip().replaceAll("\\s+$", ""));
        assertEquals(List.of("a2", "a1"), top.get(0).getArticleIds(), "newest article first");
        assertEquals(HOUR.size().toMillis(), top.get(0).getWindowSizeMs());
        // The topic carries the counts per bucket (the window's hop), keyed by view, key and bucket start.
        var published = speakerTopic.readKeyValuesToMap();
        ViewCount bucket = published.get("speakers|Jane Holloway@" + T0.toEpochMilli() + "/1h");
        assertEquals(4, bucket.getCount(), published.keySet().toString());
        assertEquals(HOUR.advance().toMillis(), bucket.getWindowSizeMs());
    }

    @Test
    void entitiesPlacesLanguagesAndPairsAreCounted() {
        send("a1", "We will rebuild every bridge that the floods took.", T0);
        send("a2", "The money for the schools is on its way.", T0.plusSeconds(60));
        long now = T0.plusSeconds(120).toEpochMilli();
        List<ViewCount> people = ViewQueries.top(counts(DAY), DAY, "entities|PERSON|", 10, now);
        assertTrue(people.stream().anyMatch(c -> c.getName().equals("Tom Ashdown") && c.getCount() == 2), people.toString());
        assertTrue(ViewQueries.top(counts(DAY), DAY, "entities|LOCATION|", 10, now).stream()
                .noneMatch(c -> c.getName().equals("Jane Holloway")));
        ViewCount manchester = ViewQueries.top(counts(DAY), DAY, "places|", 10, now).stream()
                .filter(c -> c.getName().equals("Manchester")).findFirst().orElseThrow();
        assertEquals(2, manchester.getCount(), "counted once per article, however often named");
        assertEquals(53.48, manchester.getLatitude(), 0.2);
        assertEquals(-2.24, manchester.getLongitude(), 0.2);
        assertEquals(4, ViewQueries.top(counts(DAY), DAY, "languages|", 10, now).get(0).getCount());
        assertTrue(ViewQueries.top(counts(DAY), DAY, "comentions|", 50, now).stream()
                .anyMatch(c -> c.getName().equals("Jane Holloway — Tom Ashdown") && c.getCount() == 2));
        assertTrue(ViewQueries.top(counts(DAY), DAY, "quotations|", 10, now).stream()
                .anyMatch(c -> c.getName().equals("Jane Holloway → Tom Ashdown")), "the second quote names Ashdown");
    }

    @Test
    void windowsMoveOnAndALateRecordCountsOnlyWhereItsWindowIsStillOpen() {
        send("a1", "We will rebuild every bridge that the floods took.", T0);
        send("a2", "The money for the schools is on its way.", T0.plusSeconds(7200));
        long now = T0.plusSeconds(7200 + 60).toEpochMilli();
        assertEquals(2, ViewQueries.top(counts(HOUR), HOUR, "speakers|", 10, now).get(0).getCount(), "the last hour: a2 only");
        assertEquals(4, ViewQueries.top(counts(DAY), DAY, "speakers|", 10, now).get(0).getCount(), "the last day: both");

        // Two hours after T0, a record stamped T0 + 1 min is later than the 10 min grace for the 15-min bucket of the
        // 1 h window that holds it, but the 3 h bucket of the 24 h window is still open.
        send("late", "A late word on the roads.", T0.plusSeconds(60));
        long asOfThen = T0.plusSeconds(300).toEpochMilli();
        assertEquals(2, ViewQueries.top(counts(HOUR), HOUR, "speakers|", 10, asOfThen).get(0).getCount(),
                "the closed bucket is not changed by the late record");
        assertEquals(6, ViewQueries.top(counts(DAY), DAY, "speakers|", 10, now).get(0).getCount());
    }

    @Test
    void theSameQuoteInSeveralArticlesIsOneStory() {
        send("a1", "We will rebuild every bridge that the floods took.", T0);
        send("a2", "we will rebuild EVERY bridge the floods took!", T0.plusSeconds(600));
        send("a3", "The money for the schools is on its way.", T0.plusSeconds(900));
        List<Story> stories = ViewQueries.stories(driver.getSessionStore(ViewStores.STORIES), DAY, 10,
                T0.plusSeconds(1000).toEpochMilli());
        // "Ashdown knows these streets..." is in all three articles: the story with the most sources comes first.
        assertEquals(3, stories.get(0).getSources().size());
        Story bridge = stories.stream().filter(s -> s.getText().contains("bridge")).findFirst().orElseThrow();
        assertEquals("Jane Holloway", bridge.getSpeaker());
        assertEquals(List.of("a1", "a2"), bridge.getSources().stream().map(s -> s.getArticleId()).toList());
        assertTrue(stories.stream().filter(s -> s.getText().contains("money")).allMatch(s -> s.getSources().size() == 1),
                "different words, a different story");
        assertEquals(3, stories.size());
        var published = storyTopic.readKeyValuesToMap();
        assertEquals(2, published.get(bridge.getStoryId()).getSources().size());
    }

    @Test
    void latestQuotesComeNewestFirst() {
        send("a1", "We will rebuild every bridge that the floods took.", T0);
        send("a2", "The money for the schools is on its way.", T0.plusSeconds(60));
        List<org.newsstream.avro.LatestQuote> latest = ViewQueries.latestQuotes(driver.getKeyValueStore(ViewStores.LATEST_QUOTES), 3);
        assertEquals(3, latest.size());
        assertEquals(List.of("a2", "a2", "a1"), latest.stream().map(l -> l.getQuote().getArticleId()).toList());
        assertEquals("Visit a2", latest.get(0).getTitle(), "with its article's headline");
    }
}
