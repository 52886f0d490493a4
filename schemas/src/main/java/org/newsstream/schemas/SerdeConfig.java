package org.newsstream.schemas;

import java.util.Map;

/** Serde configuration keys, named exactly as Confluent's so existing client configs work unchanged. */
public final class SerdeConfig {
    private SerdeConfig() {}

    public static final String SCHEMA_REGISTRY_URL = "schema.registry.url";
    /** Register the writer schema on first use (default true). */
    public static final String AUTO_REGISTER_SCHEMAS = "auto.register.schemas";
    /** Write with the subject's latest registered schema instead of the record's own (default false). */
    public static final String USE_LATEST_VERSION = "use.latest.version";
    /** Deserialize into generated SpecificRecord classes instead of GenericRecord (default false). */
    public static final String SPECIFIC_AVRO_READER = "specific.avro.reader";

    /** "user:password" for HTTP basic auth to the registry (with Confluent's basic.auth.credentials.source=USER_INFO). */
    public static final String BASIC_AUTH_USER_INFO = "basic.auth.user.info";

    /** The registry client these settings describe: its URL, and basic-auth credentials from the settings or the URL. */
    static SchemaRegistryClient client(Map<String, ?> configs) {
        if (url(configs).startsWith(MockSchemaRegistryClient.SCHEME)) {
            return MockSchemaRegistryClient.forUrl(url(configs)); // "mock://scope": in memory, as Confluent's serdes allow
        }
        Object userInfo = configs.get(BASIC_AUTH_USER_INFO);
        return new SchemaRegistryClient(url(configs), userInfo == null ? null : userInfo.toString());
    }

    static String url(Map<String, ?> configs) {
        Object url = configs.get(SCHEMA_REGISTRY_URL);
        if (url == null || url.toString().isBlank()) {
            throw new IllegalArgumentException("Missing required serde config '" + SCHEMA_REGISTRY_URL + "'");
        }
        return url.toString();
    }

    static boolean flag(Map<String, ?> configs, String key, boolean dflt) {
        Object v = configs.get(key);
        return v == null ? dflt : Boolean.parseBoolean(v.toString());
    }
}
