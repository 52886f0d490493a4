package org.newsstream.app;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;
import org.newsstream.schemas.AvroJson;

/** A client of one processor's views API, for the tests. */
record ViewsApi(String baseUrl) {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    record Answer(int status, JsonNode body) {}

    Answer get(String path) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        return new Answer(r.statusCode(), r.body().isEmpty() ? null : AvroJson.MAPPER.readTree(r.body()));
    }

    JsonNode json(String path) throws Exception {
        Answer a = get(path);
        if (a.status() != 200) {
            throw new AssertionError(path + " answered " + a.status() + ": " + a.body());
        }
        return a.body();
    }

    /** Polls until the answer satisfies the condition (views are made as articles come through). */
    JsonNode await(String path, Predicate<JsonNode> condition, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        JsonNode last = null;
        while (System.nanoTime() < deadline) {
            Answer a = get(path);
            if (a.status() == 200) {
                last = a.body();
                if (condition.test(last)) {
                    return last;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError(path + " never satisfied the condition; last answer: " + last);
    }

    static Set<String> names(JsonNode list) {
        Set<String> out = new HashSet<>();
        list.forEach(n -> out.add(n.path("name").asText()));
        return out;
    }
}
