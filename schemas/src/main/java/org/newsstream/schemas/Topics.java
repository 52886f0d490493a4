package org.newsstream.schemas;

import java.util.List;
import java.util.stream.Stream;

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
    /** Compacted: article id -> the article with its quotes, entities and places (ArticleView). */
    public static final String VIEWS_ARTICLES = "newsstream.views.articles";
    /** Compacted: the same quote across articles, one record per story (Story). */
    public static final String VIEWS_STORIES = "newsstream.views.stories";
    /** The windowed counts, one compacted topic per view (ViewCount); see {@link #viewCounts}. */
    public static final List<String> VIEW_COUNT_NAMES = List.of("speakers", "entities", "places", "languages", "comentions", "quotations");

    /** The topic of one view's windowed counts: newsstream.views.speakers, ... */
    public static String viewCounts(String view) {
        return "newsstream.views." + view;
    }

    /** Every view topic: what the processor's live views publish, so any consumer or Connect sink can read them. */
    public static final List<String> VIEWS = Stream.concat(Stream.of(VIEWS_ARTICLES, VIEWS_STORIES),
            VIEW_COUNT_NAMES.stream().map(Topics::viewCounts)).toList();

    /** Compacted topic where the schema registry keeps its state (Confluent's default name). */
    public static final String SCHEMAS = "_schemas";

    /** The topics the pipeline itself creates, in data-flow order. */
    public static final List<String> PIPELINE = List.of(RAW_ARTICLES, QUOTES, ENTITIES, GEOLOCATIONS, DEAD_LETTERS, INGESTED_IDS);

    /** Confluent's TopicNameStrategy for record values. */
    public static String valueSubject(String topic) {
        return topic + "-value";
    }
}
