package org.newsstream.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.newsstream.engine.EngineConfig;
import org.newsstream.processor.ProcessorApp;
import org.newsstream.processor.views.ViewsConfig;

/**
 * Configuration: built-in defaults (newsstream.properties), then an optional file, then NEWSSTREAM_*
 * environment variables, then command-line flags (applied by the commands).
 */
public final class AppConfig {
    public static final String BOOTSTRAP_SERVERS = "bootstrap.servers";
    public static final String SCHEMA_REGISTRY_URL = "schema.registry.url";
    public static final String DATA_DIR = "data.dir";
    public static final String KAFKA_PORT = "kafka.port";
    public static final String REGISTRY_PORT = "registry.port";
    /** The embedded broker's KRaft controller port; 0 for any free one. */
    public static final String CONTROLLER_PORT = "kafka.controller.port";
    public static final String LISTEN_HOST = "listen.host";
    public static final String TOPIC_PARTITIONS = "topic.partitions";
    public static final String TOPIC_REPLICATION_FACTOR = "topic.replication.factor";
    public static final String REGISTRY_COMPATIBILITY = "registry.compatibility";
    /** When set, the registry refuses registering, deleting and configuring without it (see README, Operations). */
    public static final String REGISTRY_WRITE_TOKEN = "registry.write.token";
    /** When set, HTTP ingest (ingest --listen) takes articles only with it. */
    public static final String INGEST_HTTP_TOKEN = "ingest.http.token";
    /** The processor's HTTP server (views API and dashboard): port (0: any free one), interface, and the host other
     *  instances reach it by (its application.server; default: the interface, or this machine's name for 0.0.0.0). */
    public static final String DASHBOARD_PORT = "dashboard.port";
    public static final String DASHBOARD_HOST = "dashboard.host";
    public static final String DASHBOARD_ADVERTISED_HOST = "dashboard.advertised.host";
    /** "false" runs the extraction alone: no view stores, no view topics, no HTTP server. */
    public static final String VIEWS_ENABLED = "views.enabled";
    public static final String STREAMS_PREFIX = "streams.";
    /** Settings for every Kafka client the pipeline makes ("kafka.client.security.protocol=SASL_SSL", "kafka.client.sasl.*"). */
    public static final String KAFKA_CLIENT_PREFIX = "kafka.client.";
    public static final String ENV_PREFIX = "NEWSSTREAM_";

    private final Properties props;

    private AppConfig(Properties props) {
        this.props = props;
    }

    public static AppConfig load(Path file, Map<String, String> env) {
        Properties p = defaults();
        if (file != null) {
            try (Reader r = Files.newBufferedReader(file)) {
                p.load(r);
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read config file " + file + ": " + e.getMessage(), e);
            }
        }
        env.forEach((k, v) -> {
            if (k.startsWith(ENV_PREFIX) && !k.equals("NEWSSTREAM_LOG_LEVEL")) {
                p.setProperty(keyOf(k), v);
            }
        });
        return new AppConfig(p);
    }

    public static Properties defaults() {
        Properties p = new Properties();
        try (InputStream in = AppConfig.class.getResourceAsStream("/newsstream.properties")) {
            p.load(in);
        } catch (IOException e) {
            throw new IllegalStateException("missing built-in newsstream.properties", e);
        }
        return p;
    }

    /** NEWSSTREAM_BOOTSTRAP_SERVERS -> bootstrap.servers. */
    public static String keyOf(String envName) {
        return envName.substring(ENV_PREFIX.length()).toLowerCase(Locale.ROOT).replace('_', '.');
    }

    /** bootstrap.servers -> NEWSSTREAM_BOOTSTRAP_SERVERS. */
    public static String envOf(String key) {
        return ENV_PREFIX + key.toUpperCase(Locale.ROOT).replace('.', '_');
    }

    public String get(String key) {
        String v = props.getProperty(key);
        if (v == null) {
            throw new IllegalArgumentException("missing configuration '" + key + "'");
        }
        return v.strip();
    }

    public int getInt(String key) {
        try {
            return Integer.parseInt(get(key));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("configuration '" + key + "' must be a whole number, not '" + get(key) + "'");
        }
    }

    public AppConfig with(String key, Object value) {
        if (value == null) {
            return this;
        }
        Properties p = new Properties();
        p.putAll(props);
        p.setProperty(key, value.toString());
        return new AppConfig(p);
    }

    /** Creates the pipeline topics that are missing, with the configured partitions and replication. */
    public void ensurePipelineTopics() throws Exception {
        org.newsstream.schemas.TopicSetup.ensurePipelineTopics(get(BOOTSTRAP_SERVERS), kafkaClientSettings(), getInt(TOPIC_PARTITIONS),
                (short) getInt(TOPIC_REPLICATION_FACTOR));
    }

    /** Every "kafka.client.*" key without its prefix: how any client reaches Kafka (security, SASL, TLS). */
    public Map<String, Object> kafkaClientSettings() {
        Map<String, Object> out = new HashMap<>();
        for (String k : props.stringPropertyNames()) {
            if (k.startsWith(KAFKA_CLIENT_PREFIX)) {
                out.put(k.substring(KAFKA_CLIENT_PREFIX.length()), props.getProperty(k).strip());
            }
        }
        return out;
    }

    /** How the extraction engine is put together (the engine.* keys; see {@link EngineConfig}). */
    public EngineConfig engineConfig() {
        Map<String, String> settings = new HashMap<>();
        props.stringPropertyNames().forEach(k -> settings.put(k, props.getProperty(k)));
        return EngineConfig.from(settings);
    }

    /** The live views and their HTTP server, or null when views.enabled is false. */
    public ProcessorApp.Views views() {
        if (!Boolean.parseBoolean(get(VIEWS_ENABLED))) {
            return null;
        }
        Map<String, String> settings = new HashMap<>();
        props.stringPropertyNames().forEach(k -> settings.put(k, props.getProperty(k).strip()));
        String host = get(DASHBOARD_HOST);
        String advertised = props.getProperty(DASHBOARD_ADVERTISED_HOST, "").strip();
        if (advertised.isEmpty()) {
            advertised = host.equals("0.0.0.0") ? localHostName() : host;
        }
        return new ProcessorApp.Views(ViewsConfig.from(settings), host, getInt(DASHBOARD_PORT), advertised);
    }

    private static String localHostName() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            return "localhost";
        }
    }

    /** Kafka Streams settings: the client settings, then every "streams.*" key without its prefix. */
    public Map<String, Object> streamsOverrides() {
        Map<String, Object> out = new HashMap<>(kafkaClientSettings());
        for (String k : props.stringPropertyNames()) {
            if (k.startsWith(STREAMS_PREFIX)) {
                out.put(k.substring(STREAMS_PREFIX.length()), props.getProperty(k).strip());
            }
        }
        return out;
    }
}
