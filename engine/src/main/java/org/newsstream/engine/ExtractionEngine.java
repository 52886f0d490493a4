package org.newsstream.engine;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import org.newsstream.avro.Entity;
import org.newsstream.avro.EntityType;
import org.newsstream.avro.Geolocation;
import org.newsstream.avro.Mention;
import org.newsstream.avro.Quote;

/**
 * The extraction engine: language, layout, names, coreference, quotes, places. Plain Java with no Kafka
 * dependency; the Streams topology and the {@code extract} command call the same {@link #extract}.
 * Stateless per call and safe to share between threads once built.
 */
public final class ExtractionEngine {
    /** The stages, for timing. */
    public enum Stage { LANGUAGE, LAYOUT, ENTITIES, COREFERENCE, QUOTES, GEOLOCATION }

    private final Lexicon lexicon;
    private final LanguageDetector languageDetector;
    private final EntityRecognizer recognizer;
    private final QuoteExtractor quotes;
    private final Geocoder geocoder;
    private final EngineConfig.Limits limits;
    private final GermanNominative nominative;
    private final Map<Stage, LongAdder> nanos = new EnumMap<>(Stage.class);
    private final LongAdder articles = new LongAdder();

    public ExtractionEngine(Lexicon lexicon, LanguageDetector languageDetector, EntityRecognizer recognizer,
                            QuoteExtractor quotes, Geocoder geocoder) {
        this(lexicon, languageDetector, recognizer, quotes, geocoder, EngineConfig.Limits.DEFAULTS);
    }

    public ExtractionEngine(Lexicon lexicon, LanguageDetector languageDetector, EntityRecognizer recognizer,
                            QuoteExtractor quotes, Geocoder geocoder, EngineConfig.Limits limits) {
        this(lexicon, languageDetector, recognizer, quotes, geocoder, limits, Gazetteer::shipped);
    }

    private ExtractionEngine(Lexicon lexicon, LanguageDetector languageDetector, EntityRecognizer recognizer,
                             QuoteExtractor quotes, Geocoder geocoder, EngineConfig.Limits limits, Supplier<Gazetteer> gazetteer) {
        this.nominative = new GermanNominative(lexicon, gazetteer);
        this.limits = limits;
        this.lexicon = lexicon;
        this.languageDetector = languageDetector;
        this.recognizer = recognizer;
        this.quotes = quotes;
        this.geocoder = geocoder;
        for (Stage s : Stage.values()) {
            nanos.put(s, new LongAdder());
        }
    }

    /** The engine with the shipped lexicon, gazetteer and rule-based stages (resources load once per JVM). */
    public static ExtractionEngine createDefault() {
        return create(EngineConfig.defaults());
    }

