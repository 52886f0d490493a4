package org.newsstream.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsstream.ingest.ArticlePublisher;
import org.newsstream.ingest.FeedPoller;
import org.newsstream.ingest.IngestHttpServer;
import org.newsstream.ingest.IngestSummary;
import org.newsstream.registry.CompatibilityLevel;
import org.newsstream.registry.SchemaRegistryServer;
import org.newsstream.schemas.AvroSerdes;
import org.newsstream.schemas.TopicSetup;
import org.newsstream.schemas.Topics;

/** Every ingest source against a real broker and registry, asserting on what reached Kafka. */
class IngestSourcesIT {
    private static Path dir;
    private static EmbeddedKafka kafka;
    private static SchemaRegistryServer registry;
    private Map<String, Map<TopicPartition, Long>> startOffsets;

    @BeforeAll
    static void start() throws Exception {
        dir = Files.createTempDirectory("ingest-it");
        kafka = new EmbeddedKafka(dir.resolve("kafka"), "localhost", 0);
        registry = EmbeddedStack.startRegistry(kafka.bootstrapServers(), "localhost", 0, CompatibilityLevel.BACKWARD, (short) 1);
        TopicSetup.ensurePipelineTopics(kafka.bootstrapServers(), 2, (short) 1);
    }

    @AfterAll
    static void stop() throws Exception {
        registry.close();
        kafka.close();
        DemoCommand.deleteRecursively(dir);
    }

    @BeforeEach
    void mark() {
        startOffsets = Map.of(Topics.RAW_ARTICLES, ends(Topics.RAW_ARTICLES), Topics.DEAD_LETTERS, ends(Topics.DEAD_LETTERS));
    }

    ArticlePublisher publisher() {
        return new ArticlePublisher(kafka.bootstrapServers(), registry.url(), Map.of());
    }

