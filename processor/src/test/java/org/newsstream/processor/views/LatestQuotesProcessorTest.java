package org.newsstream.processor.views;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsstream.avro.ArticleView;
import org.newsstream.avro.LatestQuote;
import org.newsstream.avro.Quote;
import org.newsstream.schemas.AvroSerdes;

/** The latest-quotes store on its own, as Kafka's WordCountProcessorTest does it: MockProcessorContext and a real store. */
class LatestQuotesProcessorTest {
    private MockProcessorContext<Void, Void> context;
    private KeyValueStore<String, LatestQuote> store;
    private LatestQuotesProcessor processor;

    @BeforeEach
    void setUp() {
        context = new MockProcessorContext<>();
        store = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(ViewStores.LATEST_QUOTES), Serdes.String(),
                AvroSerdes.<LatestQuote>specific("mock://latest-quotes")).withLoggingDisabled().build();
        store.init(context.getStateStoreContext(), store);
        context.addStateStore(store);
        processor = new LatestQuotesProcessor(Duration.ofHours(1), 3);
        processor.init(context);
    }

    private static ArticleView article(String id, int quotes) {
        List<Quote> qs = new ArrayList<>();
        for (int i = 0; i < quotes; i++) {
            qs.add(Quote.newBuilder().setArticleId(id).setQuoteId(id + ":q:" + i).setText("words " + i).setStart(i).setEnd(i + 1).build());
        }
        return ArticleView.newBuilder().setId(id).setSource("test").setBody("").setProcessedAt(Instant.EPOCH)
                .setQuotes(qs).build();
    }

    @Test
    void newestFirstWhateverOrderTheyCameIn() {
        processor.process(new Record<>("b", article("b", 1), 2_000L));
        processor.process(new Record<>("a", article("a", 1), 1_000L));
        processor.process(new Record<>("c", article("c", 1), 3_000L));
        assertEquals(List.of("c", "b", "a"), ViewQueries.latestQuotes(store, 10).stream().map(l -> l.getQuote().getArticleId()).toList());
        assertEquals(3_000L, ViewQueries.latestQuotesWithTime(store, 1).get(0).key);
    }

    @Test
    void pruningDropsQuotesPastTheRetentionAndBeyondTheCap() {
        assertEquals(1, context.scheduledPunctuators().size(), "pruning is scheduled");
        assertEquals(LatestQuotesProcessor.PRUNE_EVERY, context.scheduledPunctuators().get(0).getInterval());
        long hour = Duration.ofHours(1).toMillis();
        processor.process(new Record<>("old", article("old", 1), 1_000L));
        processor.process(new Record<>("new", article("new", 2), 1_000L + hour));
        processor.prune(2_000L + hour); // "old" is now more than an hour old
        assertEquals(List.of("new", "new"), ViewQueries.latestQuotes(store, 10).stream().map(l -> l.getQuote().getArticleId()).toList());

        processor.process(new Record<>("newer", article("newer", 2), 2_000L + hour));
        processor.prune(2_000L + hour);
        List<LatestQuote> kept = ViewQueries.latestQuotes(store, 10);
        assertEquals(3, kept.size(), "at most three kept");
        assertEquals(List.of("newer", "newer", "new"), kept.stream().map(l -> l.getQuote().getArticleId()).toList());
        assertEquals("new:q:1", kept.get(2).getQuote().getQuoteId(), "the newest of the older article's quotes stays");
    }
}