    /** The engine with the shipped lexicon and gazetteer, and the recognizer the configuration names. */
    public static ExtractionEngine create(EngineConfig config) {
        // The two resources load side by side: together about as long as the slower one.
        CompletableFuture<Gazetteer> loading = CompletableFuture.supplyAsync(Gazetteer::shipped);
        Lexicon lexicon = Lexicon.shipped();
        Gazetteer gazetteer;
        try {
            gazetteer = loading.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        return new ExtractionEngine(lexicon, new StopwordLanguageDetector(lexicon), config.recognizer(lexicon, gazetteer),
                new QuoteExtractor(lexicon), new ContextGeocoder(gazetteer, lexicon), config.limits(), () -> gazetteer);
    }

    /** Thrown for an article longer than the configured limit: the caller dead-letters it with this message. */
    public static final class ArticleTooLongException extends IllegalArgumentException {
        ArticleTooLongException(String message) {
            super(message);
        }
    }

    /** Thrown when an article is still being extracted after the configured time: the caller dead-letters it. */
    public static final class ArticleTooSlowException extends IllegalStateException {
        ArticleTooSlowException(String message) {
            super(message);
        }
    }

    /**
     * Extracts quotes, entities and places.
     *
     * @throws ArticleTooLongException when title and body hold more characters than {@link EngineConfig#MAX_ARTICLE_CHARS}
     */
    public Extraction extract(ArticleInput article) {
        long length = (long) article.body().length() + (article.title() == null ? 0 : article.title().length());
        if (length > limits.maxChars()) {
            throw new ArticleTooLongException("article of " + length + " characters is over the limit of " + limits.maxChars()
                    + " (" + EngineConfig.MAX_ARTICLE_CHARS + ")");
        }
        long deadline = System.nanoTime() + limits.maxMillis() * 1_000_000; // checked after each stage: the size limit bounds each one
        if (ALLOCATION != null) {
            ALLOCATED_AT_START.set(ALLOCATION.getCurrentThreadAllocatedBytes());
        }
        String language = article.language() != null && !article.language().isBlank() ? article.language()
                : timed(Stage.LANGUAGE, () -> languageDetector.detect(article.title() + "\n" + article.body()));
        Document doc = timed(Stage.LAYOUT, () -> Document.layout(article, language, lexicon));
        inTime(deadline, Stage.LAYOUT);
        List<NameMention> recognized = timed(Stage.ENTITIES, () -> recognizer.recognize(doc));
        inTime(deadline, Stage.ENTITIES);
        // Quoted spans and what their attributions say of the speakers come before clustering: the subject of a
        // speech verb is a person or an organisation, whatever the name lists say.
        List<QuoteSpans.Span> spans = timed(Stage.QUOTES, () -> quotes.spans(doc));
        Map<QuoteSpans.Span, SpeakerGrammar.Speaker> said = timed(Stage.QUOTES, () -> quotes.speakers(doc, spans, recognized));
        inTime(deadline, Stage.QUOTES);
        List<NameMention> mentions = SpeakerMentions.of(lexicon, doc, recognized, said.values());
        List<Coreference.Cluster> clusters = timed(Stage.COREFERENCE, () -> Coreference.cluster(article.id(), mentions, article.title(),
                m -> nominative.of(doc, m)));
        inTime(deadline, Stage.COREFERENCE);
        List<QuoteExtractor.FoundQuote> found = timed(Stage.QUOTES, () -> quotes.extract(doc, spans, said, clusters));
        inTime(deadline, Stage.QUOTES);
        List<Geocoder.Resolved> resolved = timed(Stage.GEOLOCATION, () -> geocoder.resolve(doc,
                clusters.stream().filter(c -> c.type() == EntityType.LOCATION).toList()));
        articles.increment();
        return new Extraction(language, toQuotes(article, language, found), toEntities(article, doc, clusters), toGeolocations(article, resolved));
    }

    private static List<Quote> toQuotes(ArticleInput a, String language, List<QuoteExtractor.FoundQuote> found) {
        List<Quote> out = new ArrayList<>();
        for (QuoteExtractor.FoundQuote q : found) {
            out.add(Quote.newBuilder()
                    .setArticleId(a.id())
                    .setQuoteId(a.id() + ":q:" + q.start())
                    .setText(q.text())
                    .setSpeaker(q.speaker() == null ? null : q.speaker().canonical())
                    .setSpeakerId(q.speaker() == null ? null : q.speaker().id())
                    .setCueVerb(q.cue())
                    .setStart(q.start())
                    .setEnd(q.end())
                    .setLanguage(language)
                    .setPublishedAt(a.publishedAt())
                    .build());
        }
        return out;
    }

    /** Mentions listed on one entity record (see {@code Entity.count} for all). */
    public static final int MAX_MENTIONS_LISTED = 1_000;

    private static List<Entity> toEntities(ArticleInput a, Document doc, List<Coreference.Cluster> clusters) {
        List<Entity> out = new ArrayList<>();
        for (Coreference.Cluster c : clusters) {
            if (Demonyms.onlyAdjectives(doc, c)) {
                continue; // "the Dutch government": on the map, but no place named
            }
            // An entity's record lists its first mentions only, so that it stays far below the producer's record
            // limit whatever the text; the count is all of them.
            List<Mention> mentions = c.mentions().stream().limit(MAX_MENTIONS_LISTED)
                    .map(m -> new Mention(m.text(), m.start(), m.end())).toList();
            out.add(Entity.newBuilder()
                    .setArticleId(a.id())
                    .setEntityId(c.id())
                    .setName(c.canonical())
                    .setType(c.type())
                    .setMentions(mentions)
                    .setCount(c.mentions().size())
                    .build());
        }
        return out;
    }

    private static List<Geolocation> toGeolocations(ArticleInput a, List<Geocoder.Resolved> resolved) {
        List<Geolocation> out = new ArrayList<>();
        for (Geocoder.Resolved r : resolved) {
            // One record per distinct way the article writes the place ("COLUMBUS" in the dateline, "Columbus"
            // in the text, "AS" for "Amerika Serikat"), each at its first occurrence.
            java.util.Set<String> forms = new java.util.HashSet<>();
            for (NameMention first : r.entity().mentions()) {
                if (forms.add(first.text())) {
                    out.add(geolocation(a, r, first));
                }
            }
        }
        return out;
    }

    private static Geolocation geolocation(ArticleInput a, Geocoder.Resolved r, NameMention first) {
        Gazetteer.Place p = r.place();
        {
            return Geolocation.newBuilder()
                    .setArticleId(a.id())
                    .setMention(first.text())
                    .setStart(first.start())
                    .setEnd(first.end())
                    .setName(p.name())
                    .setCountryCode(p.countryCode())
                    .setLatitude(p.latitude())
                    .setLongitude(p.longitude())
                    .setFeatureKind(p.kind().equals("county") ? "region" : p.kind()) // a county is a (second-level) region
                    .setGazetteerId(p.id())
                    .setConfidence(r.confidence())
                    .build();
        }
    }

    private void inTime(long deadline, Stage after) {
        if (System.nanoTime() > deadline) {
            throw new ArticleTooSlowException("extraction took over " + limits.maxMillis() + " ms ("
                    + EngineConfig.MAX_ARTICLE_MILLIS + "), given up after stage " + after.name().toLowerCase(java.util.Locale.ROOT));
        }
        if (ALLOCATION != null && ALLOCATION.getCurrentThreadAllocatedBytes() - ALLOCATED_AT_START.get() > limits.maxAllocatedMb() << 20) {
            throw new ArticleTooSlowException("extraction allocated over " + limits.maxAllocatedMb() + " MB ("
                    + EngineConfig.MAX_ARTICLE_ALLOCATED_MB + "), given up after stage "
                    + after.name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    /** The JVM's count of bytes each thread allocated, where it has one (HotSpot does). */
    private static final com.sun.management.ThreadMXBean ALLOCATION = java.lang.management.ManagementFactory.getThreadMXBean()
            instanceof com.sun.management.ThreadMXBean t && t.isThreadAllocatedMemorySupported() ? t : null;
    private static final ThreadLocal<Long> ALLOCATED_AT_START = ThreadLocal.withInitial(() -> 0L);

    private <T> T timed(Stage stage, Supplier<T> work) {
        long t0 = System.nanoTime();
        try {
            return work.get();
        } finally {
            nanos.get(stage).add(System.nanoTime() - t0);
        }
    }

    /** Total time spent per stage since the engine was built, in nanoseconds. */
    public Map<Stage, Long> stageNanos() {
        Map<Stage, Long> out = new EnumMap<>(Stage.class);
        nanos.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }

    public long articlesProcessed() {
        return articles.sum();
    }
}
