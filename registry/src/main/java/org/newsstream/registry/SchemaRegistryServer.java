package org.newsstream.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * HTTP front of the registry: the subset of Confluent Schema Registry's REST API that serializers,
 * Kafka Connect and common tooling call, with Confluent's content type, error codes and JSON shapes.
 */
public class SchemaRegistryServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SchemaRegistryServer.class);

    static {
        HttpLimits.apply(); // a stalled client is cut off after 30 s and holds one of 32 threads meanwhile
    }
    static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Requests larger than this are refused: a schema is kilobytes, never megabytes. */
    private static final int MAX_BODY = 4 * 1024 * 1024;

    private static final Pattern SUBJECT_VERSIONS = Pattern.compile("^/subjects/([^/]+)/versions/?$");
    private static final Pattern SUBJECT_VERSION = Pattern.compile("^/subjects/([^/]+)/versions/([^/]+)/?$");
    private static final Pattern SUBJECT_VERSION_SCHEMA = Pattern.compile("^/subjects/([^/]+)/versions/([^/]+)/schema/?$");
    private static final Pattern SUBJECT = Pattern.compile("^/subjects/([^/]+)/?$");
    private static final Pattern SCHEMA_ID = Pattern.compile("^/schemas/ids/(\\d+)(/schema)?/?$");
    private static final Pattern CONFIG_SUBJECT = Pattern.compile("^/config/([^/]+)/?$");
    private static final Pattern COMPAT = Pattern.compile("^/compatibility/subjects/([^/]+)/versions/([^/]+)/?$");

    private final SchemaRegistry registry;
    private final String host;
    private final HttpServer server;
    private final ExecutorService executor;
    /** When set, requests that change state must carry it (HTTP basic auth password, or a bearer token). */
    private final String writeToken;

    public SchemaRegistryServer(SchemaRegistry registry, String host, int port) throws IOException {
        this(registry, host, port, null);
    }

    /**
     * @param writeToken when not null, registering, deleting and changing configuration need it: as the password of
     *                   HTTP basic auth (any user name; Confluent's clients send it from {@code basic.auth.user.info})
     *                   or as {@code Authorization: Bearer TOKEN}. Reads stay open.
     */
    public SchemaRegistryServer(SchemaRegistry registry, String host, int port, String writeToken) throws IOException {
        this.writeToken = writeToken == null || writeToken.isBlank() ? null : writeToken;
        this.registry = registry;
        this.host = host;
        this.server = HttpServer.create(new InetSocketAddress(host, port), 64);
        this.executor = Executors.newFixedThreadPool(HttpLimits.THREADS, r -> {
            Thread t = new Thread(r, "schema-registry-http");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
    }

    public SchemaRegistryServer start() {
        server.start();
        LOG.info("Schema registry listening on {}", url());
        return this;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String url() {
        String h = host.equals("0.0.0.0") || host.equals("::") ? "localhost" : host;
        return "http://" + h + ":" + port();
    }

    private void handle(HttpExchange ex) throws IOException {
        String method = ex.getRequestMethod();
        String path = ex.getRequestURI().getRawPath();
        Map<String, String> query = query(ex.getRequestURI().getRawQuery());
        try {
            if (writeToken != null && changesState(method, path) && !WriteToken.carriedBy(ex.getRequestHeaders().getFirst("Authorization"), writeToken)) {
                ex.getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"newsstream registry\"");
                send(ex, 401, JSON.createObjectNode().put("error_code", 401).put("message", "writes to this registry need its token"));
                return;
            }
            Object body = route(method, path, query, ex);
            send(ex, 200, body);
        } catch (RegistryError e) {
            send(ex, e.status, JSON.createObjectNode().put("error_code", e.code).put("message", e.getMessage()));
        } catch (BadRequest e) {
            send(ex, e.status, JSON.createObjectNode().put("error_code", e.status).put("message", e.getMessage()));
        } catch (RuntimeException e) {
            LOG.error("{} {} failed", method, path, e);
            send(ex, 500, JSON.createObjectNode().put("error_code", 50001).put("message", e.toString()));
        }
    }

    private Object route(String method, String path, Map<String, String> q, HttpExchange ex) throws IOException {
        boolean deleted = Boolean.parseBoolean(q.getOrDefault("deleted", "false"));
        boolean permanent = Boolean.parseBoolean(q.getOrDefault("permanent", "false"));
        Matcher m;
        if (path.equals("/") || path.isEmpty()) {
            return JSON.createObjectNode();
        }
        if (path.matches("^/subjects/?$") && method.equals("GET")) {
            return registry.subjects(deleted);
        }
        if (path.matches("^/schemas/types/?$") && method.equals("GET")) {
            return List.of("AVRO");
        }
        if ((m = SUBJECT_VERSIONS.matcher(path)).matches()) {
            String s = dec(m.group(1));
            if (method.equals("GET")) {
                return registry.versions(s, deleted);
            }
            if (method.equals("POST")) {
                int id = registry.register(s, schemaOf(readBody(ex)));
                return JSON.createObjectNode().put("id", id);
            }
        }
        if ((m = SUBJECT_VERSION_SCHEMA.matcher(path)).matches() && method.equals("GET")) {
            return JSON.readTree(registry.version(dec(m.group(1)), dec(m.group(2)), deleted).schema());
        }
        if ((m = SUBJECT_VERSION.matcher(path)).matches()) {
            String s = dec(m.group(1));
            String v = dec(m.group(2));
            if (method.equals("GET")) {
                return versionJson(registry.version(s, v, deleted));
            }
            if (method.equals("DELETE")) {
                return registry.deleteVersion(s, v, permanent);
            }
        }
        if ((m = SUBJECT.matcher(path)).matches()) {
            String s = dec(m.group(1));
            if (method.equals("POST")) {
                return versionJson(registry.lookup(s, schemaOf(readBody(ex))));
            }
            if (method.equals("DELETE")) {
                return registry.deleteSubject(s, permanent);
            }
        }
        if ((m = SCHEMA_ID.matcher(path)).matches() && method.equals("GET")) {
            String schema = registry.schemaById(Integer.parseInt(m.group(1)));
            return m.group(2) != null ? JSON.readTree(schema) : JSON.createObjectNode().put("schema", schema);
        }
        if (path.matches("^/config/?$")) {
            if (method.equals("GET")) {
                return JSON.createObjectNode().put("compatibilityLevel", registry.globalLevel().name());
            }
            if (method.equals("PUT")) {
                CompatibilityLevel level = levelOf(readBody(ex));
                registry.setLevel(null, level);
                return JSON.createObjectNode().put("compatibility", level.name());
            }
        }
        if ((m = CONFIG_SUBJECT.matcher(path)).matches()) {
            String s = dec(m.group(1));
            if (method.equals("GET")) {
                CompatibilityLevel level = registry.subjectLevel(s).orElseGet(() -> {
                    if (Boolean.parseBoolean(q.getOrDefault("defaultToGlobal", "false"))) {
                        return registry.globalLevel();
                    }
                    throw RegistryError.subjectConfigNotFound(s);
                });
                return JSON.createObjectNode().put("compatibilityLevel", level.name());
            }
            if (method.equals("PUT")) {
                CompatibilityLevel level = levelOf(readBody(ex));
                registry.setLevel(s, level);
                return JSON.createObjectNode().put("compatibility", level.name());
            }
            if (method.equals("DELETE")) {
                CompatibilityLevel was = registry.effectiveLevel(s);
                registry.deleteSubjectLevel(s);
                return JSON.createObjectNode().put("compatibilityLevel", was.name());
            }
        }
        if ((m = COMPAT.matcher(path)).matches() && method.equals("POST")) {
            List<String> reasons = registry.compatibility(dec(m.group(1)), dec(m.group(2)), schemaOf(readBody(ex)));
            ObjectNode r = JSON.createObjectNode().put("is_compatible", reasons.isEmpty());
            if (Boolean.parseBoolean(q.getOrDefault("verbose", "false"))) {
                reasons.forEach(r.putArray("messages")::add);
            }
            return r;
        }
        throw new BadRequest(404, "HTTP 404 Not Found: " + method + " " + path);
    }

    private static ObjectNode versionJson(SchemaRegistry.Version v) {
        return JSON.createObjectNode().put("subject", v.subject()).put("version", v.version())
                .put("id", v.id()).put("schema", v.schema());
    }

    private static String schemaOf(JsonNode body) {
        String type = body.path("schemaType").asText("AVRO");
        if (!type.equalsIgnoreCase("AVRO")) {
            throw RegistryError.invalidSchema("schemaType " + type + " is not supported; this registry stores AVRO only");
        }
        if (!body.path("schema").isTextual()) {
            throw RegistryError.invalidSchema("request body needs a string field 'schema'");
        }
        return body.path("schema").asText();
    }

    private static CompatibilityLevel levelOf(JsonNode body) {
        JsonNode c = body.has("compatibility") ? body.get("compatibility") : body.get("compatibilityLevel");
        if (c == null || !c.isTextual()) {
            throw RegistryError.invalidCompatibility(String.valueOf(c));
        }
        return CompatibilityLevel.parse(c.asText());
    }

    private static JsonNode readBody(HttpExchange ex) throws IOException {
        try (InputStream in = ex.getRequestBody()) {
            byte[] bytes = in.readNBytes(MAX_BODY + 1);
            if (bytes.length > MAX_BODY) {
                throw new BadRequest(413, "Request body larger than " + MAX_BODY + " bytes");
            }
            try {
                return JSON.readTree(bytes);
            } catch (IOException e) {
                throw new BadRequest(400, "Unrecognized JSON body: " + e.getMessage());
            }
        }
    }

    private static void send(HttpExchange ex, int status, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        ex.getResponseHeaders().set("Content-Type", CONTENT_TYPE);
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> q = new HashMap<>();
        if (raw != null) {
            for (String kv : raw.split("&")) {
                int i = kv.indexOf('=');
                q.put(dec(i < 0 ? kv : kv.substring(0, i)), i < 0 ? "" : dec(kv.substring(i + 1)));
            }
        }
        return q;
    }

    /** Registering, deleting and configuring change state; reads, lookups and compatibility checks (POSTs too) do not. */
    static boolean changesState(String method, String path) {
        return method.equals("PUT") || method.equals("DELETE") || method.equals("POST") && SUBJECT_VERSIONS.matcher(path).matches();
    }

    private static String dec(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    private static final class BadRequest extends RuntimeException {
        final int status;

        BadRequest(int status, String message) {
            super(message);
            this.status = status;
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        registry.close();
    }
}
