package org.newsstream.engine;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The engine's hot parts one at a time, on the same articles as ExtractionBenchmark (this class sits in the engine's
 * package to reach its stages): tokenising and layout, name recognition, quote attribution, gazetteer lookup.
 * Each benchmark does one stage for one article, in turn; the stages before it are done once in setup.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Thread)
public class StagesBenchmark {
    private Lexicon lexicon;
    private Gazetteer gazetteer;
    private EntityRecognizer recognizer;
    private QuoteExtractor quotes;
    private List<ArticleInput> articles;
    private List<Document> docs;
    private List<List<NameMention>> recognized;
    private List<String> placeNames;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        lexicon = Lexicon.shipped();
        gazetteer = Gazetteer.shipped();
        recognizer = EngineConfig.defaults().recognizer(lexicon, gazetteer);
        quotes = new QuoteExtractor(lexicon);
        LanguageDetector detector = new StopwordLanguageDetector(lexicon);
        articles = org.newsstream.bench.ExtractionBenchmark.readArticles(
                Path.of(System.getProperty("newsstream.bench.articles", "app/src/main/resources/samples/articles")));
        docs = articles.stream().map(a -> Document.layout(a, detector.detect(a.title() + "\n" + a.body()), lexicon)).toList();
        recognized = docs.stream().map(recognizer::recognize).toList();
        placeNames = recognized.stream().flatMap(List::stream).map(NameMention::text).distinct().toList();
    }

    private int nextIndex() {
        next = (next + 1) % articles.size();
        return next;
    }

    /** Paragraphs, their kinds, and the tokens the word counts need. */
    @Benchmark
    public Document tokenizeAndLayout() {
        int i = nextIndex();
        return Document.layout(articles.get(i), docs.get(i).language, lexicon);
    }

    /** Names of people, organisations and places, typed (rules and the learned name finder as configured). */
    @Benchmark
    public List<NameMention> recognizeNames() {
        return recognizer.recognize(docs.get(nextIndex()));
    }

    /** Quoted spans and who said them (grammar, clustering of names, pronouns). */
    @Benchmark
    public List<QuoteExtractor.FoundQuote> attributeQuotes() {
        int i = nextIndex();
        Document doc = docs.get(i);
        List<QuoteSpans.Span> spans = quotes.spans(doc);
        Map<QuoteSpans.Span, SpeakerGrammar.Speaker> said = quotes.speakers(doc, spans, recognized.get(i));
        List<Coreference.Cluster> clusters = Coreference.cluster("a", SpeakerMentions.of(lexicon, doc, recognized.get(i), said.values()));
        return quotes.extract(doc, spans, said, clusters);
    }

    /** One name looked up in the gazetteer (the names the articles hold, in turn). */
    @Benchmark
    public List<Gazetteer.Place> gazetteerLookup() {
        next = (next + 1) % placeNames.size();
        return gazetteer.lookup(placeNames.get(next));
    }
}
