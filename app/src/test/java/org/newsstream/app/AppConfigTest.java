package org.newsstream.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsstream.engine.EngineConfig;
import org.junit.jupiter.api.io.TempDir;

class AppConfigTest {
    @Test
    void aPortAnotherProcessHoldsIsRefusedBeforeAnythingStarts() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("localhost"))) {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> EmbeddedStack.requireFree("localhost", taken.getLocalPort(), "Kafka", "--kafka-port"));
            org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("port " + taken.getLocalPort() + " for Kafka is in use")
                    && e.getMessage().contains("--kafka-port"), e.getMessage());
        }
        EmbeddedStack.requireFree("localhost", 0, "Kafka", "--kafka-port"); // any free port: nothing to check
    }

    @Test
    void environmentOverridesFileOverridesDefaults(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("n.properties");
        Files.writeString(file, "bootstrap.servers=file:1\nschema.registry.url=http://file:2\n");
        AppConfig c = AppConfig.load(file, Map.of("NEWSSTREAM_BOOTSTRAP_SERVERS", "env:9", "PATH", "/bin"));
        assertEquals("env:9", c.get(AppConfig.BOOTSTRAP_SERVERS));
        assertEquals("http://file:2", c.get(AppConfig.SCHEMA_REGISTRY_URL));
        assertEquals(6, c.getInt(AppConfig.TOPIC_PARTITIONS));
        assertEquals("cli:1", c.with(AppConfig.BOOTSTRAP_SERVERS, "cli:1").get(AppConfig.BOOTSTRAP_SERVERS));
    }

    @Test
    void streamsKeysPassThroughWithoutTheirPrefix() {
        AppConfig c = AppConfig.load(null, Map.of("NEWSSTREAM_STREAMS_NUM_STREAM_THREADS", "4"));
        assertEquals("4", c.streamsOverrides().get("num.stream.threads"));
        assertEquals("newsstream-processor", c.streamsOverrides().get("application.id"));
    }

    @Test
    void envNamesAndKeysConvertBothWays() {
        assertEquals("NEWSSTREAM_SCHEMA_REGISTRY_URL", AppConfig.envOf("schema.registry.url"));
        assertEquals("schema.registry.url", AppConfig.keyOf("NEWSSTREAM_SCHEMA_REGISTRY_URL"));
    }

    @Test
    void aBadNumberIsAClearError() {
        AppConfig c = AppConfig.load(null, Map.of("NEWSSTREAM_TOPIC_PARTITIONS", "six"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> c.getInt(AppConfig.TOPIC_PARTITIONS));
        assertEquals("configuration 'topic.partitions' must be a whole number, not 'six'", e.getMessage());
    }

    @Test
    void theEngineIsPutTogetherFromEngineKeys() {
        assertEquals(EngineConfig.defaults(), AppConfig.load(null, Map.of()).engineConfig());
        AppConfig c = AppConfig.load(null, Map.of("NEWSSTREAM_ENGINE_RECOGNIZER", "rules+opennlp",
                "NEWSSTREAM_ENGINE_OPENNLP_MODELS", "/models/id-ner.bin,/models/en-ner.bin"));
        assertEquals(new EngineConfig("rules+opennlp", List.of(Path.of("/models/id-ner.bin"), Path.of("/models/en-ner.bin"))),
                c.engineConfig());
        assertThrows(IllegalArgumentException.class,
                () -> AppConfig.load(null, Map.of("NEWSSTREAM_ENGINE_RECOGNIZER", "opennlp")).engineConfig());
    }
}
