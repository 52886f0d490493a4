package org.newsstream.app;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.newsstream.ingest.ArticleParser;
import org.newsstream.ingest.ArticlePublisher;
import org.newsstream.ingest.FeedPoller;
import org.newsstream.ingest.IngestHttpServer;
import org.newsstream.ingest.IngestSummary;
import org.newsstream.ingest.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", description = {
        "Publish articles to the raw-article topic: files and folders (text, HTML, JSON, JSON lines, WARC, any of them gzipped),",
        "standard input (-), RSS/Atom feeds (--feed), or an HTTP endpoint (--listen). Articles published before are skipped."})
final class IngestCommand implements Callable<Integer> {
    @Mixin
    Newsstream.Common common;

    @Mixin
    Newsstream.Cluster cluster;

    @Option(names = "--include", description = "Glob of files to take from folders (repeatable), e.g. '*.html' or '**/2024/*.txt'.")
    List<String> include = new ArrayList<>();

    @Option(names = "--exclude", description = "Glob of files to leave out (repeatable).")
    List<String> exclude = new ArrayList<>();

    @Option(names = "--format", description = "auto (by name and content), text, html, json or jsonl. Default: ${DEFAULT-VALUE}.")
    ArticleParser.Format format = ArticleParser.Format.AUTO;

    @Option(names = "--field", description = "Map a RawArticle field to the input's JSON field (repeatable), e.g. body=text title=headline.")
    Map<String, String> fields = new HashMap<>();

    @Option(names = "--parse-threads", description = "Files parsed at once (pages cost far more to parse than to publish). Default: the number of cores.")
    int parseThreads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--no-dedupe", description = "Publish articles even if they were published before.")
    boolean noDedupe;

    @Option(names = "--feed", description = "RSS or Atom feed URL to poll (repeatable).")
    List<String> feeds = new ArrayList<>();

    @Option(names = "--poll-interval", description = "Seconds between feed polls. Default: ${DEFAULT-VALUE}.")
    int pollSeconds = 300;

    @Option(names = "--once", description = "Poll the feeds once and exit.")
    boolean once;

    @Option(names = "--per-host", description = "Pages fetched at once from one host. Default: ${DEFAULT-VALUE}.")
    int perHost = 2;

    @Option(names = "--listen", description = "Serve POST /articles on [HOST:]PORT (host defaults to localhost).")
    String listen;

    @Option(names = "--max-request-bytes", description = "Largest POST /articles body. Default: ${DEFAULT-VALUE}.")
    long maxRequestBytes = ArticlePublisher.MAX_ARTICLE_RECORD_BYTES;

    @Parameters(arity = "0..*", paramLabel = "FILE|DIR|-", description = "Inputs; - is standard input.")
    List<String> inputs = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        if (inputs.isEmpty() && feeds.isEmpty() && listen == null) {
            throw new IllegalArgumentException("nothing to ingest: give files, folders, -, --feed URL or --listen PORT");
        }
        AppConfig config = cluster.applyTo(common.config());
        httpToken = config.get(AppConfig.INGEST_HTTP_TOKEN);
        String servers = config.get(AppConfig.BOOTSTRAP_SERVERS);
        config.ensurePipelineTopics();
        Map<String, Object> producer = new HashMap<>(config.kafkaClientSettings());
        if (listen != null) {
            // An HTTP client is waiting: fail fast with 503 rather than hang while Kafka is away.
            producer.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
            producer.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
            producer.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10_000);
        }
        ArticlePublisher.Options options = new ArticlePublisher.Options(new ArticleParser(format, fields), include, exclude,
                !noDedupe, Progress.forConsole(), producer, transactionalId(), parseThreads);
        try (ArticlePublisher publisher = new ArticlePublisher(servers, config.get(AppConfig.SCHEMA_REGISTRY_URL), options)) {
            return run(publisher);
        } catch (org.apache.kafka.common.errors.ProducerFencedException | org.apache.kafka.common.errors.InvalidProducerEpochException e) {
            throw new IllegalStateException("another ingest of the same inputs took over (" + transactionalId() + "); this one stops,"
                    + " and what it committed stays published");
        } catch (org.apache.kafka.common.KafkaException e) {
            throw new IllegalStateException("Kafka at " + servers + " did not take the articles (" + e.getMessage() + "); what was"
                    + " committed before stays published: run the same command again to go on (published articles are skipped)");
        }
    }

    /**
     * One producer identity per set of inputs: a second ingest of the same files, feeds or port fences the first
     * and skips what it committed, so two runs at once publish each article once.
     */
    String transactionalId() {
        List<String> what = new ArrayList<>();
        for (String in : inputs) {
            what.add(in.equals("-") ? "-" : Path.of(in).toAbsolutePath().normalize().toString());
        }
        what.addAll(feeds);
        if (listen != null) {
            what.add("listen:" + listen);
        }
        java.util.Collections.sort(what);
        return "newsstream-ingest-" + java.util.UUID.nameUUIDFromBytes(String.join("\n", what).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private String httpToken;

    private int run(ArticlePublisher publisher) throws Exception {
        if (!inputs.isEmpty()) {
            publisher.publishPaths(inputs, System.in);
            publisher.flush();
        }
        if (!feeds.isEmpty()) {
            FeedPoller poller = new FeedPoller(publisher, perHost);
            try {
                if (once) {
                    poller.pollOnce(feeds);
                } else {
                    poller.pollForever(feeds, Duration.ofSeconds(pollSeconds));
                }
            } finally {
                poller.close();
            }
        }
        if (listen != null) {
            String host = listen.contains(":") ? listen.substring(0, listen.lastIndexOf(':')) : "localhost";
            int port = Integer.parseInt(listen.substring(listen.lastIndexOf(':') + 1));
            IngestHttpServer server = new IngestHttpServer(publisher, host, port, maxRequestBytes, httpToken).start();
            System.out.println("ingest: listening on http://" + host + ":" + server.port() + "/articles");
            Newsstream.awaitShutdown(server::close);
        }
        IngestSummary summary = publisher.flush();
        System.out.println(summary);
        return 0;
    }
}
