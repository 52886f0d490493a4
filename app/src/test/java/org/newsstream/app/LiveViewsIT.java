package org.newsstream.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsstream.avro.RawArticle;
import org.newsstream.ingest.ArticleParser;
import org.newsstream.ingest.ArticlePublisher;
import org.newsstream.schemas.Topics;

/** The views API of the embedded stack after the bundled samples are ingested: every endpoint, the live feed, the view topics. */
class LiveViewsIT {
    static final String SEED_SAMPLE = "id-liputan6-kim-putin-vostochny.txt";
    static TempStack temp;
    static ViewsApi api;
    static String seedId;

    @BeforeAll
    static void ingestSamples() throws Exception {
        temp = TempStack.start("newsstream-views");
        api = new ViewsApi(temp.stack().dashboardUrl().replaceAll("/$", ""));
        DemoCommand.publishSamples(temp.stack().bootstrapServers(), temp.stack().registryUrl());
        seedId = seedId();
        api.await("/api/speakers?window=24h&limit=50",
                l -> ViewsApi.names(l).containsAll(Set.of("Kim Jong Un", "Vladimir Putin")), Duration.ofSeconds(90));
    }

    static String seedId() throws Exception {
        return ArticleParser.parse(SEED_SAMPLE, DemoCommand.resource("/samples/articles/" + SEED_SAMPLE)).get(0).article().getId();
    }

    @AfterAll
    static void stop() throws Exception {
        temp.close();
    }

    @Test
    void articleComesWithItsTextQuotesEntitiesAndPlaces() throws Exception {
        JsonNode seed = api.json("/api/articles/" + seedId);
        assertEquals(seedId, seed.path("id").asText());
        assertTrue(seed.path("body").asText().contains("Vostochny"));
        assertTrue(seed.path("quotes").size() >= 4, seed.path("quotes").toString());
        for (JsonNode q : seed.path("quotes")) {
            // Offsets point into the body the view carries, so a page can mark them.
            assertEquals(q.path("text").asText(), seed.path("body").asText().substring(q.path("start").asInt(), q.path("end").asInt()));
        }
        assertTrue(seed.path("places").size() > 0);
        JsonNode summary = api.json("/api/articles/" + seedId + "?fields=summary");
        assertTrue(summary.path("body").isMissingNode());
        assertEquals(seed.path("quotes").size(), summary.path("quotes").asInt());
        assertEquals(404, api.get("/api/articles/no-such-article").status());
    }

    @Test
    void countedViewsAnswerPerWindowAndType() throws Exception {
        JsonNode speakers = api.json("/api/speakers?window=1h&limit=5");
        assertTrue(speakers.size() > 0 && speakers.size() <= 5);
        long previous = Long.MAX_VALUE;
        for (JsonNode s : speakers) {
            assertTrue(s.path("count").asLong() <= previous, "ranked by count");
            previous = s.path("count").asLong();
            assertEquals(3_600_000, s.path("windowSizeMs").asLong());
        }
        JsonNode people = api.json("/api/entities?type=PERSON&window=24h&limit=100");
        people.forEach(e -> assertEquals("PERSON", e.path("type").asText()));
        assertTrue(ViewsApi.names(people).contains("Kim Jong Un"));
        JsonNode places = api.json("/api/places?window=24h&limit=300");
        Set<String> placeNames = ViewsApi.names(places);
        for (JsonNode p : api.json("/api/articles/" + seedId).path("places")) {
            assertTrue(placeNames.contains(p.path("name").asText()), p.path("name") + " on the map: " + placeNames);
        }
        places.forEach(p -> assertTrue(p.path("latitude").isNumber() && p.path("longitude").isNumber()));
        assertTrue(api.json("/api/languages?window=24h").size() >= 2, "the samples are in several languages");
        assertTrue(api.json("/api/comentions?window=24h").size() > 0);
        assertEquals(400, api.get("/api/speakers?window=5y").status());
        assertEquals(400, api.get("/api/speakers?limit=many").status());
    }

    @Test
    void latestQuotesAndStories() throws Exception {
        JsonNode latest = api.json("/api/quotes/latest?limit=5");
        assertEquals(5, latest.size());
        for (int i = 1; i < latest.size(); i++) {
            assertTrue(latest.get(i - 1).path("seenAt").asText().compareTo(latest.get(i).path("seenAt").asText()) >= 0, "newest first");
        }
        assertTrue(latest.get(0).path("articleTitle").isTextual(), "with the article's headline: " + latest.get(0));
        assertTrue(api.json("/api/stories?window=24h").size() > 0);
    }

    @Test
    void aNewArticleIsAnnouncedOnTheLiveFeedAndPublishedOnTheViewTopic() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<java.io.InputStream> events = http.send(HttpRequest.newBuilder(URI.create(api.baseUrl() + "/api/events")).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertEquals("text/event-stream; charset=utf-8", events.headers().firstValue("Content-Type").orElse(""));
        BufferedReader lines = new BufferedReader(new InputStreamReader(events.body(), StandardCharsets.UTF_8));
        assertTrue(lines.readLine().startsWith(":"), "the stream opens with a comment");
        CompletableFuture<String> announced = CompletableFuture.supplyAsync(() -> {
            try {
                String line;
                while ((line = lines.readLine()) != null) {
                    if (line.startsWith("data: ") && line.contains("\"live-feed-1\"")) {
                        return line;
                    }
                }
                return null;
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        Thread.sleep(1000); // the feed has found the end of the topic
        try (ArticlePublisher publisher = new ArticlePublisher(temp.stack().bootstrapServers(), temp.stack().registryUrl(), Map.of())) {
            publisher.publish(RawArticle.newBuilder().setId("live-feed-1").setSource("live-it").setTitle("Harbour reopens")
                    .setBody("ROTTERDAM - \"The harbour is open again,\" said port director Anouk de Vries on Tuesday.")
                    .setLanguage("en").setIngestedAt(Instant.now()).setMetadata(Map.of()).build());
            publisher.flush();
        }
        String data = announced.get(60, TimeUnit.SECONDS);
        assertTrue(data.contains("\"quotes\":1"), data);
        events.body().close();

        try (TopicReader reader = new TopicReader(temp.stack().bootstrapServers(), temp.stack().registryUrl(),
                List.of(Topics.VIEWS_ARTICLES), true)) {
            boolean found = false;
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (!found && System.nanoTime() < deadline) {
                for (TopicReader.Decoded d : reader.poll(Duration.ofMillis(500))) {
                    found |= d.key().equals("live-feed-1") && d.value().get("body").toString().contains("harbour is open");
                }
            }
            assertTrue(found, "the article view is on " + Topics.VIEWS_ARTICLES + " for any consumer");
        }
    }
}
