package org.newsstream.app;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.newsstream.ingest.ArticlePublisher;
import org.newsstream.ingest.IngestSummary;
import org.newsstream.registry.CompatibilityLevel;
import org.newsstream.registry.SchemaRegistryServer;
import org.newsstream.schemas.TopicSetup;
import org.newsstream.schemas.Topics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench-ingest", description = "Ingest N generated articles twice into an embedded broker, check each was published "
        + "exactly once, and write a report (default docs/ingest-benchmark.md).")
final class BenchIngestCommand implements Callable<Integer> {
    @Option(names = "--articles", description = "How many articles to generate. Default: ${DEFAULT-VALUE}.")
    int articles = 10_000;

    @Option(names = "--report", description = "Where to write the report. Default: ${DEFAULT-VALUE}.")
    Path report = Path.of("docs/ingest-benchmark.md");

    @Option(names = "--pages", description = "A folder of HTML pages (.html, .html.gz) for the page-extractor figure. Default: 500 generated pages.")
    Path pages;

    @Override
    public Integer call() throws Exception {
        Path work = Files.createTempDirectory("bench-ingest");
        try (EmbeddedKafka kafka = new EmbeddedKafka(work.resolve("kafka"), "localhost", 0);
             SchemaRegistryServer registry = EmbeddedStack.startRegistry(kafka.bootstrapServers(), "localhost", 0, CompatibilityLevel.BACKWARD, (short) 1)) {
            TopicSetup.ensurePipelineTopics(kafka.bootstrapServers(), 6, (short) 1);
            Path in = Files.createDirectories(work.resolve("articles"));
            long bytes = generate(in, articles);
            Run first = run(kafka, registry, in);
            Run second = run(kafka, registry, in);
            Set<String> keys = keys(kafka.bootstrapServers());
            PageRun pageRun = pageExtraction(pages == null ? generatePages(500) : readPages(pages));
            boolean exactlyOnce = keys.size() == articles && first.summary.published() == articles
                    && second.summary.published() == 0 && second.summary.duplicates() == articles;
            String text = report(bytes, first, second, keys.size(), exactlyOnce, pageRun);
            Files.createDirectories(report.toAbsolutePath().getParent());
            Files.writeString(report, text);
            System.out.println(text);
            return exactlyOnce ? 0 : 1;
        } finally {
            DemoCommand.deleteRecursively(work);
        }
    }

    record Run(IngestSummary summary, double seconds) {}

    private static Run run(EmbeddedKafka kafka, SchemaRegistryServer registry, Path in) throws IOException {
        long t0 = System.nanoTime();
        try (ArticlePublisher p = new ArticlePublisher(kafka.bootstrapServers(), registry.url(), Map.of())) {
            p.publishPaths(List.of(in.toString()), System.in);
            IngestSummary s = p.flush();
            return new Run(s, (System.nanoTime() - t0) / 1e9);
        }
    }

    /** Pages through the page extractor (charset, metadata, main text, language), one thread, no Kafka. */
    record PageRun(String inputs, int pages, long bytes, int rounds, double seconds, int withText, int threads, double parallelSeconds) {}

    static PageRun pageExtraction(Map.Entry<String, List<byte[]>> input) {
        List<byte[]> pages = input.getValue();
        org.newsstream.ingest.ArticleParser parser = org.newsstream.ingest.ArticleParser.defaults();
        for (byte[] page : pages) {
            parser.parseContent("page.html", page); // warm-up: the JIT, Lingua's models
        }
        int rounds = 3;
        int withText = 0;
        long t0 = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            for (byte[] page : pages) {
                withText += parser.parseContent("page.html", page).get(0).ok() ? 1 : 0;
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        // As ingest parses a folder: one file per thread, on as many threads as cores.
        int threads = Runtime.getRuntime().availableProcessors();
        java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(threads);
        long t1 = System.nanoTime();
        try {
            for (int r = 0; r < rounds; r++) {
                pool.submit(() -> pages.parallelStream().forEach(page -> parser.parseContent("page.html", page))).join();
            }
        } finally {
            pool.shutdown();
        }
        double parallelSeconds = (System.nanoTime() - t1) / 1e9;
        long bytes = pages.stream().mapToLong(b -> b.length).sum();
        return new PageRun(input.getKey(), pages.size(), bytes, rounds, seconds, withText / rounds, threads, parallelSeconds);
    }

    private static Map.Entry<String, List<byte[]>> readPages(Path dir) throws IOException {
        List<byte[]> out = new java.util.ArrayList<>();
        try (var walk = Files.walk(dir)) {
            for (Path f : walk.filter(Files::isRegularFile).filter(f -> f.toString().matches(".*\\.html?(\\.gz)?$")).sorted().toList()) {
                byte[] b = Files.readAllBytes(f);
                out.add(f.toString().endsWith(".gz") ? new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(b)).readAllBytes() : b);
            }
        }
        return Map.entry("the HTML pages under `" + dir + "`", out);
    }

