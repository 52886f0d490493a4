package org.newsstream.registry;

import java.util.function.BiConsumer;

/** A log that lives and dies with the process: for `extract`-style tools and unit tests, never for a pipeline. */
public class InMemorySchemaLog implements SchemaLog {
    private BiConsumer<String, String> applier;

    @Override
    public void start(BiConsumer<String, String> applier) {
        this.applier = applier;
    }

    @Override
    public synchronized void append(String key, String value) {
        applier.accept(key, value);
    }

    @Override
    public void close() {}
}
