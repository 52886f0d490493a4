package org.newsstream.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.Base64;
import org.newsstream.schemas.AvroJson;
import org.newsstream.schemas.WireFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "tail", description = "Print a topic's records as JSON lines, decoded with the registry.")
final class TailCommand implements Callable<Integer> {
    @Mixin
    Newsstream.Common common;

    @Parameters(paramLabel = "TOPIC", description = "A topic name, or raw | quotes | entities | geolocations | deadletters.")
    String topic;

    @Option(names = "--from-beginning", description = "Start at the oldest record instead of the newest.")
    boolean fromBeginning;

    @Option(names = "--max", description = "Stop after this many records.")
    Integer max;

    @Option(names = "--idle-timeout", description = "Stop after this many seconds without a record (default: never).")
    Integer idleSeconds;

    @Option(names = "--raw", description = "Print each value's bytes (base64) and schema id instead of decoding it.")
    boolean raw;

    @Mixin
    Newsstream.Cluster cluster;

    @Override
    public Integer call() throws InterruptedException {
        AppConfig config = cluster.applyTo(common.config());
        int printed = 0;
        long lastRecord = System.nanoTime();
        try (TopicReader reader = new TopicReader(config.get(AppConfig.BOOTSTRAP_SERVERS), config.kafkaClientSettings(),
                config.get(AppConfig.SCHEMA_REGISTRY_URL), List.of(TopicReader.topicOf(topic)), fromBeginning)) {
            String waiting = null; // what tail last said it waits for, so that it says it once, and when it is back
            long lastCheck = System.nanoTime();
            while (max == null || printed < max) {
                List<TopicReader.Decoded> batch = reader.poll(Duration.ofMillis(500));
                if (!batch.isEmpty()) {
                    lastRecord = System.nanoTime();
                }
                String now = reader.waitingFor() != null ? "the schema registry (" + reader.waitingFor() + ")" : null;
                boolean checked = false;
                if (now == null && batch.isEmpty() && System.nanoTime() - lastCheck > 10_000_000_000L) {
                    lastCheck = System.nanoTime();
                    checked = true;
                    if (!reader.kafkaReachable(TopicReader.topicOf(topic), Duration.ofSeconds(3))) {
                        now = "Kafka at " + config.get(AppConfig.BOOTSTRAP_SERVERS);
                    }
                }
                if (now != null || checked || !batch.isEmpty()) {
                    if (now != null && !now.equals(waiting)) {
                        System.err.println("tail: waiting for " + now + "; retrying");
                    } else if (now == null && waiting != null) {
                        System.err.println("tail: " + (waiting.startsWith("Kafka") ? "Kafka" : "the schema registry") + " is back");
                    }
                    waiting = now;
                }
                if (reader.waitingFor() != null) {
                    Thread.sleep(1000); // the registry is away: try the held records again in a second
                }
                for (TopicReader.Decoded d : batch) {
                    if (max != null && printed >= max) {
                        break;
                    }
                    if (raw) {
                        System.out.println(AvroJson.MAPPER.createObjectNode()
                                .put("topic", d.topic()).put("partition", d.partition()).put("offset", d.offset()).put("key", d.key())
                                .put("schemaId", d.bytes() != null && d.bytes().length >= WireFormat.HEADER_SIZE && d.bytes()[0] == WireFormat.MAGIC_BYTE
                                        ? java.nio.ByteBuffer.wrap(d.bytes(), 1, 4).getInt() : -1)
                                .put("valueBase64", d.bytes() == null ? null : Base64.getEncoder().encodeToString(d.bytes())));
                        printed++;
                        continue;
                    }
                    if (d.error() != null) {
                        System.err.println("error: " + d.error());
                        continue;
                    }
                    ObjectNode line = AvroJson.MAPPER.createObjectNode()
                            .put("topic", d.topic()).put("partition", d.partition()).put("offset", d.offset()).put("key", d.key());
                    line.set("value", AvroJson.toJson(d.value()));
                    System.out.println(line);
                    printed++;
                }
                if (idleSeconds != null && System.nanoTime() - lastRecord > idleSeconds * 1_000_000_000L) {
                    break;
                }
            }
        }
        return 0;
    }
}
