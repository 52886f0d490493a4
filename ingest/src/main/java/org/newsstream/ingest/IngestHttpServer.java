package org.newsstream.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import org.apache.kafka.common.KafkaException;
import org.newsstream.avro.RawArticle;

/**
 * {@code POST /articles}: one JSON article, a JSON array, or {@code application/x-ndjson}. It answers 200 only
 * after Kafka acknowledged the write, 400 with the reason for a malformed article (nothing of that request is
 * published), 413 above the size limit, and 503 while Kafka cannot be reached. Binds to localhost unless told
 * otherwise.
 */
public final class IngestHttpServer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ArticlePublisher publisher;
    private final long maxBytes;

    public IngestHttpServer(ArticlePublisher publisher, String host, int port, long maxBytes) throws IOException {
        this.publisher = publisher;
        this.maxBytes = maxBytes;
        server = HttpServer.create(new InetSocketAddress(host, port), 64);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/articles", this::handle);
        server.createContext("/health", ex -> send(ex, 200, JSON.createObjectNode().put("status", "ok")));
    }

    public IngestHttpServer start() {
        server.start();
        return this;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange ex) throws IOException {
        if (!ex.getRequestMethod().equals("POST")) {
            send(ex, 405, error("use POST"));
            return;
        }
        byte[] body;
        try (InputStream in = ex.getRequestBody()) {
            body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        }
        if (body.length > maxBytes) {
            send(ex, 413, error("request larger than " + maxBytes + " bytes"));
            return;
        }
        String type = ex.getRequestHeaders().getFirst("Content-Type");
        boolean ndjson = type != null && type.toLowerCase().contains("ndjson");
        ArticleParser parser = new ArticleParser(ndjson ? ArticleParser.Format.JSONL : ArticleParser.Format.JSON, java.util.Map.of());
        List<ArticleParser.Parsed> parsed = parser.parseContent("http", body);
        List<String> errors = new ArrayList<>();
        for (ArticleParser.Parsed p : parsed) {
            if (!p.ok()) {
                errors.add(p.origin() + ": " + p.error());
            }
        }
        if (!errors.isEmpty()) {
            ObjectNode e = error("malformed article(s); nothing from this request was published");
            errors.forEach(e.putArray("errors")::add);
            send(ex, 400, e);
            return;
        }
        ArrayNode results = JSON.createArrayNode();
        try {
            synchronized (publisher) {
                for (ArticleParser.Parsed p : parsed) {
                    RawArticle a = p.article();
                    a.setSource("http:" + ex.getRemoteAddress().getAddress().getHostAddress());
                    ArticlePublisher.Outcome o = publisher.publish(a);
                    results.add(JSON.createObjectNode().put("id", a.getId()).put("status", o.name().toLowerCase()));
                }
                publisher.flush(); // answer only after Kafka acknowledged
            }
        } catch (KafkaException | IllegalStateException e) {
            publisher.abort();
            send(ex, 503, error("Kafka is not reachable, try again later: " + e.getMessage()));
            return;
        }
        ObjectNode ok = JSON.createObjectNode();
        ok.set("articles", results);
        send(ex, 200, ok);
    }

    private static ObjectNode error(String message) {
        return JSON.createObjectNode().put("error", message);
    }

    private static void send(HttpExchange ex, int status, ObjectNode body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
