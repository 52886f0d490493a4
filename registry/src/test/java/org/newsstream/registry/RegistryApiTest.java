package org.newsstream.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The registry's REST API over real HTTP, with Confluent's status codes, error codes and shapes. */
class RegistryApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String V1 = "{\"type\":\"record\",\"name\":\"Article\",\"namespace\":\"t\",\"fields\":[{\"name\":\"id\",\"type\":\"string\"}]}";
    // Adds a field with a default: BACKWARD compatible.
    static final String V2 = "{\"type\":\"record\",\"name\":\"Article\",\"namespace\":\"t\",\"fields\":[{\"name\":\"id\",\"type\":\"string\"},"
            + "{\"name\":\"title\",\"type\":[\"null\",\"string\"],\"default\":null}]}";
    // Adds a required field: not BACKWARD compatible.
    static final String BAD = "{\"type\":\"record\",\"name\":\"Article\",\"namespace\":\"t\",\"fields\":[{\"name\":\"id\",\"type\":\"string\"},"
            + "{\"name\":\"body\",\"type\":\"string\"}]}";

    private SchemaRegistryServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    record Answer(int status, JsonNode body, String contentType) {}

    @BeforeEach
    void start() throws Exception {
        server = new SchemaRegistryServer(new SchemaRegistry(new InMemorySchemaLog(), CompatibilityLevel.BACKWARD), "localhost", 0).start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    Answer call(String method, String path, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url() + path))
                .header("Content-Type", "application/vnd.schemaregistry.v1+json");
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(r.statusCode(), JSON.readTree(r.body()), r.headers().firstValue("Content-Type").orElse(""));
    }

    static String schemaBody(String schema) {
        return JSON.createObjectNode().put("schema", schema).toString();
    }

    @Test
    void registersAndReturnsTheSameIdForTheSameSchema() throws Exception {
        Answer first = call("POST", "/subjects/articles-value/versions", schemaBody(V1));
        assertEquals(200, first.status());
        assertEquals("application/vnd.schemaregistry.v1+json", first.contentType());
        int id = first.body().get("id").asInt();
        assertEquals(id, call("POST", "/subjects/articles-value/versions", schemaBody(V1)).body().get("id").asInt());
        // Same schema under another subject: same global id, version 1 there.
        assertEquals(id, call("POST", "/subjects/other-value/versions", schemaBody(V1)).body().get("id").asInt());
        assertEquals("[1]", call("GET", "/subjects/other-value/versions", null).body().toString());
    }

    @Test
    void servesSchemasByIdSubjectAndVersion() throws Exception {
        int id1 = call("POST", "/subjects/a-value/versions", schemaBody(V1)).body().get("id").asInt();
        int id2 = call("POST", "/subjects/a-value/versions", schemaBody(V2)).body().get("id").asInt();
        assertNotEquals(id1, id2);
        assertEquals("[\"a-value\"]", call("GET", "/subjects", null).body().toString());
        assertEquals("[1,2]", call("GET", "/subjects/a-value/versions", null).body().toString());
        JsonNode latest = call("GET", "/subjects/a-value/versions/latest", null).body();
        assertEquals(2, latest.get("version").asInt());
        assertEquals(id2, latest.get("id").asInt());
        assertEquals("a-value", latest.get("subject").asText());
        JsonNode byId = call("GET", "/schemas/ids/" + id1, null).body();
        assertEquals(JSON.readTree(V1), JSON.readTree(byId.get("schema").asText()));
        JsonNode lookup = call("POST", "/subjects/a-value", schemaBody(V2)).body();
        assertEquals(2, lookup.get("version").asInt());
        assertEquals(id2, lookup.get("id").asInt());
    }

    @Test
    void answersWithConfluentErrorCodes() throws Exception {
        assertError(call("GET", "/subjects/nope/versions", null), 404, 40401);
        call("POST", "/subjects/a-value/versions", schemaBody(V1));
        assertError(call("GET", "/subjects/a-value/versions/7", null), 404, 40402);
        assertError(call("GET", "/schemas/ids/999", null), 404, 40403);
        assertError(call("POST", "/subjects/a-value", schemaBody(V2)), 404, 40403);
        assertError(call("POST", "/subjects/a-value/versions", schemaBody("{\"type\":\"nonsense\"}")), 422, 42201);
        assertError(call("GET", "/subjects/a-value/versions/zero", null), 422, 42202);
        assertError(call("PUT", "/config", "{\"compatibility\":\"SIDEWAYS\"}"), 422, 42203);
        assertError(call("GET", "/config/a-value", null), 404, 40408);
    }

    @Test
    void refusesAnIncompatibleSchemaUnderBackwardAndAcceptsItUnderNone() throws Exception {
        call("POST", "/subjects/a-value/versions", schemaBody(V1));
        assertError(call("POST", "/subjects/a-value/versions", schemaBody(BAD)), 409, 409);
        JsonNode check = call("POST", "/compatibility/subjects/a-value/versions/latest?verbose=true", schemaBody(BAD)).body();
        assertFalse(check.get("is_compatible").asBoolean());
        assertTrue(check.get("messages").get(0).asText().contains("body"));
        assertTrue(call("POST", "/compatibility/subjects/a-value/versions/1", schemaBody(V2)).body().get("is_compatible").asBoolean());

        assertEquals("NONE", call("PUT", "/config/a-value", "{\"compatibility\":\"NONE\"}").body().get("compatibility").asText());
        assertEquals("NONE", call("GET", "/config/a-value", null).body().get("compatibilityLevel").asText());
        assertEquals("BACKWARD", call("GET", "/config", null).body().get("compatibilityLevel").asText());
        assertEquals(200, call("POST", "/subjects/a-value/versions", schemaBody(BAD)).status());
    }

    @Test
    void transitiveLevelsCheckEveryEarlierVersion() throws Exception {
        String v3 = V2.replace("{\"name\":\"title\",\"type\":[\"null\",\"string\"],\"default\":null}",
                "{\"name\":\"title\",\"type\":[\"null\",\"string\"],\"default\":null},{\"name\":\"extra\",\"type\":\"int\",\"default\":0}");
        call("PUT", "/config", "{\"compatibility\":\"FORWARD_TRANSITIVE\"}");
        call("POST", "/subjects/a-value/versions", schemaBody(V1));
        assertEquals(200, call("POST", "/subjects/a-value/versions", schemaBody(V2)).status());
        assertEquals(200, call("POST", "/subjects/a-value/versions", schemaBody(v3)).status());
        // Removing the required "id" field breaks every earlier reader.
        String noId = "{\"type\":\"record\",\"name\":\"Article\",\"namespace\":\"t\",\"fields\":[{\"name\":\"extra\",\"type\":\"int\",\"default\":0}]}";
        assertError(call("POST", "/subjects/a-value/versions", schemaBody(noId)), 409, 409);
    }

    @Test
    void softAndPermanentDeletes() throws Exception {
        int id = call("POST", "/subjects/a-value/versions", schemaBody(V1)).body().get("id").asInt();
        call("POST", "/subjects/a-value/versions", schemaBody(V2));
        assertError(call("DELETE", "/subjects/a-value?permanent=true", null), 404, 40405);
        assertEquals(1, call("DELETE", "/subjects/a-value/versions/1", null).body().asInt());
        assertEquals("[2]", call("GET", "/subjects/a-value/versions", null).body().toString());
        assertEquals("[1,2]", call("GET", "/subjects/a-value/versions?deleted=true", null).body().toString());
        // Ids stay readable after a soft delete: old records must still decode.
        assertEquals(200, call("GET", "/schemas/ids/" + id, null).status());
        assertEquals("[2]", call("DELETE", "/subjects/a-value", null).body().toString());
        assertEquals("[]", call("GET", "/subjects", null).body().toString());
        assertEquals("[1,2]", call("DELETE", "/subjects/a-value?permanent=true", null).body().toString());
        assertError(call("GET", "/subjects/a-value/versions?deleted=true", null), 404, 40401);
    }

    private static void assertError(Answer a, int status, int code) {
        assertEquals(status, a.status(), a.body().toString());
        assertEquals(code, a.body().get("error_code").asInt(), a.body().toString());
        assertTrue(a.body().get("message").asText().length() > 5);
    }

    @Test
    void withAWriteTokenRegisteringDeletingAndConfiguringNeedItAndReadingDoesNot() throws Exception {
        server.close();
        server = new SchemaRegistryServer(new SchemaRegistry(new InMemorySchemaLog(), CompatibilityLevel.BACKWARD), "localhost", 0, "s3cret").start();
        assertEquals(401, call("POST", "/subjects/articles-value/versions", schemaBody(V1)).status());
        assertEquals(401, call("PUT", "/config", "{\"compatibility\":\"NONE\"}").status());
        String basic = "Basic " + java.util.Base64.getEncoder().encodeToString("anyone:s3cret".getBytes());
        HttpResponse<String> registered = http.send(HttpRequest.newBuilder(URI.create(server.url() + "/subjects/articles-value/versions"))
                .header("Content-Type", "application/vnd.schemaregistry.v1+json").header("Authorization", basic)
                .POST(HttpRequest.BodyPublishers.ofString(schemaBody(V1))).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, registered.statusCode(), registered.body());
        assertEquals(401, call("DELETE", "/subjects/articles-value", null).status(), "deleting needs the token");
        assertEquals(200, call("GET", "/subjects", null).status(), "reading does not");
        assertEquals(200, call("POST", "/subjects/articles-value", schemaBody(V1)).status(), "nor does looking a schema up");
        HttpResponse<String> wrong = http.send(HttpRequest.newBuilder(URI.create(server.url() + "/subjects/articles-value"))
                .header("Authorization", "Bearer not-it").DELETE().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, wrong.statusCode());
        HttpResponse<String> bearer = http.send(HttpRequest.newBuilder(URI.create(server.url() + "/subjects/articles-value"))
                .header("Authorization", "Bearer s3cret").DELETE().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, bearer.statusCode(), bearer.body());
    }

    @Test
    void stalledClientsDoNotBlockOthers() throws Exception {
        java.util.List<java.net.Socket> stalled = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < 12; i++) { // more than the eight threads the registry had
                java.net.Socket s = new java.net.Socket("localhost", server.port());
                s.getOutputStream().write(("POST /subjects/a-value/versions HTTP/1.1\r\nHost: localhost\r\n"
                        + "Content-Type: application/vnd.schemaregistry.v1+json\r\nContent-Length: 5000\r\n\r\n{\"schema\":")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
                s.getOutputStream().flush();
                stalled.add(s);
            }
            Thread.sleep(300);
            long t0 = System.nanoTime();
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.url() + "/subjects")).timeout(java.time.Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode());
            assertEquals(200, call("POST", "/subjects/articles-value/versions", schemaBody(V1)).status());
            assertTrue(System.nanoTime() - t0 < java.time.Duration.ofSeconds(5).toNanos(), "answered while twelve clients stall");
        } finally {
            for (java.net.Socket s : stalled) {
                s.close();
            }
        }
    }
}
