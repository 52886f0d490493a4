package org.newsstream.processor.views;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KGroupedStream;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.SessionWindows;
import org.apache.kafka.streams.kstream.TimeWindows;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.SessionStore;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;
import org.newsstream.avro.ArticleView;
import org.newsstream.avro.LatestQuote;
import org.newsstream.avro.Quote;
import org.newsstream.avro.Story;
import org.newsstream.avro.ViewCount;
import org.newsstream.processor.Outcome;
import org.newsstream.schemas.Topics;

/**
 * The live views, computed once from each extracted article (no second read of the output topics):
 * <ul>
 *   <li>the article with everything found in it: a store for {@code /api/articles/{id}} and {@code newsstream.views.articles};</li>
 *   <li>the latest quotes, per partition;</li>
 *   <li>counts per hopping window of speakers, entities, places, languages, co-mentions and quotations, kept in
 *       buckets of the window's hop: one store per window, and one topic per view;</li>
 *   <li>stories: the same quote from the same speaker across articles, as session windows.</li>
 * </ul>
 * Windows run on record time (when the article was published to Kafka), so a backlog of old news counts as it
 * arrives, and a record later than the grace period is left out of its window.
 */
public final class ViewsTopology {
    private ViewsTopology() {}

    /** The latest quotes each partition keeps for {@code /api/quotes/latest}. */
    static final int MAX_LATEST_QUOTES = 1000;

    public record ViewSerdes(Serde<ArticleView> articles, Serde<LatestQuote> quotes, Serde<ViewCount> counts, Serde<Story> stories) {}

    public static void addTo(StreamsBuilder builder, KStream<String, Outcome.Extracted> extracted, ViewSerdes serdes,
                             ViewsConfig config) {
        Serde<String> keys = Serdes.String();
        KStream<String, ArticleView> articles = extracted.processValues(ToArticleView::new, Named.as("views-article"));
        articles.to(Topics.VIEWS_ARTICLES, Produced.with(keys, serdes.articles()));

        Duration retention = config.articleRetention();
        builder.addStateStore(Stores.windowStoreBuilder(
                Stores.persistentWindowStore(ViewStores.ARTICLES, retention, Duration.ofMillis(1), false),
                keys, serdes.articles()));
        articles.process(ArticleStoreProcessor::new, Named.as("views-article-store"), ViewStores.ARTICLES);

        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(ViewStores.LATEST_QUOTES),
                keys, serdes.quotes()));
        articles.process(() -> new LatestQuotesProcessor(retention, MAX_LATEST_QUOTES), Named.as("views-latest-quotes"),
                ViewStores.LATEST_QUOTES);

        KGroupedStream<String, ViewCount> observations = articles
                .flatMap((id, article) -> Mentions.of(article), Named.as("views-observe"))
                .groupByKey(Grouped.with("views-observations", keys, serdes.counts()));
        // On the topic a bucket is keyed view|key@start/window: the 1 h and the 24 h windows' buckets can start together.
        // Each window is counted in buckets of its hop: a 1 h window hopping every 15 min is the sum of its four
        // 15-min buckets, which the queries add up. The same answers as a hopping window, for one store update per
        // observation instead of one per overlapping window (four, or eight for 24 h every 3 h).
        for (ViewsConfig.Window window : config.windows()) {
            long bucket = window.advance().toMillis();
            observations
                    .windowedBy(TimeWindows.ofSizeAndGrace(window.advance(), config.grace()))
                    .reduce(ViewCounts::add, Named.as("views-count-" + window.name()),
                            Materialized.<String, ViewCount, WindowStore<Bytes, byte[]>>as(ViewStores.counts(window))
                                    .withKeySerde(keys).withValueSerde(serdes.counts())
                                    .withRetention(window.size().plus(config.grace())))
                    .toStream(Named.as("views-counted-" + window.name()))
                    .filter((k, v) -> v != null)
                    .map((k, v) -> KeyValue.pair(k.key() + "@" + k.window().start() + "/" + window.name(), ViewCount.newBuilder(v)
                            .setWindowStart(k.window().startTime()).setWindowSizeMs(bucket).build()),
                            Named.as("views-window-key-" + window.name()))
                    .to((k, v, ctx) -> Topics.viewCounts(v.getView()), Produced.with(keys, serdes.counts()));
        }

        articles.flatMap((id, article) -> stories(article), Named.as("views-story"))
                .groupByKey(Grouped.with("views-stories", keys, serdes.stories()))
                .windowedBy(SessionWindows.ofInactivityGapAndGrace(config.storyGap(), config.grace()))
                .reduce(Stories::merge, Named.as("views-story-merge"),
                        Materialized.<String, Story, SessionStore<Bytes, byte[]>>as(ViewStores.STORIES)
                                .withKeySerde(keys).withValueSerde(serdes.stories())
                                .withRetention(config.storyGap().multipliedBy(2).plus(config.grace())))
                .toStream(Named.as("views-stories-out"))
                // A session merged into a longer one is forwarded as a tombstone: the longer one follows it.
                .filter((k, v) -> v != null)
                .selectKey((k, v) -> v.getStoryId())
                .to(Topics.VIEWS_STORIES, Produced.with(keys, serdes.stories()));
    }

    private static List<KeyValue<String, Story>> stories(ArticleView article) {
        List<KeyValue<String, Story>> out = new ArrayList<>();
        for (Quote q : article.getQuotes()) {
            String id = Stories.storyId(q.getSpeaker(), q.getText());
            if (id != null) {
                out.add(KeyValue.pair(id, Stories.first(article, q, id)));
            }
        }
        return out;
    }

    /** Needs the record's time, which the DSL's mapValues does not give. */
    private static final class ToArticleView implements FixedKeyProcessor<String, Outcome.Extracted, ArticleView> {
        private FixedKeyProcessorContext<String, ArticleView> context;

        @Override
        public void init(FixedKeyProcessorContext<String, ArticleView> context) {
            this.context = context;
        }

        @Override
        public void process(FixedKeyRecord<String, Outcome.Extracted> record) {
            Outcome.Extracted e = record.value();
            context.forward(record.withValue(ArticleViews.of(e.article(), e.extraction(), record.timestamp())));
        }
    }
}
