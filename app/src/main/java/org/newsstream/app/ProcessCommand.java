package org.newsstream.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.newsstream.engine.ExtractionEngine;
import org.newsstream.processor.ProcessorApp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "process", description = "Run the processor (Kafka Streams) against any Kafka cluster and registry.")
final class ProcessCommand implements Callable<Integer> {
    @Mixin
    Newsstream.Common common;

    @Mixin
    Newsstream.Cluster cluster;

    @Option(names = "--ready-file", description = "Create this file once the processor is running (for container healthchecks).")
    Path readyFile;

    @Override
    public Integer call() throws Exception {
        AppConfig config = cluster.applyTo(common.config());
        String servers = config.get(AppConfig.BOOTSTRAP_SERVERS);
        config.ensurePipelineTopics();
        ProcessorApp app = new ProcessorApp(servers, config.get(AppConfig.SCHEMA_REGISTRY_URL),
                config.streamsOverrides(), ExtractionEngine.create(config.engineConfig()), config.views());
        app.start();
        app.awaitRunning(Duration.ofMinutes(5));
        if (readyFile != null) {
            Files.writeString(readyFile, "running\n");
        }
        System.out.println("processing: bootstrap=" + servers + " registry=" + config.get(AppConfig.SCHEMA_REGISTRY_URL)
                + (app.httpPort() < 0 ? "" : " dashboard=http://" + config.get(AppConfig.DASHBOARD_HOST) + ":" + app.httpPort()));
        Newsstream.awaitShutdown(() -> app.close(Duration.ofSeconds(30)));
        return 0;
    }
}