    /** News pages as sites serve them: scripts, styles, navigation, a generated article, related links, a footer. */
    static Map.Entry<String, List<byte[]>> generatePages(int n) {
        List<byte[]> out = new java.util.ArrayList<>();
        String script = "<script>window.dataLayer=window.dataLayer||[];" + "function track(e){dataLayer.push(e)}".repeat(200) + "</script>";
        String style = "<style>" + ".c{margin:0;padding:0;font:14px sans-serif}".repeat(200) + "</style>";
        StringBuilder nav = new StringBuilder("<nav class=\"main-nav\"><ul>");
        for (int k = 0; k < 60; k++) {
            nav.append("<li><a href=\"/section/").append(k).append("\">Section ").append(k).append("</a></li>");
        }
        nav.append("</ul></nav>");
        List<BenchArticles.Article> articles = BenchArticles.generate(n, 7);
        for (int i = 0; i < n; i++) {
            BenchArticles.Article a = articles.get(i);
            StringBuilder b = new StringBuilder("<!doctype html><html lang=\"").append(a.language()).append("\"><head><meta charset=\"utf-8\"><title>")
                    .append(a.title()).append("</title>").append(style).append(script).append("</head><body>").append(nav)
                    .append("<div class=\"container\"><article><h1>").append(a.title()).append("</h1><div class=\"article-body\">");
            for (String paragraph : a.body().split("\n\n")) {
                b.append("<p>").append(paragraph).append("</p>");
            }
            b.append("</div></article><aside class=\"related\"><h2>Related</h2><ul>");
            for (int k = 0; k < 20; k++) {
                b.append("<li><a href=\"/story/").append(i * 20 + k).append("\">Another story, number ").append(k).append("</a></li>");
            }
            b.append("</ul></aside></div><footer><p>All rights reserved.</p></footer></body></html>");
            out.add(b.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return Map.entry(n + " generated news pages in every language (scripts, styles, a 60-link menu, a 2-6 KB article, 20 related links)", out);
    }

    /** Distinct keys on the raw-article topic: one per article published. */
    private static Set<String> keys(String bootstrap) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        Set<String> keys = new HashSet<>();
        long records = 0;
        try (KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer());
             KafkaConsumer<String, byte[]> peek = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap),
                     new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> parts = c.partitionsFor(Topics.RAW_ARTICLES).stream()
                    .map(i -> new TopicPartition(i.topic(), i.partition())).toList();
            c.assign(parts);
            c.seekToBeginning(parts);
            Map<TopicPartition, Long> end = peek.endOffsets(parts);
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (parts.stream().anyMatch(tp -> c.position(tp) < end.get(tp)) && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> r : c.poll(Duration.ofMillis(200))) {
                    keys.add(r.key());
                    records++;
                }
            }
        }
        if (records != keys.size()) {
            throw new IllegalStateException(records + " records for " + keys.size() + " keys: something was published twice");
        }
        return keys;
    }

    /** Plain-text articles of about 5 KB in every language we cover, each different, in 50 folders. */
    static long generate(Path dir, int n) throws IOException {
        long bytes = 0;
        int i = 0;
        for (BenchArticles.Article a : BenchArticles.generate(n, 11, 5_000)) {
            String text = a.title() + "\n\n" + a.body() + "\n";
            Path f = dir.resolve(String.format("%02d/article-%06d.txt", i % 50, i++));
            Files.createDirectories(f.getParent());
            Files.writeString(f, text);
            bytes += text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        }
        return bytes;
    }

    private String report(long bytes, Run first, Run second, int distinct, boolean exactlyOnce, PageRun pageRun) throws IOException {
        String cpu = "unknown";
        Path cpuinfo = Path.of("/proc/cpuinfo");
        if (Files.exists(cpuinfo)) {
            cpu = Files.readAllLines(cpuinfo).stream().filter(l -> l.startsWith("model name")).findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("unknown");
        }
        long mem = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getTotalMemorySize();
        return String.format("""
                # Ingest benchmark

                Measured %s by `./newsstream bench-ingest --articles %d` (reproduce it with that command; it writes this file).

                ## Machine
                - CPU: %s, %d cores available to the JVM
                - Memory: %.1f GiB
                - Java: %s (%s), %s %s
                - Kafka: one in-process KRaft broker (same JVM), 6 partitions, our schema registry on it

                ## Inputs
                - %,d generated plain-text articles in every language we cover (%,d bytes, %,.0f bytes each on average) in 50 folders
                - Each run is a fresh `ArticlePublisher` (a new process would behave the same: the record of what was
                  published is read back from the `%s` topic)

                ## Results
                | run | published | duplicates skipped | rejected | seconds | articles/s | MB/s |
                | --- | ---: | ---: | ---: | ---: | ---: | ---: |
                | first | %,d | %,d | %d | %.2f | %,.0f | %.2f |
                | second (same folder) | %,d | %,d | %d | %.2f | %,.0f | %.2f |

                Distinct article ids on `%s` afterwards: %,d, one record each. Exactly once: **%s**.

                The rate covers reading, parsing (page metadata, boilerplate removal, language detection by function words, then Lingua among the languages they leave, with Catalan only when a word of its own is there),
                Avro serialization and transactional publishing; the broker runs on the same 2 cores. The second
                run's rate is the cost of recognising articles that were already published.

                ## Page extractor
                Inputs: %s; %,d bytes (%,.0f bytes each on average), parsed %d times over after a warm-up pass,
                without Kafka: character set, metadata, main text and language detection, as ingest does for every
                HTML page. Ingest parses as many files at once as there are cores (`--parse-threads`).

                | threads | pages | seconds | pages/s | MB/s | pages with text |
                | ---: | ---: | ---: | ---: | ---: | ---: |
                | 1 | %,d | %.2f | %,.0f | %.2f | %,d |
                | %d | %,d | %.2f | %,.0f | %.2f | %,d |

                For scale: the engine extracts about 1,200 of the bundled sample articles a second per core (`docs/engine-benchmark.md`).
                """,
                Instant.now().toString().substring(0, 10), articles, cpu, Runtime.getRuntime().availableProcessors(), mem / 1073741824.0,
                System.getProperty("java.version"), System.getProperty("java.vm.name"), System.getProperty("os.name"), System.getProperty("os.arch"),
                articles, bytes, (double) bytes / articles, Topics.INGESTED_IDS,
                first.summary.published(), first.summary.duplicates(), first.summary.rejections().size(), first.seconds,
                first.summary.published() / first.seconds, bytes / 1e6 / first.seconds,
                second.summary.published(), second.summary.duplicates(), second.summary.rejections().size(), second.seconds,
                articles / second.seconds, bytes / 1e6 / second.seconds,
                Topics.RAW_ARTICLES, distinct, exactlyOnce ? "yes" : "NO",
                pageRun.inputs(), pageRun.bytes(), (double) pageRun.bytes() / Math.max(1, pageRun.pages()), pageRun.rounds(),
                pageRun.pages() * pageRun.rounds(), pageRun.seconds(), pageRun.pages() * pageRun.rounds() / pageRun.seconds(),
                pageRun.bytes() * pageRun.rounds() / 1e6 / pageRun.seconds(), pageRun.withText(),
                pageRun.threads(), pageRun.pages() * pageRun.rounds(), pageRun.parallelSeconds(),
                pageRun.pages() * pageRun.rounds() / pageRun.parallelSeconds(), pageRun.bytes() * pageRun.rounds() / 1e6 / pageRun.parallelSeconds(),
                pageRun.withText());
    }
}
