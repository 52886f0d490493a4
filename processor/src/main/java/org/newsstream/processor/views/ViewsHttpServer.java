package org.newsstream.processor.views;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.newsstream.schemas.AvroJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The processor's HTTP server: the views as JSON under {@code /api}, their live feed as Server-Sent Events, and the
 * dashboard page, all from one port. Bound before Kafka Streams starts, so its address can be the application's
 * {@code application.server}.
 */
public final class ViewsHttpServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ViewsHttpServer.class);
    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 500;
    private static final Set<String> COUNTED = Set.of(Mentions.SPEAKERS, Mentions.ENTITIES, Mentions.PLACES,
            Mentions.LANGUAGES, Mentions.COMENTIONS, Mentions.QUOTATIONS);
    private static final Map<String, String> CONTENT_TYPES = Map.of("html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8", "json", "application/json",
            "svg", "image/svg+xml", "png", "image/png");

    private final HttpServer server;
    private final ExecutorService executor;
    private volatile ViewsService views;
    private volatile LiveFeed feed;

    /** Binds now (port 0: any free port); answers 503 until {@link #start} is given the views. */
    public ViewsHttpServer(String host, int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress(host, port), 64);
        // A live-feed client holds its thread for as long as it watches; the others are quick.
        executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "newsstream-views-http");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public void start(ViewsService views, LiveFeed feed) {
        this.views = views;
        this.feed = feed;
        LOG.info("Dashboard and views API on http://{}:{}/", server.getAddress().getHostString(), port());
    }

    private void handle(HttpExchange ex) {
        // Not try-with-resources: that would close the exchange before a catch block could answer with the error.
        try {
            String path = ex.getRequestURI().getPath();
            if (!ex.getRequestMethod().equals("GET") && !ex.getRequestMethod().equals("HEAD")) {
                error(ex, 405, "only GET");
            } else if (path.startsWith("/api/")) {
                api(ex, path.substring("/api/".length()));
            } else {
                asset(ex, path.equals("/") ? "index.html" : path.substring(1));
            }
        } catch (ViewsService.NotReady e) {
            ex.getResponseHeaders().set("Retry-After", "1");
            error(ex, 503, e.getMessage());
        } catch (IllegalArgumentException e) {
            error(ex, 400, e.getMessage());
        } catch (IOException e) {
            LOG.debug("client went away: {}", e.toString());
        } catch (RuntimeException e) {
            LOG.warn("views API failed on {}", ex.getRequestURI(), e);
            error(ex, 500, e.toString());
        } finally {
            ex.close();
        }
    }

    private void api(HttpExchange ex, String route) throws IOException {
        ViewsService v = views;
        if (v == null) {
            throw new ViewsService.NotReady("the processor is starting");
        }
        Map<String, String> q = query(ex.getRequestURI().getRawQuery());
        boolean local = "local".equals(q.get("scope"));
        String self = ex.getRequestURI().getRawPath() + (ex.getRequestURI().getRawQuery() == null ? "" : "?" + ex.getRequestURI().getRawQuery());
        String window = q.getOrDefault("window", v.config().windows().get(0).name());
        int limit = limit(q.get("limit"));
        if (route.equals("events")) {
            events(ex);
        } else if (COUNTED.contains(route)) {
            String type = q.get("type") == null ? null : q.get("type").toUpperCase(Locale.ROOT);
            json(ex, v.counts(route, type, window, limit, local, self));
        } else if (route.equals("stories")) {
            json(ex, v.stories(window, limit, local, self));
        } else if (route.equals("quotes/latest")) {
            json(ex, v.latestQuotes(limit, local, self));
        } else if (route.startsWith("articles/") && route.length() > "articles/".length()) {
            String id = URLDecoder.decode(route.substring("articles/".length()), StandardCharsets.UTF_8);
            JsonNode article = v.article(id, local, self);
            if (article == null) {
                error(ex, 404, "no article '" + id + "' in the views (unknown, or older than the retention)");
            } else {
                json(ex, "summary".equals(q.get("fields")) && article instanceof ObjectNode o ? summary(o) : article);
            }
        } else if (route.equals("instances")) {
            json(ex, v.instances());
        } else if (route.equals("windows")) {
            var out = AvroJson.MAPPER.createArrayNode();
            v.config().windows().forEach(w -> out.addObject().put("name", w.name())
                    .put("sizeMs", w.size().toMillis()).put("hopMs", w.advance().toMillis()));
            json(ex, out);
        } else {
            error(ex, 404, "no such API: /api/" + route + " (see the README, Live views)");
        }
    }

    /** An article without its text and the mentions' positions: what a list of articles shows. */
    private static JsonNode summary(ObjectNode article) {
        ObjectNode s = article.deepCopy();
        s.remove("body");
        s.put("quotes", article.path("quotes").size());
        s.put("entities", article.path("entities").size());
        s.put("places", article.path("places").size());
        return s;
    }

    private void events(HttpExchange ex) throws IOException {
        LiveFeed f = feed;
        ex.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        ex.getResponseHeaders().set("Cache-Control", "no-cache");
        ex.sendResponseHeaders(200, 0);
        OutputStream out = ex.getResponseBody();
        f.subscribe(out);
        // The exchange stays open: the feed writes to it until the client goes (a failed write removes it).
        synchronized (out) {
            try {
                while (f.isSubscribed(out)) {
                    out.wait(1000);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void asset(HttpExchange ex, String name) throws IOException {
        if (name.contains("..")) {
            error(ex, 404, "not found");
            return;
        }
        try (InputStream in = ViewsHttpServer.class.getResourceAsStream("/dashboard/" + name)) {
            if (in == null) {
                error(ex, 404, "not found: /" + name);
                return;
            }
            byte[] body = in.readAllBytes();
            String ext = name.substring(name.lastIndexOf('.') + 1);
            ex.getResponseHeaders().set("Content-Type", CONTENT_TYPES.getOrDefault(ext, "application/octet-stream"));
            send(ex, 200, body);
        }
    }

    private static int limit(String text) {
        if (text == null) {
            return DEFAULT_LIMIT;
        }
        try {
            int n = Integer.parseInt(text);
            if (n < 1 || n > MAX_LIMIT) {
                throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT + ", not " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("limit must be a number, not '" + text + "'");
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> out = new HashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return out;
    }

    private static void json(HttpExchange ex, JsonNode body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "application/json");
        send(ex, 200, AvroJson.MAPPER.writeValueAsBytes(body));
    }

    private static void error(HttpExchange ex, int status, String message) {
        try {
            ex.getResponseHeaders().set("Content-Type", "application/json");
            send(ex, status, AvroJson.MAPPER.writeValueAsBytes(AvroJson.MAPPER.createObjectNode()
                    .put("error_code", status).put("message", message)));
        } catch (IOException e) {
            LOG.debug("client went away: {}", e.toString());
        }
    }

    private static void send(HttpExchange ex, int status, byte[] body) throws IOException {
        boolean head = ex.getRequestMethod().equals("HEAD");
        ex.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            ex.getResponseBody().write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
