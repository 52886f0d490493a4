package org.newsstream.app;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.newsstream.engine.ArticleInput;
import org.newsstream.engine.ExtractionEngine;
import org.newsstream.ingest.ArticleSources;
import org.newsstream.schemas.AvroJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The engine alone over a corpus, on 1..N threads: articles/s, MB/s of text, and time per article. */
@Command(name = "extract", description = "The extraction engine alone over a corpus on each thread count; one JSON line at the end.")
final class BenchExtractCommand implements Callable<Integer> {
    @Mixin
    Newsstream.Common common;

    @Option(names = "--input", description = "A folder of articles (any input ingest reads). Default: generated articles of 2-6 KB in every language.")
    Path input;

    @Option(names = "--articles", description = "How many articles to generate when no --input is given. Default: ${DEFAULT-VALUE}.")
    int articles = 3_000;

    @Option(names = "--size", description = "Generate articles of about this many bytes instead of 2-6 KB.")
    int size;

    @Option(names = "--threads", split = ",", description = "Thread counts to measure, e.g. 1,2. Default: 1 and the number of cores.")
    List<Integer> threads;

    @Option(names = "--seconds", description = "Warm-up time before measuring. Default: ${DEFAULT-VALUE}.")
    int warmupSeconds = 5;

    record Result(int threads, int articles, long bytes, double seconds, double p50Ms, double p99Ms) {
        double articlesPerSecond() {
            return articles / seconds;
        }

        double megabytesPerSecond() {
            return bytes / 1e6 / seconds;
        }
    }

    @Override
    public Integer call() throws Exception {
        List<ArticleInput> corpus = input == null ? generated() : read(input);
        if (corpus.isEmpty()) {
            System.err.println("error: no articles to extract");
            return 1;
        }
        long bytes = corpus.stream().mapToLong(a -> a.body().getBytes(StandardCharsets.UTF_8).length).sum();
        ExtractionEngine engine = ExtractionEngine.create(common.config().engineConfig());
        warmUp(engine, corpus, warmupSeconds);
        List<Integer> counts = threads != null ? threads : Runtime.getRuntime().availableProcessors() > 1
                ? List.of(1, Runtime.getRuntime().availableProcessors()) : List.of(1);
        String source = input == null ? corpus.size() + " generated articles" + (size > 0 ? " of ~" + size + " bytes" : " of 2-6 KB") : input.toString();
        System.out.printf("%s, %,d bytes (%,.0f bytes each on average)%n", source, bytes, (double) bytes / corpus.size());
        System.out.println("| threads | articles/s | MB/s | p50 ms | p99 ms |");
        System.out.println("| ---: | ---: | ---: | ---: | ---: |");
        List<Result> results = new ArrayList<>();
        for (int t : counts) {
            Result r = run(engine, corpus, t, bytes);
            results.add(r);
            System.out.printf("| %d | %,.0f | %.2f | %.2f | %.2f |%n", t, r.articlesPerSecond(), r.megabytesPerSecond(), r.p50Ms(), r.p99Ms());
        }
        // Where the time goes, by the engine's own stage clocks (warm-up and every run together)
        java.util.Map<ExtractionEngine.Stage, Long> stages = engine.stageNanos();
        long total = stages.values().stream().mapToLong(Long::longValue).sum();
        StringBuilder shares = new StringBuilder("stages:");
        stages.forEach((stage, nanos) -> shares.append(String.format(" %s %.0f%%", stage.name().toLowerCase(java.util.Locale.ROOT), 100.0 * nanos / Math.max(1, total))));
        System.out.println(shares);
        ObjectNode json = AvroJson.MAPPER.createObjectNode().put("bench", "extract").put("input", source)
                .put("articles", corpus.size()).put("bytes", bytes);
        ObjectNode stageJson = json.putObject("stageShares");
        stages.forEach((stage, nanos) -> stageJson.put(stage.name().toLowerCase(java.util.Locale.ROOT), round((double) nanos / Math.max(1, total))));
        ArrayNode rows = json.putArray("results");
        for (Result r : results) {
            rows.addObject().put("threads", r.threads()).put("articlesPerSecond", round(r.articlesPerSecond())).put("mbPerSecond", round(r.megabytesPerSecond()))
                    .put("p50Ms", round(r.p50Ms())).put("p99Ms", round(r.p99Ms()));
        }
        System.out.println(json);
        return 0;
    }

    private List<ArticleInput> generated() {
        return inputs(BenchArticles.generate(articles, 42, size));
    }

    /** Generated articles as the engine takes them, with no language given (it detects it, as for most inputs). */
    static List<ArticleInput> inputs(List<BenchArticles.Article> articles) {
        return articles.stream().map(a -> new ArticleInput(a.id(), a.title(), a.body(), null, null)).toList();
    }

    private static List<ArticleInput> read(Path dir) throws java.io.IOException {
        List<ArticleInput> out = new ArrayList<>();
        ArticleSources.defaults().readPaths(List.of(dir.toString()), System.in, p -> {
            if (p.ok()) {
                out.add(ExtractCommand.input(p.article()));
            }
        });
        return out;
    }

    /** Until the JIT has settled: the first articles over and over for a few seconds. */
    static void warmUp(ExtractionEngine engine, List<ArticleInput> corpus, int seconds) {
        long until = System.nanoTime() + seconds * 1_000_000_000L;
        for (int i = 0; System.nanoTime() < until; i = (i + 1) % Math.min(corpus.size(), 500)) {
            engine.extract(corpus.get(i));
        }
    }

    /** Every article once, split over t threads; each article's own time, and the wall time of the whole. */
    static Result run(ExtractionEngine engine, List<ArticleInput> corpus, int t, long bytes) throws Exception {
        long[] nanos = new long[corpus.size()];
        ExecutorService pool = Executors.newFixedThreadPool(t);
        long start = System.nanoTime();
        try {
            List<Future<?>> parts = new ArrayList<>();
            for (int w = 0; w < t; w++) {
                int from = w;
                parts.add(pool.submit(() -> {
                    for (int i = from; i < corpus.size(); i += t) {
                        long s = System.nanoTime();
                        engine.extract(corpus.get(i));
                        nanos[i] = System.nanoTime() - s;
                    }
                }));
            }
            for (Future<?> f : parts) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Result(t, corpus.size(), bytes, seconds, percentile(sorted, 0.50) / 1e6, percentile(sorted, 0.99) / 1e6);
    }

    static double percentile(long[] sorted, double q) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)];
    }

    static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
