package org.newsstream.app;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import org.newsstream.engine.EngineConfig;
import org.newsstream.engine.ExtractionEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "up", description = "Start an in-process Kafka broker (KRaft), the schema registry and the processor.")
final class UpCommand implements Callable<Integer> {
    @Mixin
    Newsstream.Common common;

    @Option(names = "--data-dir", description = "Where Kafka keeps its data (default: ${DEFAULT-VALUE} from config).")
    String dataDir;

    @Option(names = "--kafka-port", description = "Kafka listener port (0 = any free port).")
    Integer kafkaPort;

    @Option(names = "--registry-port", description = "Schema registry port (0 = any free port).")
    Integer registryPort;

    @Option(names = "--dashboard-port", description = "The processor's HTTP port: views API and dashboard (0 = any free port).")
    Integer dashboardPort;

    @Override
    public Integer call() throws Exception {
        AppConfig config = common.config()
                .with(AppConfig.DATA_DIR, dataDir)
                .with(AppConfig.KAFKA_PORT, kafkaPort)
                .with(AppConfig.REGISTRY_PORT, registryPort)
                .with(AppConfig.DASHBOARD_PORT, dashboardPort);
        EngineConfig engine = config.engineConfig();
        EmbeddedStack stack = new EmbeddedStack(config, CompletableFuture.supplyAsync(() -> ExtractionEngine.create(engine)));
        runUntilStopped(stack, "ready: bootstrap=" + stack.bootstrapServers() + " registry=" + stack.registryDisplayUrl()
                + (stack.dashboardUrl() == null ? "" : " dashboard=" + stack.dashboardUrl().replaceAll("/$", "")));
        return 0;
    }

    /** Prints the ready line, then blocks until Ctrl-C or SIGTERM, and closes the stack cleanly. */
    static void runUntilStopped(EmbeddedStack stack, String readyLine) throws InterruptedException {
        Newsstream.awaitShutdown(readyLine, () -> {
            System.err.println("stopping...");
            stack.close();
        });
    }
}
