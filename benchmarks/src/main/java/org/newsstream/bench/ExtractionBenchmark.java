package org.newsstream.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.newsstream.engine.ArticleInput;
import org.newsstream.engine.Extraction;
import org.newsstream.engine.ExtractionEngine;
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
 * Articles per second through the whole engine (language, layout, names, coreference, quotes, places) on one
 * thread, over the plain-text articles in the folder named by {@code -Dnewsstream.bench.articles}, in turn.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
@State(Scope.Thread)
public class ExtractionBenchmark {
    private ExtractionEngine engine;
    private List<ArticleInput> articles;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        engine = ExtractionEngine.createDefault();
        articles = readArticles(Path.of(System.getProperty("newsstream.bench.articles", "app/src/main/resources/samples/articles")));
    }

    public static List<ArticleInput> readArticles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            List<ArticleInput> out = files.filter(f -> f.toString().endsWith(".txt")).sorted()
                    .map(f -> new ArticleInput(f.getFileName().toString(), "", read(f), null, null)).toList();
            if (out.isEmpty()) {
                throw new IllegalArgumentException("no .txt articles in " + dir);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path f) {
        try {
            return Files.readString(f, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Benchmark
    public Extraction extractOneArticle() {
        ArticleInput a = articles.get(next);
        next = (next + 1) % articles.size();
        return engine.extract(a);
    }
}
