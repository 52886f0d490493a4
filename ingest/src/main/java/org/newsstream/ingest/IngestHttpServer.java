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
    static {
        org.newsstream.registry.HttpLimits.apply(); // requests and responses cut off after 30 s
    }

    private final HttpServer server;
    private final ArticlePublisher publisher;
    private final long maxBytes;
    private final String token;

    public IngestHttpServer(ArticlePublisher publisher, String host, int port, long maxBytes) throws IOException {
        this(publisher, host, port, maxBytes, null);
    }

    /**
     * @param token when not null, {@code POST /articles} needs it, as the password of HTTP basic auth (any user name)
     *              or as {@code Authorization: Bearer TOKEN}; {@code /health} stays open
     */
    public IngestHttpServer(ArticlePublisher publisher, String host, int port, long maxBytes, String token) throws IOException {
        this.token = token == null || token.isBlank() ? null : token;
        this.publisher = publisher;
        this.maxBytes = maxBytes;
        server = HttpServer.create(new InetSocketAddress(host, port), 64);
        server.setExecutor(Executors.newFixedThreadPool(org.newsstream.registry.HttpLimits.THREADS));
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
        if (token != null && !org.newsstream.registry.WriteToken.carriedBy(ex.getRequestHeaders().getFirst("Authorization"), token)) {
            ex.getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"newsstream ingest\"");
            send(ex, 401, error("POST /articles needs this server's token"));
            return;
        }
        long declared = contentLength(ex);
        byte[] body;
        try (InputStream in = ex.getRequestBody()) {
            if (declared > maxBytes) {
                // The body is read and dropped, up to a bound, before the answer: a client still sending it would
                // otherwise see its connection reset, not the 413.
                tooLarge(ex, in);
                return;
            }
            body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (body.length > maxBytes) {
                tooLarge(ex, in);
                return;
            }
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
        boolean tooLarge = false;
        try {
            synchronized (publisher) {
                for (ArticleParser.Parsed p : parsed) {
                    RawArticle a = p.article();
                    a.setSource("http:" + ex.getRemoteAddress().getAddress().getHostAddress());
                    ArticlePublisher.Outcome o = publisher.publish(a);
                    tooLarge |= o == ArticlePublisher.Outcome.TOO_LARGE;
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
        // An article over the record limit went to the dead letters: the request as a whole is too large.
        send(ex, tooLarge ? 413 : 200, ok);
    }

    private static long contentLength(HttpExchange ex) {
        try {
            String v = ex.getRequestHeaders().getFirst("Content-Length");
            return v == null ? -1 : Long.parseLong(v.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Bodies read and dropped after a 413, at most, so that a client that does not wait still sees the answer. */
    private static final long MAX_DRAINED_BYTES = 64L * 1024 * 1024;

    private void tooLarge(HttpExchange ex, InputStream in) throws IOException {
        long drained = 0;
        byte[] buf = new byte[1 << 16];
        for (int n; drained < MAX_DRAINED_BYTES && (n = in.read(buf)) > 0; ) {
            drained += n;
        }
        ex.getResponseHeaders().set("Connection", "close");
        send(ex, 413, error("request larger than " + maxBytes + " bytes"));
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
