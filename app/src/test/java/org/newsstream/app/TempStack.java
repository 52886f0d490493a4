package org.newsstream.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.newsstream.engine.ExtractionEngine;

/** An embedded broker, registry and processor on free ports over a temporary data directory, removed on close. */
record TempStack(Path dataDir, EmbeddedStack stack) implements AutoCloseable {

    static TempStack start(String name) throws Exception {
        Path dataDir = Files.createTempDirectory(name);
        AppConfig config = AppConfig.load(null, Map.of())
                .with(AppConfig.DATA_DIR, dataDir).with(AppConfig.KAFKA_PORT, 0).with(AppConfig.REGISTRY_PORT, 0)
                .with(AppConfig.DASHBOARD_PORT, 0)
                .with(AppConfig.TOPIC_PARTITIONS, 3);
        return new TempStack(dataDir, new EmbeddedStack(config, ExtractionEngine.createDefault()));
    }

    @Override
    public void close() throws Exception {
        stack.close();
        DemoCommand.deleteRecursively(dataDir);
    }
}
