package org.newsstream.processor.views;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.WindowStore;
import org.newsstream.avro.ArticleView;

/**
 * Keeps each article for the article page. A window store rather than a key-value store: its segments drop whole
 * days of articles once they are past the retention, with no scan and no tombstones.
 */
final class ArticleStoreProcessor implements Processor<String, ArticleView, Void, Void> {
    private WindowStore<String, ArticleView> store;

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        store = context.getStateStore(ViewStores.ARTICLES);
    }

    @Override
    public void process(Record<String, ArticleView> record) {
        store.put(record.value().getId(), record.value(), record.timestamp());
    }
}
