package org.newsstream.engine;

/**
 * Which language an article is written in (ISO 639-1), or {@link #UNDETERMINED}. The one seam for language
 * identification: the engine's stage 1 ({@link StopwordLanguageDetector}) and ingest's Lingua-based detector
 * both implement it.
 */
public interface LanguageDetector {
    /** What {@link #detect} answers when the text gives nothing to go by (the ISO 639-2 code for it). */
    String UNDETERMINED = "und";

    String detect(String text);

    /** The detected code, or null when undetermined: for records whose language field is optional. */
    default String detectOrNull(String text) {
        String code = detect(text);
        return UNDETERMINED.equals(code) ? null : code;
    }
}
