package org.newsstream.processor.views;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.apache.kafka.streams.state.ReadOnlySessionStore;
import org.apache.kafka.streams.state.ReadOnlyWindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;
import org.newsstream.avro.ArticleView;
import org.newsstream.avro.LatestQuote;
import org.newsstream.avro.Story;
import org.newsstream.avro.ViewCount;

/**
 * Reads one instance's view stores. Each answer covers the partitions this instance holds; {@link ViewsService}
 * gathers the other instances' answers.
 */
public final class ViewQueries {
    private ViewQueries() {}

    /** The window that covers the last {@code size} up to now: of the hopping windows holding now, the oldest. */
    public static long currentWindowStart(ViewsConfig.Window window, long now) {
        long advance = window.advance().toMillis();
        return Math.floorDiv(now - window.size().toMillis(), advance) * advance + advance;
    }

    /**
     * The most counted in the current window, summed over its buckets: {@code keyPrefix} picks the view ("speakers|")
     * or a part of it ("entities|PERSON|").
     */
    public static List<ViewCount> top(ReadOnlyWindowStore<String, ViewCount> store, ViewsConfig.Window window,
                                      String keyPrefix, int limit, long now) {
        long start = currentWindowStart(window, now);
        Map<String, ViewCount> sums = new LinkedHashMap<>();
        try (KeyValueIterator<Windowed<String>, ViewCount> it = store.fetch(keyPrefix, keyPrefix + Character.MAX_VALUE,
                Instant.ofEpochMilli(start), Instant.ofEpochMilli(now))) {
            while (it.hasNext()) {
                KeyValue<Windowed<String>, ViewCount> kv = it.next();
                sums.merge(kv.key.key(), kv.value, ViewCounts::add);
            }
        }
        List<ViewCount> found = new ArrayList<>();
        sums.values().forEach(c -> found.add(ViewCount.newBuilder(c).setWindowStart(Instant.ofEpochMilli(start))
                .setWindowSizeMs(window.size().toMillis()).build()));
        return ranked(found, limit);
    }

    /** Most counted first; among equals, the most recently seen. */
    public static List<ViewCount> ranked(List<ViewCount> counts, int limit) {
        return counts.stream()
                .sorted(Comparator.comparingLong(ViewCount::getCount).reversed()
                        .thenComparing(ViewCount::getLatestAt, Comparator.reverseOrder())
                        .thenComparing(ViewCount::getName))
                .limit(limit).toList();
    }

    /** The article, or null when this instance does not hold it (or it is past the retention). */
    public static ArticleView article(ReadOnlyWindowStore<String, ArticleView> store, String id) {
        ArticleView latest = null;
        try (WindowStoreIterator<ArticleView> it = store.fetch(id, Instant.EPOCH, Instant.ofEpochMilli(Long.MAX_VALUE / 2))) {
            while (it.hasNext()) {
                latest = it.next().value;
            }
        }
        return latest;
    }

    public static List<LatestQuote> latestQuotes(ReadOnlyKeyValueStore<String, LatestQuote> store, int limit) {
        return latestQuotesWithTime(store, limit).stream().map(kv -> kv.value).toList();
    }

    /** The newest quotes with the record time they came at, newest first. */
    public static List<KeyValue<Long, LatestQuote>> latestQuotesWithTime(ReadOnlyKeyValueStore<String, LatestQuote> store, int limit) {
        List<KeyValue<Long, LatestQuote>> out = new ArrayList<>();
        try (KeyValueIterator<String, LatestQuote> it = store.reverseAll()) {
            while (it.hasNext() && out.size() < limit) {
                KeyValue<String, LatestQuote> kv = it.next();
                out.add(KeyValue.pair(Long.parseLong(kv.key.substring(0, kv.key.indexOf('|'))), kv.value));
            }
        }
        return out;
    }

    /** Stories seen in the window, those with the most articles first. */
    public static List<Story> stories(ReadOnlySessionStore<String, Story> store, ViewsConfig.Window window, int limit, long now) {
        List<Story> out = new ArrayList<>();
        try (KeyValueIterator<Windowed<String>, Story> it = store.findSessions(null, null, now - window.size().toMillis(), now)) {
            while (it.hasNext()) {
                out.add(it.next().value);
            }
        }
        return rankedStories(out, limit);
    }

    public static List<Story> rankedStories(List<Story> stories, int limit) {
        return stories.stream()
                .sorted(Comparator.comparingInt(Stories::sourceCount).reversed()
                        .thenComparing(Story::getLastSeen, Comparator.reverseOrder()))
                .limit(limit).toList();
    }
}
