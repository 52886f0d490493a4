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
public record EngineConfig(String recognizer, List<Path> openNlpModels, Limits limits) {
    public static final String RECOGNIZER = "engine.recognizer";
    public static final String OPENNLP_MODELS = "engine.opennlp.models";
    /** Longer articles are refused (dead-lettered with the reason), so no input holds a stream thread for long. */
    public static final String MAX_ARTICLE_CHARS = "engine.max.article.chars";
    /** An article still being extracted after this long is given up at the end of its stage (and dead-lettered). */
    public static final String MAX_ARTICLE_MILLIS = "engine.max.article.millis";
    /** An article that has made the engine allocate more than this is given up the same way. */
    public static final String MAX_ARTICLE_ALLOCATED_MB = "engine.max.article.allocated.mb";
    public static final List<String> RECOGNIZERS = List.of("rules+shipped", "rules", "opennlp", "rules+opennlp");
    public static final String DEFAULT_RECOGNIZER = "rules+shipped";

    /**
     * What one article may cost. The defaults: 100,000 characters (about 16,000 words: longer than any news article,
     * extracted in about 3 s whatever its text), 5 s (half of Kafka Streams' exactly-once transaction timeout) and
     * 8 GB allocated (the most hostile text within the size limit allocates 2.4 GB, a news article about 1 MB; what an
     * article keeps is bounded by its size).
     */
    public record Limits(int maxChars, long maxMillis, long maxAllocatedMb) {
        public static final Limits DEFAULTS = new Limits(100_000, 5_000, 8_192);

        public Limits {
            if (maxChars <= 0 || maxMillis <= 0 || maxAllocatedMb <= 0) {
                throw new IllegalArgumentException(MAX_ARTICLE_CHARS + ", " + MAX_ARTICLE_MILLIS + " and " + MAX_ARTICLE_ALLOCATED_MB
                        + " must be positive, not " + maxChars + ", " + maxMillis + ", " + maxAllocatedMb);
            }
        }
    }

    public EngineConfig {
        if (!RECOGNIZERS.contains(recognizer)) {
            throw new IllegalArgumentException(RECOGNIZER + " must be one of " + RECOGNIZERS + ", not '" + recognizer + "'");
        }
        if (recognizer.contains("opennlp") && openNlpModels.isEmpty()) {
            throw new IllegalArgumentException(RECOGNIZER + "=" + recognizer + " needs model files in " + OPENNLP_MODELS);
        }
        openNlpModels = List.copyOf(openNlpModels);
    }

    public EngineConfig(String recognizer, List<Path> openNlpModels) {
        this(recognizer, openNlpModels, Limits.DEFAULTS);
    }

    public static EngineConfig defaults() {
        return new EngineConfig(DEFAULT_RECOGNIZER, List.of());
    }

    /** From configuration keys; absent keys take the defaults. */
    public static EngineConfig from(Map<String, String> settings) {
        String models = settings.getOrDefault(OPENNLP_MODELS, "");
        Limits d = Limits.DEFAULTS;
        return new EngineConfig(settings.getOrDefault(RECOGNIZER, DEFAULT_RECOGNIZER).strip(),
                Arrays.stream(models.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(Path::of).toList(),
                new Limits((int) whole(settings, MAX_ARTICLE_CHARS, d.maxChars(), "characters"),
                        whole(settings, MAX_ARTICLE_MILLIS, d.maxMillis(), "milliseconds"),
                        whole(settings, MAX_ARTICLE_ALLOCATED_MB, d.maxAllocatedMb(), "megabytes")));
    }

    private static long whole(Map<String, String> settings, String key, long dflt, String unit) {
        String v = settings.getOrDefault(key, String.valueOf(dflt)).strip();
        try {
            return Long.parseLong(v);
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
