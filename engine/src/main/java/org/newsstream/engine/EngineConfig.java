package org.newsstream.engine;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * How the engine is put together, from configuration keys (the app reads them from newsstream.properties and
 * NEWSSTREAM_* environment variables):
 * <ul>
 *   <li>{@value #RECOGNIZER}: {@code rules+shipped} (the default: the rules, plus the name-finder models shipped
 *   with the engine for articles in their language, where the rules found no name or could not type it),
 *   {@code rules} (the rules alone), {@code opennlp} (only the models below), or {@code rules+opennlp} (the rules,
 *   plus the models below where the rules found none);</li>
 *   <li>{@value #OPENNLP_MODELS}: comma-separated OpenNLP TokenNameFinder model files.</li>
 * </ul>
 */
public record EngineConfig(String recognizer, List<Path> openNlpModels, int maxArticleChars, long maxArticleMillis) {
    public static final String RECOGNIZER = "engine.recognizer";
    public static final String OPENNLP_MODELS = "engine.opennlp.models";
    /** Longer articles are refused (dead-lettered with the reason), so no input holds a stream thread for long. */
    public static final String MAX_ARTICLE_CHARS = "engine.max.article.chars";
    /** About 16,000 words: longer than any news article, and extracted in about two seconds whatever its text. */
    public static final int DEFAULT_MAX_ARTICLE_CHARS = 100_000;
    /** An article still being extracted after this long is given up at the next stage (and dead-lettered). */
    public static final String MAX_ARTICLE_MILLIS = "engine.max.article.millis";
    /** Half of Kafka Streams' exactly-once transaction timeout (10 s): the slowest hostile article takes about 3 s. */
    public static final long DEFAULT_MAX_ARTICLE_MILLIS = 5_000;
    public static final List<String> RECOGNIZERS = List.of("rules+shipped", "rules", "opennlp", "rules+opennlp");
    public static final String DEFAULT_RECOGNIZER = "rules+shipped";

    public EngineConfig {
        if (!RECOGNIZERS.contains(recognizer)) {
            throw new IllegalArgumentException(RECOGNIZER + " must be one of " + RECOGNIZERS + ", not '" + recognizer + "'");
        }
        if (recognizer.contains("opennlp") && openNlpModels.isEmpty()) {
            throw new IllegalArgumentException(RECOGNIZER + "=" + recognizer + " needs model files in " + OPENNLP_MODELS);
        }
        openNlpModels = List.copyOf(openNlpModels);
        if (maxArticleChars <= 0) {
            throw new IllegalArgumentException(MAX_ARTICLE_CHARS + " must be positive, not " + maxArticleChars);
        }
        if (maxArticleMillis <= 0) {
            throw new IllegalArgumentException(MAX_ARTICLE_MILLIS + " must be positive, not " + maxArticleMillis);
        }
    }

    public EngineConfig(String recognizer, List<Path> openNlpModels) {
        this(recognizer, openNlpModels, DEFAULT_MAX_ARTICLE_CHARS, DEFAULT_MAX_ARTICLE_MILLIS);
    }

    public static EngineConfig defaults() {
        return new EngineConfig(DEFAULT_RECOGNIZER, List.of());
    }

    /** From configuration keys; absent keys take the defaults. */
    public static EngineConfig from(Map<String, String> settings) {
        String models = settings.getOrDefault(OPENNLP_MODELS, "");
        return new EngineConfig(settings.getOrDefault(RECOGNIZER, DEFAULT_RECOGNIZER).strip(),
                Arrays.stream(models.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(Path::of).toList(),
                (int) whole(settings, MAX_ARTICLE_CHARS, DEFAULT_MAX_ARTICLE_CHARS, "characters"),
                whole(settings, MAX_ARTICLE_MILLIS, DEFAULT_MAX_ARTICLE_MILLIS, "milliseconds"));
    }

    private static long whole(Map<String, String> settings, String key, long dflt, String unit) {
        String v = settings.getOrDefault(key, String.valueOf(dflt)).strip();
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a whole number of " + unit + ", not '" + v + "'");
        }
    }

    /** The recognizer this configuration names, over the shared lexicon and gazetteer. */
    EntityRecognizer recognizer(Lexicon lexicon, Gazetteer gazetteer) {
        return switch (recognizer) {
            case "opennlp" -> OpenNlpNameFinder.load(openNlpModels, gazetteer);
            case "rules+opennlp" -> new CombinedRecognizer(List.of(new RuleBasedEntityRecognizer(lexicon, gazetteer),
                    OpenNlpNameFinder.load(openNlpModels, gazetteer)));
            case "rules+shipped" -> new CombinedRecognizer(List.of(new RuleBasedEntityRecognizer(lexicon, gazetteer),
                    OpenNlpNameFinder.shipped(gazetteer)));
            default -> new RuleBasedEntityRecognizer(lexicon, gazetteer);
        };
    }
}
