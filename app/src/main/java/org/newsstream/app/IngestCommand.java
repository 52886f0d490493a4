package org.newsstream.app;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsstream.ingest.ArticlePublisher;
import org.newsstream.ingest.IngestSummary;
import org.newsstream.schemas.TopicSetup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", description = "Publish articles from files, folders or standard input (-) to the raw-article topic.")
final class IngestCommand implements Callable<Integer> {
    @Mixin
    Newsstream.Common common;

    @Option(names = "--bootstrap", description = "Kafka bootstrap servers.")
    String bootstrap;

    @Option(names = "--registry", description = "Schema registry URL.")
    String registry;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR|-", description = "Plain text (title line, then body), .json or .jsonl files, folders, or - for stdin.")
    List<String> inputs;

    @Override
    public Integer call() throws Exception {
        AppConfig config = common.config()
                .with(AppConfig.BOOTSTRAP_SERVERS, bootstrap)
                .with(AppConfig.SCHEMA_REGISTRY_URL, registry);
        String servers = config.get(AppConfig.BOOTSTRAP_SERVERS);
        TopicSetup.ensurePipelineTopics(servers, config.getInt(AppConfig.TOPIC_PARTITIONS),
                (short) config.getInt(AppConfig.TOPIC_REPLICATION_FACTOR));
        try (ArticlePublisher publisher = new ArticlePublisher(servers, config.get(AppConfig.SCHEMA_REGISTRY_URL), Map.of())) {
            publisher.publishPaths(inputs, System.in);
            IngestSummary summary = publisher.flush();
            System.out.println(summary);
        }
        return 0;
    }
}
