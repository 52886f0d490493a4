package org.newsstream.schemas;

import java.util.List;

/** Every topic name newsstream uses, in one place. All records are keyed by article id (string). */
public final class Topics {
    private Topics() {}

    /** Articles as ingested (RawArticle). */
    public static final String RAW_ARTICLES = "newsstream.articles.raw";
    /** Attributed direct quotations (Quote). */
    public static final String QUOTES = "newsstream.quotes";
    /** People, organisations and places (Entity). */
    public static final String ENTITIES = "newsstream.entities";
    /** Places resolved to coordinates (Geolocation). */
    public static final String GEOLOCATIONS = "newsstream.geolocations";
    /** Records that could not be read or processed, with the reason (DeadLetter). */
    public static final String DEAD_LETTERS = "newsstream.deadletters";
    /** Compacted: article id -> content hash of everything ingest has published, so re-sent articles are skipped. */
    public static final String INGESTED_IDS = "newsstream.articles.ingested";
    /** Compacted topic where the schema registry keeps its state (Confluent's default name). */
    public static final String SCHEMAS = "_schemas";

    /** The topics the pipeline itself creates, in data-flow order. */
    public static final List<String> PIPELINE = List.of(RAW_ARTICLES, QUOTES, ENTITIES, GEOLOCATIONS, DEAD_LETTERS, INGESTED_IDS);

    /** Confluent's TopicNameStrategy for record values. */
    public static String valueSubject(String topic) {
        return topic + "-value";
    }
}
