package org.newsstream.engine;

import java.util.List;

/** A capitalised run, or part of one, with where it stands. */
record Chunk(List<Tokens.Token> tokens, List<Tokens.Token> paragraph, int indexInParagraph,
                     boolean sentenceInitial, boolean inDateline, boolean titleCase) {
    int start() {
        return tokens.get(0).start();
    }

    int end() {
        return tokens.get(tokens.size() - 1).end();
    }

    Chunk sub(int from, int to) {
        return new Chunk(tokens.subList(from, to), paragraph, indexInParagraph + from,
                sentenceInitial && from == 0, inDateline, titleCase);
    }

    String precedingWord() {
        return indexInParagraph > 0 ? paragraph.get(indexInParagraph - 1).lower() : "";
    }
}
