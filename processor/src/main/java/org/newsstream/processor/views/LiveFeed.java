package org.newsstream.processor.views;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.newsstream.avro.ArticleView;
import org.newsstream.schemas.AvroJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Server-Sent Events for the dashboard: every new article view, from every partition, as {@code event: article}.
 * It reads newsstream.views.articles itself (read_committed, from the end, no consumer group) rather than listening
 * to this instance's stream threads, so each instance's dashboard sees all articles, whichever instance made them.
 */
public final class LiveFeed implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LiveFeed.class);
    /** A comment line this often keeps proxies from closing a quiet stream, and finds clients that have gone. */
    static final Duration HEARTBEAT = Duration.ofSeconds(15);

    private final List<OutputStream> clients = new CopyOnWriteArrayList<>();
    private final KafkaConsumer<String, ArticleView> consumer;
    private final Thread thread;
    private volatile boolean running = true;

    public LiveFeed(String bootstrap, Map<String, Object> clientSettings, Deserializer<ArticleView> articles) {
        Map<String, Object> props = new HashMap<>(clientSettings);
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "newsstream-live-feed");
        consumer = new KafkaConsumer<>(props, new StringDeserializer(), articles);
        thread = new Thread(this::run, "newsstream-live-feed");
        thread.setDaemon(true);
    }

    public LiveFeed start() {
        thread.start();
        return this;
    }

    /** Keeps the response open and streams events into it until the client goes. */
    public void subscribe(OutputStream out) throws IOException {
        out.write(": newsstream live feed\n\n".getBytes(StandardCharsets.UTF_8));
        out.flush();
        clients.add(out);
    }

    public boolean isSubscribed(OutputStream out) {
        return running && clients.contains(out);
    }

    private void run() {
        long lastBeat = System.nanoTime();
        try {
            List<TopicPartition> partitions = consumer.partitionsFor(org.newsstream.schemas.Topics.VIEWS_ARTICLES).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            while (running) {
                for (ConsumerRecord<String, ArticleView> r : consumer.poll(Duration.ofMillis(500))) {
                    if (r.value() != null) {
                        broadcast("article", summary(r.value()).toString());
                    }
                }
                if (System.nanoTime() - lastBeat > HEARTBEAT.toNanos()) {
                    send(": heartbeat\n\n");
                    lastBeat = System.nanoTime();
                }
            }
        } catch (WakeupException e) {
            // closing
        } catch (RuntimeException e) {
            LOG.warn("Live feed stopped: {}", e.toString());
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    /** What the dashboard needs to show that an article came in, and to refresh its panels. */
    static ObjectNode summary(ArticleView a) {
        ObjectNode o = AvroJson.MAPPER.createObjectNode();
        o.put("id", a.getId());
        o.put("title", a.getTitle());
        o.put("source", a.getSource());
        o.put("language", a.getLanguage());
        o.put("quotes", a.getQuotes().size());
        o.put("entities", a.getEntities().size());
        o.put("places", a.getPlaces().size());
        o.put("processedAt", a.getProcessedAt().toString());
        return o;
    }

    void broadcast(String event, String json) {
        send("event: " + event + "\ndata: " + json + "\n\n");
    }

    private void send(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        for (OutputStream out : clients) {
            try {
                out.write(bytes);
                out.flush();
            } catch (IOException e) {
                clients.remove(out);
                try {
                    out.close();
                } catch (IOException ignored) {
                    // already gone
                }
            }
        }
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        clients.forEach(out -> {
            try {
                out.close();
            } catch (IOException ignored) {
                // already gone
            }
        });
    }
}
