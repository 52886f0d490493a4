package org.newsstream.engine;

import java.util.Map;
import java.util.stream.Collectors;
import org.newsstream.avro.Entity;
import org.newsstream.avro.EntityType;
import org.newsstream.avro.Quote;

/** The shipped engine, loaded once for the engine's tests, and what they ask of its output. */
final class Articles {
    private Articles() {}

    static final ExtractionEngine ENGINE = ExtractionEngine.createDefault();

    /** An article of the given language (null: detected). */
    static Extraction extract(String title, String body, String language) {
        return ENGINE.extract(new ArticleInput("t", title, body, language, null));
    }

    /** Each quote's text and its speaker ("null" when unattributed). */
    static Map<String, String> speakers(Extraction x) {
        return x.quotes().stream().collect(Collectors.toMap(Quote::getText, q -> String.valueOf(q.getSpeaker()), (a, b) -> a));
    }

    static Map<String, String> speakers(String language, String body) {
        return speakers(extract("", body, language));
    }

    /** Each entity's name and type. */
    static Map<String, EntityType> types(Extraction x) {
        return x.entities().stream().collect(Collectors.toMap(Entity::getName, Entity::getType, (a, b) -> a));
    }
}
