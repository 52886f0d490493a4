package org.newsstream.processor.views;

import java.time.Duration;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.newsstream.avro.ArticleView;
import org.newsstream.avro.LatestQuote;
import org.newsstream.avro.Quote;

/**
 * Keeps each partition's latest quotes in a key-value store keyed by time first ("0001732612345678|quote id"), so
 * reading it backwards gives the newest first. Once a minute, quotes older than the retention go, and so do all but
 * the newest {@code maxQuotes}: the store stays small however long the processor runs.
 */
final class LatestQuotesProcessor implements Processor<String, ArticleView, Void, Void> {
    static final Duration PRUNE_EVERY = Duration.ofMinutes(1);

    private final Duration retention;
    private final int maxQuotes;
    private KeyValueStore<String, LatestQuote> store;

    LatestQuotesProcessor(Duration retention, int maxQuotes) {
        this.retention = retention;
        this.maxQuotes = maxQuotes;
    }

    /** Zero-padded, so the store's byte order is time order. */
    static String key(long time, String quoteId) {
        return String.format("%016d|%s", time, quoteId);
    }

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        store = context.getStateStore(ViewStores.LATEST_QUOTES);
        context.schedule(PRUNE_EVERY, PunctuationType.WALL_CLOCK_TIME, this::prune);
    }

    @Override
    public void process(Record<String, ArticleView> record) {
        for (Quote q : record.value().getQuotes()) {
            ArticleView a = record.value();
            store.put(key(record.timestamp(), q.getQuoteId()), LatestQuote.newBuilder().setQuote(q)
                    .setTitle(a.getTitle()).setSource(a.getSource()).setUrl(a.getUrl()).build());
        }
    }

    void prune(long now) {
        String cutoff = key(now - retention.toMillis(), "");
        long kept = 0;
        java.util.List<String> gone = new java.util.ArrayList<>();
        try (KeyValueIterator<String, LatestQuote> it = store.reverseAll()) {
            while (it.hasNext()) {
                KeyValue<String, LatestQuote> kv = it.next();
                if (++kept > maxQuotes || kv.key.compareTo(cutoff) < 0) {
                    gone.add(kv.key);
                }
            }
        }
        gone.forEach(store::delete);
    }
}
