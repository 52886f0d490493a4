package org.newsstream.processor.views;

import org.newsstream.avro.ArticleView;
import org.newsstream.avro.RawArticle;
import org.newsstream.engine.Extraction;

/** Puts an article and what was found in it together, as one record. */
final class ArticleViews {
    private ArticleViews() {}

    static ArticleView of(RawArticle article, Extraction extraction, long recordTime) {
        return ArticleView.newBuilder()
                .setId(article.getId())
                .setTitle(article.getTitle())
                .setUrl(article.getUrl())
                .setSource(article.getSource())
                .setLanguage(article.getLanguage() != null ? article.getLanguage() : extraction.language())
                .setPublishedAt(article.getPublishedAt())
                .setProcessedAt(java.time.Instant.ofEpochMilli(recordTime))
                .setBody(article.getBody())
                .setQuotes(extraction.quotes())
                .setEntities(extraction.entities())
                .setPlaces(extraction.geolocations())
                .build();
    }
}
