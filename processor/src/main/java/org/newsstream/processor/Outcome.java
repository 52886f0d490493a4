package org.newsstream.processor;

import org.newsstream.avro.DeadLetter;
import org.newsstream.avro.RawArticle;
import org.newsstream.engine.Extraction;

/** What processing one raw record produced: an extraction, or a dead letter with the reason. */
public sealed interface Outcome {
    record Extracted(RawArticle article, Extraction extraction) implements Outcome {}

    record Failed(DeadLetter deadLetter) implements Outcome {}
}
