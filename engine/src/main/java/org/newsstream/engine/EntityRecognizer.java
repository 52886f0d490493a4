package org.newsstream.engine;

import java.util.List;

/**
 * Stage 2: names in the body, typed PERSON, ORGANIZATION or LOCATION. Pluggable: the engine takes any
 * implementation (see {@link EngineConfig#recognizer}), e.g. one wrapping a statistical model of the user's.
 */
public interface EntityRecognizer {
    List<NameMention> recognize(Document doc);

    /**
     * The names this recognizer adds to those an earlier one found ({@link CombinedRecognizer}): a recognizer may
     * skip what they already cover. By default it reads the whole document.
     */
    default List<NameMention> recognize(Document doc, List<NameMention> earlier) {
        return recognize(doc);
    }
}
