package org.newsstream.engine;

/** Stage 1: which language an article is written in (ISO 639-1), or "und" when it cannot tell. */
public interface LanguageDetector {
    String detect(String text);
}
