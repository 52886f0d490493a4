package org.newsstream.engine;

import java.time.Instant;

/**
 * What the engine reads: an article's id, title and body (offsets in the results index into {@code body}),
 * with its language and publication time when the source knows them (null otherwise).
 */
public record ArticleInput(String id, String title, String body, String language, Instant publishedAt) {
    public ArticleInput {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("article id is required");
        }
        if (body == null) {
            throw new IllegalArgumentException("article " + id + " has no body");
        }
        title = title == null ? "" : title;
    }
}
