package org.newsstream.processor.views;

/** The names of the views' state stores, which the HTTP API queries. */
public final class ViewStores {
    private ViewStores() {}

    /** Window store: article id -> ArticleView, kept for the article retention. */
    public static final String ARTICLES = "views-articles";
    /** Key-value store: "record time|quote id" -> LatestQuote (the quote and its article's headline); read backwards, newest first. */
    public static final String LATEST_QUOTES = "views-latest-quotes";
    /** Session store: story id -> Story; a session lasts while the quote keeps being seen within the story gap. */
    public static final String STORIES = "views-stories";

    /** Window store of one window's counts: "view|key" -> ViewCount. */
    public static String counts(ViewsConfig.Window window) {
        return "views-counts-" + window.name();
    }
}
