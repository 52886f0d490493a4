package org.newsstream.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.avro.Schema;
import org.apache.avro.SchemaParseException;

/**
 * Registry state and rules: subjects, versions, global ids, compatibility configuration.
 *
 * <p>All state changes go through the {@link SchemaLog} and are applied by {@link #apply} in log order on
 * every instance. A writer proposes (subject, version, id); an instance that finds the slot or the id
 * already taken by another schema rejects the record. The losing writer then re-asserts the winner (so
 * log compaction, which keeps the last record per key, keeps the winner) and retries with fresh numbers.
 */
public class SchemaRegistry implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_ATTEMPTS = 10;

    /** One version of a subject. */
    public record Version(String subject, int version, int id, String schema, boolean deleted) {}

    private final SchemaLog log;
    private final CompatibilityLevel defaultLevel;
    // guarded by this
    private final Map<String, NavigableMap<Integer, Version>> subjects = new HashMap<>();
    private final Map<Integer, String> schemasById = new HashMap<>();
    private final Map<String, Integer> idsBySchema = new HashMap<>();
    private final Map<String, CompatibilityLevel> subjectLevels = new HashMap<>();
    private CompatibilityLevel globalLevel;

    public SchemaRegistry(SchemaLog log, CompatibilityLevel defaultLevel) throws Exception {
        this.log = log;
        this.defaultLevel = defaultLevel;
        this.globalLevel = defaultLevel;
        log.start(this::apply);
    }

    // ---- reads ---------------------------------------------------------------------------------

    public synchronized List<String> subjects(boolean includeDeleted) {
        List<String> out = new ArrayList<>();
        subjects.forEach((s, versions) -> {
            if (includeDeleted || versions.values().stream().anyMatch(v -> !v.deleted())) {
                out.add(s);
            }
        });
        out.sort(null);
        return out;
    }

    public synchronized List<Integer> versions(String subject, boolean includeDeleted) {
        List<Integer> out = live(subject, includeDeleted).stream().map(Version::version).toList();
        if (out.isEmpty()) {
            throw RegistryError.subjectNotFound(subject);
        }
        return out;
    }

    public synchronized Version version(String subject, String version, boolean includeDeleted) {
        List<Version> versions = live(subject, includeDeleted);
        if (versions.isEmpty()) {
            throw RegistryError.subjectNotFound(subject);
        }
        if ("latest".equals(version) || "-1".equals(version)) {
            return versions.get(versions.size() - 1);
        }
        int v = parseVersion(version);
        return versions.stream().filter(x -> x.version() == v).findFirst()
                .orElseThrow(() -> RegistryError.versionNotFound(subject, v));
    }

    public synchronized String schemaById(int id) {
        String s = schemasById.get(id);
        if (s == null) {
            throw RegistryError.schemaNotFound("id " + id);
        }
        return s;
    }

    /** POST /subjects/{s}: which version of the subject holds this schema. */
    public synchronized Version lookup(String subject, String schemaText) {
        String canonical = parse(schemaText).toString();
        List<Version> versions = live(subject, false);
        if (versions.isEmpty()) {
            throw RegistryError.subjectNotFound(subject);
        }
        return versions.stream().filter(v -> v.schema().equals(canonical)).findFirst()
                .orElseThrow(() -> RegistryError.schemaNotFound("for subject '" + subject + "'"));
    }

    public synchronized CompatibilityLevel globalLevel() {
        return globalLevel;
    }

    public synchronized Optional<CompatibilityLevel> subjectLevel(String subject) {
        return Optional.ofNullable(subjectLevels.get(subject));
    }

    public synchronized CompatibilityLevel effectiveLevel(String subject) {
        return subjectLevels.getOrDefault(subject, globalLevel);
    }

    /** Reasons why the schema may not follow the given version(s) under the subject's level; empty when compatible. */
    public synchronized List<String> compatibility(String subject, String version, String schemaText) {
        Schema candidate = parse(schemaText);
        List<Version> versions = live(subject, false);
        CompatibilityLevel level = effectiveLevel(subject);
        if ("latest".equals(version)) {
            return level.violations(candidate, schemas(versions));
        }
        Version v = version(subject, version, false);
        return level.violations(candidate, List.of(parse(v.schema())));
    }

    // ---- writes --------------------------------------------------------------------------------

    /** Registers the schema under the subject (or finds it) and returns its global id. */
    public int register(String subject, String schemaText) {
        Schema schema = parse(schemaText);
        String canonical = schema.toString();
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Version proposal;
            synchronized (this) {
                List<Version> versions = live(subject, false);
                for (Version v : versions) {
                    if (v.schema().equals(canonical)) {
                        return v.id(); // the same schema registered twice gets the same id
                    }
                }
                List<String> violations = effectiveLevel(subject).violations(schema, schemas(versions));
                if (!violations.isEmpty()) {
                    throw RegistryError.incompatible(String.join("; ", violations));
                }
                Integer id = idsBySchema.get(canonical);
                if (id == null) {
                    id = schemasById.keySet().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
                }
                NavigableMap<Integer, Version> all = subjects.get(subject);
                int next = all == null || all.isEmpty() ? 1 : all.lastKey() + 1;
                proposal = new Version(subject, next, id, canonical, false);
            }
            write(proposal);
            synchronized (this) {
                Version applied = slot(subject, proposal.version());
                if (proposal.equals(applied)) {
                    return proposal.id();
                }
            }
            repair(proposal);
        }
        throw RegistryError.storeError("could not register under '" + subject + "' after " + MAX_ATTEMPTS + " attempts");
    }

    /** Soft-deletes (or, when permanent, removes) one version; returns the version number. */
    public int deleteVersion(String subject, String version, boolean permanent) {
        Version v;
        synchronized (this) {
            v = version(subject, version, permanent);
            if (permanent && !v.deleted()) {
                throw new RegistryError(404, 40407, "Subject '" + subject + "' Version " + v.version()
                        + " was not deleted first before being permanently deleted");
            }
        }
        if (permanent) {
            append(schemaKey(subject, v.version()), null);
        } else {
            write(new Version(subject, v.version(), v.id(), v.schema(), true));
        }
        return v.version();
    }

    /** Soft-deletes (or, when permanent, removes) a whole subject; returns the affected versions. */
    public List<Integer> deleteSubject(String subject, boolean permanent) {
        List<Version> targets;
        synchronized (this) {
            targets = live(subject, permanent);
            if (targets.isEmpty()) {
                throw RegistryError.subjectNotFound(subject);
            }
            if (permanent && targets.stream().anyMatch(v -> !v.deleted())) {
                throw RegistryError.subjectNotSoftDeleted(subject);
            }
        }
        for (Version v : targets) {
            if (permanent) {
                append(schemaKey(subject, v.version()), null);
            } else {
                write(new Version(subject, v.version(), v.id(), v.schema(), true));
            }
        }
        return targets.stream().map(Version::version).toList();
    }

    public void setLevel(String subjectOrNull, CompatibilityLevel level) {
        ObjectNode value = JSON.createObjectNode().put("compatibilityLevel", level.name());
        append(configKey(subjectOrNull), value.toString());
    }

    public void deleteSubjectLevel(String subject) {
        synchronized (this) {
            if (!subjectLevels.containsKey(subject)) {
                throw RegistryError.subjectConfigNotFound(subject);
            }
        }
        append(configKey(subject), null);
    }

    // ---- the log -------------------------------------------------------------------------------

    /** Applies one log record. Deterministic, so every instance reaches the same state. */
    synchronized void apply(String key, String value) {
        JsonNode k = readJson(key);
        switch (k.path("keytype").asText()) {
            case "SCHEMA" -> applySchema(k.path("subject").asText(), k.path("version").asInt(), value);
            case "CONFIG" -> {
                String subject = k.path("subject").isNull() || k.path("subject").isMissingNode() ? null : k.path("subject").asText();
                CompatibilityLevel level = value == null ? null
                        : CompatibilityLevel.parse(readJson(value).path("compatibilityLevel").asText());
                if (subject == null) {
                    globalLevel = level == null ? defaultLevel : level;
                } else if (level == null) {
                    subjectLevels.remove(subject);
                } else {
                    subjectLevels.put(subject, level);
                }
            }
            default -> { /* NOOP and unknown key types (e.g. Confluent's) are ignored */ }
        }
    }

    private void applySchema(String subject, int version, String value) {
        NavigableMap<Integer, Version> versions = subjects.computeIfAbsent(subject, s -> new TreeMap<>());
        if (value == null) {
            versions.remove(version);
            return;
        }
        JsonNode v = readJson(value);
        Version incoming = new Version(subject, version, v.path("id").asInt(), v.path("schema").asText(), v.path("deleted").asBoolean(false));
        Version existing = versions.get(version);
        if (existing != null && (existing.id() != incoming.id() || !existing.schema().equals(incoming.schema()))) {
            return; // slot taken by another schema: rejected
        }
        String holder = schemasById.get(incoming.id());
        if (holder != null && !holder.equals(incoming.schema())) {
            return; // id taken by another schema: rejected
        }
        versions.put(version, incoming);
        schemasById.put(incoming.id(), incoming.schema());
        idsBySchema.putIfAbsent(incoming.schema(), incoming.id());
    }

    private void repair(Version rejected) {
        Version winner;
        synchronized (this) {
            winner = slot(rejected.subject(), rejected.version());
        }
        if (winner != null) {
            write(winner);
        } else {
            append(schemaKey(rejected.subject(), rejected.version()), null);
        }
    }

    private void write(Version v) {
        ObjectNode value = JSON.createObjectNode()
                .put("subject", v.subject()).put("version", v.version()).put("id", v.id())
                .put("schema", v.schema()).put("deleted", v.deleted());
        append(schemaKey(v.subject(), v.version()), value.toString());
    }

    private void append(String key, String value) {
        try {
            log.append(key, value);
        } catch (RuntimeException e) {
            throw e instanceof RegistryError re ? re : RegistryError.storeError(e.toString());
        } catch (Exception e) {
            throw RegistryError.storeError(e.toString());
        }
    }

    // Key layout follows Confluent's _schemas topic, so the topic reads familiarly.
    private static String schemaKey(String subject, int version) {
        return JSON.createObjectNode().put("keytype", "SCHEMA").put("subject", subject).put("version", version).put("magic", 1).toString();
    }

    private static String configKey(String subject) {
        ObjectNode k = JSON.createObjectNode().put("keytype", "CONFIG");
        if (subject == null) {
            k.putNull("subject");
        } else {
            k.put("subject", subject);
        }
        return k.put("magic", 0).toString();
    }

    // ---- helpers -------------------------------------------------------------------------------

    private Version slot(String subject, int version) {
        NavigableMap<Integer, Version> versions = subjects.get(subject);
        return versions == null ? null : versions.get(version);
    }

    private List<Version> live(String subject, boolean includeDeleted) {
        NavigableMap<Integer, Version> versions = subjects.get(subject);
        if (versions == null) {
            return List.of();
        }
        return versions.values().stream().filter(v -> includeDeleted || !v.deleted()).toList();
    }

    private static List<Schema> schemas(List<Version> versions) {
        return versions.stream().map(v -> parse(v.schema())).toList();
    }

    static Schema parse(String schemaText) {
        if (schemaText == null || schemaText.isBlank()) {
            throw RegistryError.invalidSchema("empty schema");
        }
        try {
            return new Schema.Parser().parse(schemaText);
        } catch (SchemaParseException | NullPointerException e) {
            throw RegistryError.invalidSchema(e.getMessage());
        }
    }

    private static int parseVersion(String version) {
        try {
            int v = Integer.parseInt(version);
            if (v < 1) {
                throw RegistryError.invalidVersion(version);
            }
            return v;
        } catch (NumberFormatException e) {
            throw RegistryError.invalidVersion(version);
        }
    }

    private static JsonNode readJson(String s) {
        try {
            return JSON.readTree(s);
        } catch (Exception e) {
            throw new IllegalArgumentException("not JSON: " + s, e);
        }
    }

    @Override
    public void close() {
        log.close();
    }
}