    @Test
    void filesFoldersGlobsGzipAndBadInput() throws Exception {
        Path in = Files.createDirectories(dir.resolve("files"));
        Files.createDirectories(in.resolve("nested"));
        Files.writeString(in.resolve("a.txt"), "A\n\nLONDON (Reuters) - Body of article A, long enough to be a paragraph of news text.");
        Files.writeString(in.resolve("nested/b.html"), "<html lang=en><head><title>B</title></head><body><article>"
                + "<p>Body of article B, with enough words to be the main text of the page.</p></article></body></html>");
        Files.writeString(in.resolve("c.jsonl"), "{\"url\":\"https://x.example/c\",\"title\":\"C\",\"body\":\"Body C\"}\n{\"title\":\"no body\"}\n");
        try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(in.resolve("d.txt.gz")))) {
            gz.write("Title D\nBody of article D, gzipped.".getBytes(StandardCharsets.UTF_8));
        }
        Files.write(in.resolve("e.txt"), new byte[] {'T', '\n', (byte) 0xC3, (byte) 0x28});
        Files.writeString(in.resolve("f.html"), "<html><body><nav>only navigation</nav></body></html>");
        Files.writeString(in.resolve("g.txt"), " \n ");
        Files.write(in.resolve("huge.txt"), new byte[50 * 1024 * 1024]);
        Files.writeString(in.resolve("skip.md"), "Title\nNot selected by the glob.");

        IngestSummary s;
        try (ArticlePublisher p = new ArticlePublisher(kafka.bootstrapServers(), registry.url(), new ArticlePublisher.Options(
                org.newsstream.ingest.ArticleParser.defaults(), List.of(), List.of("*.md"), true,
                org.newsstream.ingest.Progress.silent(), Map.of()))) {
            p.publishPaths(List.of(in.toString()), System.in);
            s = p.flush();
        }
        List<GenericRecord> raw = newValues(Topics.RAW_ARTICLES);
        assertEquals(List.of("A", "B", "C", "Title D"), raw.stream().map(r -> String.valueOf(r.get("title"))).sorted().toList());
        GenericRecord a = raw.stream().filter(r -> "A".equals(String.valueOf(r.get("title")))).findFirst().orElseThrow();
        assertEquals("London", a.get("dateline").toString());
        assertEquals("en", a.get("language").toString());
        assertEquals(4, s.published());
        List<String> reasons = newValues(Topics.DEAD_LETTERS).stream().map(d -> d.get("errorMessage").toString()).toList();
        assertEquals(5, reasons.size(), reasons.toString());
        assertTrue(reasons.stream().anyMatch(r -> r.contains("c.jsonl:2") && r.contains("body")), reasons.toString());
        assertTrue(reasons.stream().anyMatch(r -> r.contains("e.txt") && r.contains("UTF-8")), reasons.toString());
        assertTrue(reasons.stream().anyMatch(r -> r.contains("f.html") && r.contains("no article text")), reasons.toString());
        assertTrue(reasons.stream().anyMatch(r -> r.contains("g.txt") && r.contains("empty")), reasons.toString());
        assertTrue(reasons.stream().anyMatch(r -> r.contains("huge.txt") && r.contains("limit")), reasons.toString());
    }

    @Test
    void feedingTheSameInputTwicePublishesItOnce() throws Exception {
        Path in = Files.createDirectories(dir.resolve("twice"));
        for (int i = 0; i < 30; i++) {
            Files.writeString(in.resolve("n" + i + ".txt"), "Headline " + i + "\nBody number " + i + " of the twice test.");
        }
        IngestSummary first;
        IngestSummary second;
        try (ArticlePublisher p = publisher()) {
            p.publishPaths(List.of(in.toString()), System.in);
            first = p.flush();
        }
        try (ArticlePublisher p = publisher()) { // a new run: knows the past only from Kafka
            p.publishPaths(List.of(in.toString()), System.in);
            second = p.flush();
        }
        assertEquals(30, first.published());
        assertEquals(0, second.published());
        assertEquals(30, second.duplicates());
        assertEquals(30, newValues(Topics.RAW_ARTICLES).size());
    }

    @Test
    void warcResponsesBecomeArticlesWithUrlAndFetchTime() throws Exception {
        ByteArrayOutputStream warc = new ByteArrayOutputStream();
        warcRecord(warc, "warcinfo", null, "application/warc-fields", "software: test\r\n");
        warcRecord(warc, "request", "https://news.example/one", "application/http; msgtype=request", "GET /one HTTP/1.1\r\nHost: news.example\r\n\r\n");
        warcRecord(warc, "response", "https://news.example/one", "application/http; msgtype=response", httpResponse("text/html; charset=utf-8",
                "<html lang=en><head><title>One</title></head><body><article><p>First archived article body, with enough text.</p></article></body></html>"));
        warcRecord(warc, "response", "https://news.example/logo.png", "application/http; msgtype=response", httpResponse("image/png", "PNGDATA"));
        warcRecord(warc, "response", "https://news.example/two", "application/http; msgtype=response", httpResponse("text/html",
                "<html lang=fr><head><title>Deux</title></head><body><article><p>Le corps du deuxième article archivé, assez long.</p></article></body></html>"));
        Path file = dir.resolve("crawl.warc.gz");
        try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(file))) {
            gz.write(warc.toByteArray());
        }
        try (ArticlePublisher p = publisher()) {
            p.publishFile(file);
            p.flush();
        }
        List<GenericRecord> raw = newValues(Topics.RAW_ARTICLES);
        assertEquals(List.of("https://news.example/one", "https://news.example/two"), raw.stream().map(r -> r.get("url").toString()).sorted().toList());
        assertTrue(raw.stream().allMatch(r -> ((Map<?, ?>) r.get("metadata")).get(new org.apache.avro.util.Utf8("fetchedAt")) != null
                || ((Map<?, ?>) r.get("metadata")).containsKey("fetchedAt")));
        assertEquals("fr", raw.stream().filter(r -> r.get("title").toString().equals("Deux")).findFirst().orElseThrow().get("language").toString());
    }

    @Test
    void feedsArePolledPolitelyAndTheirPagesPublished() throws Exception {
        AtomicInteger feedFetches = new AtomicInteger();
        AtomicInteger notModified = new AtomicInteger();
        List<String> userAgents = new ArrayList<>();
        HttpServer site = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        String base = "http://localhost:" + site.getAddress().getPort();
        site.createContext("/rss.xml", ex -> {
            feedFetches.incrementAndGet();
            userAgents.add(ex.getRequestHeaders().getFirst("User-Agent"));
            if ("\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                notModified.incrementAndGet();
                ex.sendResponseHeaders(304, -1);
                ex.close();
                return;
            }
            ex.getResponseHeaders().set("ETag", "\"v1\"");
            respond(ex, "application/rss+xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title><link>" + base + "</link>"
                    + "<description>d</description><item><title>One</title><link>" + base + "/story/1</link></item>"
                    + "<item><title>Gone</title><link>" + base + "/story/404</link></item></channel></rss>");
        });
        site.createContext("/atom.xml", ex -> respond(ex, "application/atom+xml", "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"
                + "<title>A</title><id>urn:a</id><updated>2024-01-01T00:00:00Z</updated><entry><title>Two</title><id>urn:2</id>"
                + "<updated>2024-01-01T00:00:00Z</updated><link href=\"" + base + "/story/2\"/></entry></feed>"));
        site.createContext("/story/", ex -> {
            if (ex.getRequestURI().getPath().endsWith("404")) {
                ex.sendResponseHeaders(404, -1);
                ex.close();
                return;
            }
            String n = ex.getRequestURI().getPath().substring("/story/".length());
            respond(ex, "text/html", "<html lang=en><head><title>Story " + n + "</title></head><body><article><p>The text of story "
                    + n + " is here, long enough to be the main text.</p></article></body></html>");
        });
        site.start();
        try (ArticlePublisher p = publisher()) {
            FeedPoller poller = new FeedPoller(p, 1);
            assertEquals(3, poller.pollOnce(List.of(base + "/rss.xml", base + "/atom.xml")));
            assertEquals(0, poller.pollOnce(List.of(base + "/rss.xml")), "conditional GET: nothing new");
            poller.close();
        } finally {
            site.stop(0);
        }
        assertEquals(2, feedFetches.get());
        assertEquals(1, notModified.get());
        assertTrue(userAgents.stream().allMatch(ua -> ua.startsWith("newsstream-ingest/")));
        List<GenericRecord> raw = newValues(Topics.RAW_ARTICLES);
        assertEquals(List.of("Story 1", "Story 2"), raw.stream().map(r -> r.get("title").toString()).sorted().toList());
        assertTrue(newValues(Topics.DEAD_LETTERS).stream().anyMatch(d -> d.get("errorMessage").toString().contains("HTTP 404")));
    }

    @Test
    void httpEndpointAnswersAfterKafkaAcknowledged() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        try (ArticlePublisher p = publisher(); IngestHttpServer server = new IngestHttpServer(p, "localhost", 0, 2000).start()) {
            String url = "http://localhost:" + server.port() + "/articles";
            assertEquals(200, post(http, url, "application/json", "{\"title\":\"H1\",\"body\":\"Posted body one.\"}").statusCode());
            assertEquals(200, post(http, url, "application/json", "[{\"title\":\"H2\",\"body\":\"Two\"},{\"title\":\"H3\",\"body\":\"Three\"}]").statusCode());
            assertEquals(200, post(http, url, "application/x-ndjson", "{\"title\":\"H4\",\"body\":\"Four\"}\n{\"title\":\"H5\",\"body\":\"Five\"}\n").statusCode());
            HttpResponse<String> bad = post(http, url, "application/json", "[{\"title\":\"ok\",\"body\":\"fine\"},{\"title\":\"no body\"}]");
            assertEquals(400, bad.statusCode());
            assertTrue(bad.body().contains("body"), bad.body());
            assertEquals(413, post(http, url, "application/json", "{\"body\":\"" + "x".repeat(3000) + "\"}").statusCode());
        }
        assertEquals(List.of("H1", "H2", "H3", "H4", "H5"), newValues(Topics.RAW_ARTICLES).stream().map(r -> r.get("title").toString()).sorted().toList());
    }

    @Test
    void httpEndpointSays503WhileKafkaIsAway() throws Exception {
        Path d = Files.createTempDirectory("ingest-503");
        EmbeddedKafka own = new EmbeddedKafka(d, "localhost", 0);
        TopicSetup.ensurePipelineTopics(own.bootstrapServers(), 1, (short) 1);
        HttpClient http = HttpClient.newHttpClient();
        try (ArticlePublisher p = new ArticlePublisher(own.bootstrapServers(), registry.url(),
                Map.of("max.block.ms", 3000, "request.timeout.ms", 3000, "delivery.timeout.ms", 6000));
             IngestHttpServer server = new IngestHttpServer(p, "localhost", 0, 100_000).start()) {
            String url = "http://localhost:" + server.port() + "/articles";
            assertEquals(200, post(http, url, "application/json", "{\"body\":\"before the outage\"}").statusCode());
            own.close();
            assertEquals(503, post(http, url, "application/json", "{\"body\":\"during the outage\"}").statusCode());
        } finally {
            DemoCommand.deleteRecursively(d);
        }
    }

    @Test
    void anArticleOverTheRecordLimitIsDeadLetteredAloneAndTheRestOfItsFolderIsPublished() throws Exception {
        Path dir = Files.createTempDirectory("ingest-large");
        try {
            Files.writeString(dir.resolve("a.txt"), "Before\n\nA short article that comes first.\n");
            Files.writeString(dir.resolve("big.txt"), "Big\n\n" + "Harbour news from the coast. ".repeat(260_000)); // 7.3 MB
            Files.writeString(dir.resolve("z.txt"), "After\n\nA short article that comes last.\n");
            try (ArticlePublisher p = publisher()) {
                p.publishPaths(List.of(dir.toString()), null);
                p.flush();
            }
            assertEquals(List.of("After", "Before"), newValues(Topics.RAW_ARTICLES).stream().map(r -> r.get("title").toString()).sorted().toList());
            GenericRecord dead = newValues(Topics.DEAD_LETTERS).stream()
                    .filter(d -> d.get("errorMessage").toString().contains("big.txt")).findFirst().orElseThrow();
            String message = dead.get("errorMessage").toString();
            assertTrue(message.contains("-byte limit for one record") && message.contains("value cut to its first 1048576 of"), message);
            assertEquals(ArticlePublisher.MAX_DEAD_LETTER_VALUE_BYTES, ((java.nio.ByteBuffer) dead.get("value")).remaining());
        } finally {
            DemoCommand.deleteRecursively(dir);
        }
    }

    @Test
    void anOversizedBodyGets413NotAResetAndStalledClientsDoNotBlockOthers() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        try (ArticlePublisher p = publisher(); IngestHttpServer server = new IngestHttpServer(p, "localhost", 0, 100_000).start()) {
            String url = "http://localhost:" + server.port() + "/articles";
            // 20 MB: the client is still sending when the server knows the answer.
            HttpResponse<String> big = http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[20 * 1024 * 1024])).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(413, big.statusCode(), big.body());
            // Eight clients that announce a body and never send it hold no thread the others need.
            List<java.net.Socket> stalled = new ArrayList<>();
            try {
                for (int i = 0; i < 8; i++) {
                    java.net.Socket s = new java.net.Socket("localhost", server.port());
                    s.getOutputStream().write(("POST /articles HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                            + "Content-Length: 5000\r\n\r\n{\"body\":").getBytes(StandardCharsets.UTF_8));
                    s.getOutputStream().flush();
                    stalled.add(s);
                }
                long t0 = System.nanoTime();
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/health"))
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, health.statusCode());
                assertEquals(200, post(http, url, "application/json", "{\"title\":\"Beside\",\"body\":\"Sent beside stalled clients.\"}").statusCode());
                assertTrue(System.nanoTime() - t0 < Duration.ofSeconds(5).toNanos(), "answered while eight clients stall");
            } finally {
                for (java.net.Socket s : stalled) {
                    s.close();
                }
            }
        }
    }

    @Test
    void twoIngestsOfTheSameFolderAtOnceFenceEachOtherAndPublishEachArticleOnce() throws Exception {
        Path dir = Files.createTempDirectory("ingest-twice");
        try {
            for (int i = 0; i < 1200; i++) { // more than two transactions' worth
                Files.writeString(dir.resolve(String.format("a%04d.txt", i)), "Title " + i + "\n\nBody of article number " + i + ".\n");
            }
            String id = "newsstream-ingest-it-same-inputs";
            List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
            Runnable run = () -> {
                try (ArticlePublisher p = new ArticlePublisher(kafka.bootstrapServers(), registry.url(), new ArticlePublisher.Options(
                        org.newsstream.ingest.ArticleParser.defaults(), List.of(), List.of(), true, org.newsstream.ingest.Progress.silent(), Map.of(), id))) {
                    p.publishPaths(List.of(dir.toString()), null);
                    p.flush();
                } catch (RuntimeException | java.io.IOException e) {
                    failures.add(e); // the run that was fenced stops; what it committed stays
                }
            };
            Thread first = new Thread(run);
            Thread second = new Thread(run);
            first.start();
            Thread.sleep(300);
            second.start();
            first.join();
            second.join();
            List<GenericRecord> raw = newValues(Topics.RAW_ARTICLES);
            assertEquals(1200, raw.size(), "every article once; failures: " + failures);
            assertEquals(1200, raw.stream().map(r -> r.get("id").toString()).distinct().count());
        } finally {
            DemoCommand.deleteRecursively(dir);
        }
    }

    @Test
    void ingestStopsAtOnceWithTheErrorWhenKafkaIsGone() throws Exception {
        Path d = Files.createTempDirectory("ingest-gone");
        Path in = Files.createDirectories(d.resolve("in"));
        for (int i = 0; i < 5; i++) {
            Files.writeString(in.resolve("a" + i + ".txt"), "Title " + i + "\n\nBody " + i + ".\n");
        }
        EmbeddedKafka own = new EmbeddedKafka(d.resolve("kafka"), "localhost", 0);
        TopicSetup.ensurePipelineTopics(own.bootstrapServers(), 1, (short) 1);
        try (ArticlePublisher p = new ArticlePublisher(own.bootstrapServers(), registry.url(),
                Map.of("max.block.ms", 2000, "request.timeout.ms", 2000, "delivery.timeout.ms", 4000))) {
            own.close();
            long t0 = System.nanoTime();
            org.junit.jupiter.api.Assertions.assertThrows(org.apache.kafka.common.KafkaException.class, () -> {
                p.publishPaths(List.of(in.toString()), null);
                p.flush();
            });
            long seconds = Duration.ofNanos(System.nanoTime() - t0).toSeconds();
            assertTrue(seconds < 8, "stopped after " + seconds + " s, not one timeout per article");
        } finally {
            DemoCommand.deleteRecursively(d);
        }
    }

    @Test
    void withATokenHttpIngestTakesArticlesOnlyWithIt() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        try (ArticlePublisher p = publisher(); IngestHttpServer server = new IngestHttpServer(p, "localhost", 0, 100_000, "t0ken").start()) {
            String url = "http://localhost:" + server.port() + "/articles";
            assertEquals(401, post(http, url, "application/json", "{\"title\":\"NoToken\",\"body\":\"Refused.\"}").statusCode());
            HttpResponse<String> ok = http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                    .header("Authorization", "Bearer t0ken").POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"WithToken\",\"body\":\"Taken.\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, ok.statusCode(), ok.body());
            assertEquals(200, http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/health")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode(), "health stays open");
        }
        assertEquals(List.of("WithToken"), newValues(Topics.RAW_ARTICLES).stream().map(r -> r.get("title").toString()).toList());
    }

    @Test
    void standardInputTakesJsonLinesOrOneArticle() throws Exception {
        try (ArticlePublisher p = publisher()) {
            p.publishStream("stdin", new ByteArrayInputStream("{\"title\":\"S1\",\"body\":\"one\"}\n{\"title\":\"S2\",\"body\":\"two\"}\n".getBytes()));
            p.publishStream("stdin", new ByteArrayInputStream("S3\nA plain text article from a pipe.\n".getBytes()));
            p.flush();
        }
        assertEquals(List.of("S1", "S2", "S3"), newValues(Topics.RAW_ARTICLES).stream().map(r -> r.get("title").toString()).sorted().toList());
    }

    // ---- helpers -------------------------------------------------------------------------------

    private static HttpResponse<String> post(HttpClient http, String url, String type, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void respond(com.sun.net.httpserver.HttpExchange ex, String type, String body) throws java.io.IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(200, b.length);
        try (OutputStream o = ex.getResponseBody()) {
            o.write(b);
        }
    }

    private static String httpResponse(String type, String body) {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        return "HTTP/1.1 200 OK\r\nContent-Type: " + type + "\r\nContent-Length: " + b.length + "\r\n\r\n" + body;
    }

    private static void warcRecord(ByteArrayOutputStream out, String type, String uri, String contentType, String block) throws Exception {
        byte[] b = block.getBytes(StandardCharsets.UTF_8);
        String h = "WARC/1.0\r\nWARC-Type: " + type + "\r\nWARC-Record-ID: <urn:uuid:" + java.util.UUID.randomUUID() + ">\r\n"
                + "WARC-Date: 2024-01-02T03:04:05Z\r\n" + (uri == null ? "" : "WARC-Target-URI: " + uri + "\r\n")
                + "Content-Type: " + contentType + "\r\nContent-Length: " + b.length + "\r\n\r\n";
        out.write(h.getBytes(StandardCharsets.UTF_8));
        out.write(b);
        out.write("\r\n\r\n".getBytes(StandardCharsets.UTF_8));
    }

    private static Map<TopicPartition, Long> ends(String topic) {
        try (KafkaConsumer<String, byte[]> c = consumer()) {
            List<TopicPartition> parts = c.partitionsFor(topic).stream().map(i -> new TopicPartition(topic, i.partition())).toList();
            return c.endOffsets(parts);
        }
    }

    private static KafkaConsumer<String, byte[]> consumer() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer());
    }

    /** Committed values written to the topic since this test began. */
    private List<GenericRecord> newValues(String topic) {
        var values = AvroSerdes.generic(Map.of("schema.registry.url", registry.url())).deserializer();
        List<GenericRecord> out = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> c = consumer()) {
            Map<TopicPartition, Long> from = startOffsets.get(topic);
            c.assign(from.keySet());
            from.forEach(c::seek);
            // Committed transactions' markers may land a moment after commit returns: read up to the high watermark.
            Map<TopicPartition, Long> end;
            Properties u = new Properties();
            u.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
            try (KafkaConsumer<String, byte[]> peek = new KafkaConsumer<>(u, new StringDeserializer(), new ByteArrayDeserializer())) {
                end = peek.endOffsets(from.keySet());
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (from.keySet().stream().anyMatch(tp -> c.position(tp) < end.get(tp)) && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> r : c.poll(Duration.ofMillis(200))) {
                    out.add(values.deserialize(topic, r.value()));
                }
            }
        }
        return out;
    }
}
