package org.newsstream.registry;

import java.util.function.BiConsumer;

/**
 * The registry's durable, ordered log of state changes (Confluent keeps the same log in the compacted
 * {@code _schemas} topic). Every instance applies every record in log order, so instances agree.
 */
public interface SchemaLog extends AutoCloseable {
    /** Replays the existing log into {@code applier}, then keeps applying new records as they arrive. */
    void start(BiConsumer<String, String> applier) throws Exception;

    /** Appends a record (value null = tombstone) and returns once this instance has applied it. */
    void append(String key, String value) throws Exception;

    @Override
    void close();
}
