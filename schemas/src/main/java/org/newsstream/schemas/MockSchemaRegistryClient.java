package org.newsstream.schemas;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;

/**
 * A registry in memory for tests, behind {@code schema.registry.url=mock://SCOPE} (as Confluent's
 * {@code MockSchemaRegistry}): serdes configured with the same scope share its schemas and ids, so a topology test
 * needs no HTTP server. It assigns ids and versions as a registry does and checks no compatibility.
 */
public final class MockSchemaRegistryClient extends SchemaRegistryClient {
    static final String SCHEME = "mock://";
    private static final Map<String, MockSchemaRegistryClient> SCOPES = new ConcurrentHashMap<>();

    private final Map<Integer, Schema> byId = new HashMap<>();
    private final Map<Schema, Integer> idOf = new HashMap<>();
    private final Map<String, List<Integer>> versions = new HashMap<>();

    private MockSchemaRegistryClient(String url) {
        super(url, true);
    }

    /** The registry of a {@code mock://SCOPE} URL: one per scope, shared by every serde given that URL. */
    public static MockSchemaRegistryClient forUrl(String url) {
        return SCOPES.computeIfAbsent(url.substring(SCHEME.length()).split("[/,]")[0], scope -> new MockSchemaRegistryClient(SCHEME + scope));
    }

    /** Forgets a scope's schemas (between tests). */
    public static void dropScope(String scope) {
        SCOPES.remove(scope);
    }

    @Override
    public synchronized int register(String subject, Schema schema) {
        int id = idOf.computeIfAbsent(schema, s -> {
            int next = byId.size() + 1;
            byId.put(next, s);
            return next;
        });
        List<Integer> v = versions.computeIfAbsent(subject, k -> new ArrayList<>());
        if (!v.contains(id)) {
            v.add(id);
        }
        return id;
    }

    @Override
    public synchronized int lookup(String subject, Schema schema) {
        Integer id = idOf.get(schema);
        if (id == null || !versions.getOrDefault(subject, List.of()).contains(id)) {
            throw new RegistryException(404, 40403, "schema not registered under subject " + subject);
        }
        return id;
    }

    @Override
    public synchronized Registered latest(String subject) {
        List<Integer> v = versions.get(subject);
        if (v == null || v.isEmpty()) {
            throw new RegistryException(404, 40401, "subject " + subject + " not found");
        }
        int id = v.get(v.size() - 1);
        return new Registered(id, v.size(), byId.get(id));
    }

    @Override
    public synchronized Schema schemaById(int id) {
        Schema s = byId.get(id);
        if (s == null) {
            throw new RegistryException(404, 40403, "schema id " + id + " not found");
        }
        return s;
    }
}
