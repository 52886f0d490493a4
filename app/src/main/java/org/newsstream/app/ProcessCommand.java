package org.newsstream.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.newsstream.engine.ExtractionEngine;
import org.newsstream.processor.ProcessorApp;
import org.newsstream.schemas.TopicSetup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "process", description = "Run the processor (Kafka Streams) against any Kafka cluster and registry.")
final class ProcessCommand implements Callable<Integer> {
    @Mixin
    Newsstream.Common common;

    @Option(names = "--bootstrap", description = "Kafka bootstrap servers.")
    String bootstrap;

    @Option(names = "--registry", description = "Schema registry URL.")
    String registry;

    @Option(names = "--ready-file", description = "Create this file once the processor is running (for container healthchecks).")
    Path readyFile;

    @Override
    public Integer call() throws Exception {
        AppConfig config = common.config()
                .with(AppConfig.BOOTSTRAP_SERVERS, bootstrap)
                .with(AppConfig.SCHEMA_REGISTRY_URL, registry);
        String servers = config.get(AppConfig.BOOTSTRAP_SERVERS);
        TopicSetup.ensurePipelineTopics(servers, config.getInt(AppConfig.TOPIC_PARTITIONS),
                (short) config.getInt(AppConfig.TOPIC_REPLICATION_FACTOR));
        ProcessorApp app = new ProcessorApp(servers, config.get(AppConfig.SCHEMA_REGISTRY_URL),
                config.streamsOverrides(), ExtractionEngine.createDefault());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.close(Duration.ofSeconds(30));
            stopped.countDown();
        }, "processor-shutdown"));
        app.start();
        app.awaitRunning(Duration.ofMinutes(5));
        if (readyFile != null) {
            Files.writeString(readyFile, "running\n");
        }
        System.out.println("processing: bootstrap=" + servers + " registry=" + config.get(AppConfig.SCHEMA_REGISTRY_URL));
        stopped.await();
        return 0;
    }
}
