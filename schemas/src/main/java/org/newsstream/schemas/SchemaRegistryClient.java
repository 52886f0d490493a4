package org.newsstream.schemas;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.kafka.common.errors.SerializationException;

/**
 * Client for Confluent's Schema Registry REST API (and newsstream's own registry, which speaks it).
 * Ids are immutable, so every answer is cached for the life of the client.
 */
public class SchemaRegistryClient {
    static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A registered schema: its global id, its version under the subject, and the schema itself. */
    public record Registered(int id, int version, Schema schema) {}

    private final String baseUrl;
    private final HttpClient http;
    private final Map<Integer, Schema> byId = new ConcurrentHashMap<>();
    // Keyed by Schema (its hash is cached), not by its JSON text: serializing every record must not print the schema.
    private final Map<String, Map<Schema, Integer>> idBySubjectAndSchema = new ConcurrentHashMap<>();

    /** "user:password" for HTTP basic auth, or null. */
    private final String userInfo;

    public SchemaRegistryClient(String baseUrl) {
        this(baseUrl, null);
    }

    /**
     * @param userInfo "user:password" sent as HTTP basic auth (Confluent's {@code basic.auth.user.info}); credentials
     *                 in the URL ("http://user:password@host:8081", Confluent's {@code basic.auth.credentials.source=URL})
     *                 serve when this is null
     */
    /** For an implementation that keeps schemas elsewhere ({@link MockSchemaRegistryClient}). */
    protected SchemaRegistryClient(String baseUrl, boolean noHttp) {
        this.baseUrl = baseUrl;
        this.userInfo = null;
        this.http = null;
    }

    public SchemaRegistryClient(String baseUrl, String userInfo) {
        // A comma-separated list is allowed by Confluent's config; we use the first reachable URL.
        URI first = URI.create(baseUrl.split(",")[0].trim().replaceAll("/+$", ""));
        this.userInfo = userInfo != null && !userInfo.isBlank() ? userInfo : first.getRawUserInfo() == null ? null
                : java.net.URLDecoder.decode(first.getRawUserInfo(), StandardCharsets.UTF_8);
        this.baseUrl = first.getRawUserInfo() == null ? first.toString() : first.toString().replace(first.getRawUserInfo() + "@", "");
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** POST /subjects/{subject}/versions: registers (or finds) the schema and returns its id. */
    public int register(String subject, Schema schema) {
        return ids(subject).computeIfAbsent(schema, k -> {
            JsonNode r = call("POST", "/subjects/" + enc(subject) + "/versions", schemaBody(schema));
            int id = r.get("id").asInt();
            byId.putIfAbsent(id, schema);
            return id;
        });
    }

    /** POST /subjects/{subject}: the id of an already registered schema; fails when it is not registered. */
    public int lookup(String subject, Schema schema) {
        return ids(subject).computeIfAbsent(schema, k -> {
            JsonNode r = call("POST", "/subjects/" + enc(subject), schemaBody(schema));
            int id = r.get("id").asInt();
            byId.putIfAbsent(id, schema);
            return id;
        });
    }

    private Map<Schema, Integer> ids(String subject) {
        return idBySubjectAndSchema.computeIfAbsent(subject, k -> new ConcurrentHashMap<>());
    }

    /** GET /subjects/{subject}/versions/latest (not cached: latest moves). */
    public Registered latest(String subject) {
        JsonNode r = call("GET", "/subjects/" + enc(subject) + "/versions/latest", null);
        Schema schema = new Schema.Parser().parse(r.get("schema").asText());
        byId.putIfAbsent(r.get("id").asInt(), schema);
        return new Registered(r.get("id").asInt(), r.get("version").asInt(), schema);
    }

    /** GET /schemas/ids/{id}. */
    public Schema schemaById(int id) {
        return byId.computeIfAbsent(id, i -> {
            JsonNode r = call("GET", "/schemas/ids/" + i, null);
            return new Schema.Parser().parse(r.get("schema").asText());
        });
    }

    private static String schemaBody(Schema schema) {
        return JSON.createObjectNode().put("schema", schema.toString()).toString();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private JsonNode call(String method, String path, String body) {
        HttpRequest.Builder req = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", CONTENT_TYPE + ", application/json");
        if (userInfo != null) {
            req.header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(userInfo.getBytes(StandardCharsets.UTF_8)));
        }
        if (body != null) {
            req.header("Content-Type", CONTENT_TYPE).method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            req.method(method, HttpRequest.BodyPublishers.noBody());
        }
        try {
            HttpResponse<String> resp = http.send(req.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json = resp.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(resp.body());
            if (resp.statusCode() >= 300) {
                throw new RegistryException(resp.statusCode(), json.path("error_code").asInt(resp.statusCode()),
                        method + " " + baseUrl + path + ": " + json.path("message").asText(resp.body()));
            }
            return json;
        } catch (IOException e) {
            throw new SerializationException("Schema registry at " + baseUrl + " unreachable: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SerializationException("Interrupted while calling schema registry " + baseUrl, e);
        }
    }

    /** An error answer from the registry, with Confluent's error code (40401 subject not found, 409 incompatible, ...). */
    public static class RegistryException extends SerializationException {
        private final int status;
        private final int errorCode;

        public RegistryException(int status, int errorCode, String message) {
            super("Schema registry error " + errorCode + " (HTTP " + status + "): " + message);
            this.status = status;
            this.errorCode = errorCode;
        }

        public int status() {
            return status;
        }

        public int errorCode() {
            return errorCode;
        }
    }
}
