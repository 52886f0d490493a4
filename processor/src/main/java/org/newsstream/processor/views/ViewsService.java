package org.newsstream.processor.views;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.QueryableStoreType;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.apache.kafka.streams.state.ReadOnlyWindowStore;
import org.newsstream.avro.ArticleView;
import org.newsstream.avro.LatestQuote;
import org.newsstream.avro.Story;
import org.newsstream.avro.ViewCount;
import org.newsstream.schemas.AvroJson;

/**
 * Answers the API from the view stores of every instance, as Confluent's interactive-queries examples do: a key
 * (an article) is asked of the instance that {@link KafkaStreams#queryMetadataForKey} names; a list (top speakers,
 * latest quotes) is this instance's part plus every other instance's part ({@code scope=local}), merged and ranked.
 */
public final class ViewsService {
    /** The query parameter that asks an instance for its own part only (what instances send each other). */
    public static final String LOCAL_SCOPE = "scope=local";
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private final KafkaStreams streams;
    private final ViewsConfig config;
    private final HostInfo self;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    public ViewsService(KafkaStreams streams, ViewsConfig config, HostInfo self) {
        this.streams = streams;
        this.config = config;
        this.self = self;
    }

    /** Thrown while the stores move between instances (a rebalance): the caller answers 503, try again. */
    public static final class NotReady extends RuntimeException {
        NotReady(String message) {
            super(message);
        }
    }

    public ViewsConfig config() {
        return config;
    }

    /** The top of a counted view in a window; {@code type} narrows entities and comentions to one entity type. */
    public ArrayNode counts(String view, String type, String window, int limit, boolean localOnly, String pathAndQuery) {
        ViewsConfig.Window w = config.window(window);
        String prefix = view + "|" + (type != null && view.equals(Mentions.ENTITIES) ? type + "|" : "");
        List<JsonNode> all = new ArrayList<>();
        ReadOnlyWindowStore<String, ViewCount> store = store(ViewStores.counts(w), QueryableStoreTypes.windowStore());
        ViewQueries.top(store, w, prefix, limit, System.currentTimeMillis()).forEach(c -> all.add(AvroJson.toJson(c)));
        if (!localOnly) {
            all.addAll(fromOthers(pathAndQuery));
        }
        return ranked(all, Comparator.comparingLong((JsonNode n) -> n.path("count").asLong()).reversed()
                .thenComparing(n -> n.path("latestAt").asText(), Comparator.reverseOrder())
                .thenComparing(n -> n.path("name").asText()), limit);
    }

    public ArrayNode stories(String window, int limit, boolean localOnly, String pathAndQuery) {
        List<JsonNode> all = new ArrayList<>();
        var store = store(ViewStores.STORIES, QueryableStoreTypes.<String, Story>sessionStore());
        ViewQueries.stories(store, config.window(window), limit, System.currentTimeMillis()).forEach(s -> all.add(AvroJson.toJson(s)));
        if (!localOnly) {
            all.addAll(fromOthers(pathAndQuery));
        }
        return ranked(all, Comparator.comparingInt((JsonNode n) -> Math.max(n.path("sourceCount").asInt(), n.path("sources").size())).reversed()
                .thenComparing(n -> n.path("lastSeen").asText(), Comparator.reverseOrder()), limit);
    }

    public ArrayNode latestQuotes(int limit, boolean localOnly, String pathAndQuery) {
        List<JsonNode> all = new ArrayList<>();
        ReadOnlyKeyValueStore<String, LatestQuote> store = store(ViewStores.LATEST_QUOTES, QueryableStoreTypes.keyValueStore());
        for (var kv : ViewQueries.latestQuotesWithTime(store, limit)) {
            // The quote's own fields, with its article's headline, source and URL, and when it came in.
            ObjectNode q = AvroJson.toJson(kv.value.getQuote());
            q.put("articleTitle", kv.value.getTitle()).put("articleSource", kv.value.getSource()).put("articleUrl", kv.value.getUrl());
            q.put("seenAt", java.time.Instant.ofEpochMilli(kv.key).toString());
            all.add(q);
        }
        if (!localOnly) {
            all.addAll(fromOthers(pathAndQuery));
        }
        return ranked(all, Comparator.comparing((JsonNode n) -> n.path("seenAt").asText()).reversed(), limit);
    }

    /** The article from whichever instance holds it; null when none does. */
    public JsonNode article(String id, boolean localOnly, String pathAndQuery) {
        KeyQueryMetadata where = streams.queryMetadataForKey(ViewStores.ARTICLES, id, Serdes.String().serializer());
        if (!localOnly && where != null && where.activeHost() != null && where.activeHost().port() >= 0
                && !where.activeHost().equals(self)) {
            return fetch(where.activeHost(), pathAndQuery + (pathAndQuery.contains("?") ? "&" : "?") + LOCAL_SCOPE);
        }
        ArticleView view = ViewQueries.article(store(ViewStores.ARTICLES, QueryableStoreTypes.windowStore()), id);
        return view == null ? null : AvroJson.toJson(view);
    }

    /** The instances of this application and the partitions each holds. */
    public ArrayNode instances() {
        ArrayNode out = F.arrayNode();
        for (StreamsMetadata m : streams.metadataForAllStreamsClients()) {
            out.addObject().put("host", m.host()).put("port", m.port()).put("self", m.hostInfo().equals(self))
                    .put("partitions", m.topicPartitions().size());
        }
        return out;
    }

    private <T> T store(String name, QueryableStoreType<T> type) {
        try {
            return streams.store(StoreQueryParameters.fromNameAndType(name, type));
        } catch (RuntimeException e) {
            throw new NotReady("the views are not ready (" + streams.state() + "): " + e.getMessage());
        }
    }

    private List<JsonNode> fromOthers(String pathAndQuery) {
        List<JsonNode> out = new ArrayList<>();
        String local = pathAndQuery + (pathAndQuery.contains("?") ? "&" : "?") + LOCAL_SCOPE;
        for (StreamsMetadata m : streams.metadataForAllStreamsClients()) {
            if (!m.hostInfo().equals(self) && m.port() >= 0) {
                JsonNode part = fetch(m.hostInfo(), local);
                if (part != null) {
                    part.forEach(out::add);
                }
            }
        }
        return out;
    }

    private JsonNode fetch(HostInfo host, String pathAndQuery) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://" + host.host() + ":" + host.port() + pathAndQuery))
                .timeout(Duration.ofSeconds(5)).GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 404) {
                return null;
            }
            if (response.statusCode() != 200) {
                throw new NotReady("instance " + host + " answered " + response.statusCode() + ": " + response.body());
            }
            return AvroJson.MAPPER.readTree(response.body());
        } catch (IOException e) {
            throw new NotReady("instance " + host + " did not answer: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NotReady("interrupted");
        }
    }

    private static ArrayNode ranked(List<JsonNode> all, Comparator<JsonNode> order, int limit) {
        ArrayNode out = F.arrayNode();
        all.stream().sorted(order).limit(limit).forEach(out::add);
        return out;
    }
}
