package org.newsstream.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsstream.engine.ExtractionEngine;
import org.newsstream.processor.ProcessorApp;
import org.newsstream.processor.views.ViewsConfig;
import org.newsstream.registry.CompatibilityLevel;
import org.newsstream.registry.SchemaRegistryServer;
import org.newsstream.schemas.TopicSetup;

/**
 * Two processor instances of one application share the partitions; each answers for the other: an article held by
 * one is served by the other (queryMetadataForKey, application.server), and a top list merges both instances' parts.
 */
class TwoProcessorsViewsIT {

    @Test
    void eachInstanceAnswersForKeysTheOtherHolds() throws Exception {
        Path dir = Files.createTempDirectory("newsstream-two");
        EmbeddedKafka kafka = new EmbeddedKafka(dir.resolve("kafka"), "localhost", 0);
        SchemaRegistryServer registry = EmbeddedStack.startRegistry(kafka.bootstrapServers(), "localhost", 0, CompatibilityLevel.BACKWARD, (short) 1);
        ExtractionEngine engine = ExtractionEngine.createDefault();
        ProcessorApp a = null, b = null;
        try {
            TopicSetup.ensurePipelineTopics(kafka.bootstrapServers(), 6, (short) 1);
            a = instance(kafka, registry, engine, dir.resolve("a"));
            b = instance(kafka, registry, engine, dir.resolve("b"));
            a.start();
            b.start();
            a.awaitRunning(Duration.ofSeconds(60));
            b.awaitRunning(Duration.ofSeconds(60));
            ViewsApi apiA = new ViewsApi("http://localhost:" + a.httpPort());
            ViewsApi apiB = new ViewsApi("http://localhost:" + b.httpPort());
            // Both instances hold partitions before anything is published.
            apiA.await("/api/instances", l -> l.size() == 2 && l.get(0).path("partitions").asInt() > 0
                    && l.get(1).path("partitions").asInt() > 0, Duration.ofSeconds(60));

            List<String> ids = DemoCommand.publishSamples(kafka.bootstrapServers(), registry.url()).stream().sorted().toList();
            for (String id : ids) {
                apiA.await("/api/articles/" + id + "?fields=summary", n -> n.path("id").asText().equals(id), Duration.ofSeconds(90));
            }
            int heldByB = 0, heldByA = 0;
            for (String id : ids) {
                boolean onA = apiA.get("/api/articles/" + id + "?scope=local").status() == 200;
                boolean onB = apiB.get("/api/articles/" + id + "?scope=local").status() == 200;
                assertTrue(onA ^ onB, id + " is held by exactly one instance");
                heldByA += onA ? 1 : 0;
                heldByB += onB ? 1 : 0;
                // Asked of either instance, the article comes back whole.
                assertEquals(id, apiA.json("/api/articles/" + id).path("id").asText());
                assertEquals(id, apiB.json("/api/articles/" + id).path("id").asText());
            }
            assertTrue(heldByA > 0 && heldByB > 0, "the samples are spread over both instances: A " + heldByA + ", B " + heldByB);

            // A top list is the same from either instance: each merges its own part with the other's. (The counts come
            // through a repartition topic after the articles: asked while the last of them are counted, the two may
            // differ for a moment, so they are asked until they agree.)
            JsonNode fromA = apiA.json("/api/speakers?window=24h&limit=50");
            JsonNode fromB = apiB.json("/api/speakers?window=24h&limit=50");
            long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (!fromA.equals(fromB) && System.nanoTime() < until) {
                Thread.sleep(200);
                fromA = apiA.json("/api/speakers?window=24h&limit=50");
                fromB = apiB.json("/api/speakers?window=24h&limit=50");
            }
            assertEquals(fromA, fromB);
            assertTrue(ViewsApi.names(fromA).containsAll(Set.of("Kim Jong Un", "Vladimir Putin")));
            // Each entity is counted by exactly one instance, and the merged list is the union of both parts. A task
            // that moves between instances (a rebalance on a busy machine) can show on both for a moment between
            // two requests, so the parts are asked until they settle; a key really counted twice never does.
            Set<String> onA = Set.of(), onB = Set.of(), merged = Set.of();
            long settle = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            do {
                onA = entityKeys(apiA.json("/api/entities?window=24h&limit=500&scope=local"));
                onB = entityKeys(apiB.json("/api/entities?window=24h&limit=500&scope=local"));
                merged = entityKeys(apiA.json("/api/entities?window=24h&limit=500"));
            } while (!(disjoint(onA, onB) && merged.equals(union(onA, onB))) && System.nanoTime() < settle && pause());
            assertTrue(disjoint(onA, onB), "no key counted on both: " + intersection(onA, onB));
            assertEquals(union(onA, onB), merged, "the merged list is both instances' parts");
            assertTrue(!onA.isEmpty() && !onB.isEmpty(), "both instances count entities: A " + onA.size() + ", B " + onB.size());
        } finally {
            if (a != null) {
                a.close(Duration.ofSeconds(10));
            }
            if (b != null) {
                b.close(Duration.ofSeconds(10));
            }
            registry.close();
            kafka.close();
            DemoCommand.deleteRecursively(dir);
        }
    }

    private static Set<String> entityKeys(JsonNode list) {
        Set<String> out = new java.util.TreeSet<>();
        list.forEach(n -> out.add(n.path("key").asText()));
        return out;
    }

    private static boolean disjoint(Set<String> a, Set<String> b) {
        return intersection(a, b).isEmpty();
    }

    private static Set<String> intersection(Set<String> a, Set<String> b) {
        Set<String> out = new java.util.TreeSet<>(a);
        out.retainAll(b);
        return out;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new java.util.TreeSet<>(a);
        out.addAll(b);
        return out;
    }

    private static boolean pause() throws InterruptedException {
        Thread.sleep(200);
        return true;
    }

    private static ProcessorApp instance(EmbeddedKafka kafka, SchemaRegistryServer registry, ExtractionEngine engine, Path state) {
        return new ProcessorApp(kafka.bootstrapServers(), registry.url(),
                Map.of("state.dir", state.toString(), "num.stream.threads", 1, "consumer.session.timeout.ms", 6000),
                engine, new ProcessorApp.Views(ViewsConfig.defaults(), "localhost", 0, "localhost"));
    }
}
