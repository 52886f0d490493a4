package org.newsstream.app;

import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The newsstream command line. */
@Command(name = "newsstream", mixinStandardHelpOptions = true, version = "newsstream 0.1.0",
        description = "News articles in; quotes, entities and geolocations out, on Kafka with Avro.",
        subcommands = {UpCommand.class, DemoCommand.class, ProcessCommand.class, RegistryCommand.class,
                IngestCommand.class, TailCommand.class, ExtractCommand.class, BenchCommand.class, BenchIngestCommand.class,
                CommandLine.HelpCommand.class})
public final class Newsstream {
    /** Options every command takes. */
    static class Common {
        @Option(names = "--config", description = "Properties file overriding the defaults (see README).")
        Path config;

        AppConfig config() {
            return AppConfig.load(config, System.getenv());
        }
    }

    /** Where the Kafka cluster and the registry are, for the commands that use them. */
    static class Cluster {
        @Option(names = "--bootstrap", description = "Kafka bootstrap servers (default: bootstrap.servers from config).")
        String bootstrap;

        @Option(names = "--registry", description = "Schema registry URL (default: schema.registry.url from config).")
        String registry;

        AppConfig applyTo(AppConfig config) {
            return config.with(AppConfig.BOOTSTRAP_SERVERS, bootstrap).with(AppConfig.SCHEMA_REGISTRY_URL, registry);
        }
    }

    /** Blocks until Ctrl-C or SIGTERM, then runs {@code close} (from the shutdown hook) and returns. */
    static void awaitShutdown(Runnable close) throws InterruptedException {
        awaitShutdown(null, close);
    }

    /** The same, printing {@code readyLine} once the hook is in place (so a stop right after it is clean). */
    static void awaitShutdown(String readyLine, Runnable close) throws InterruptedException {
        java.util.concurrent.CountDownLatch stopped = new java.util.concurrent.CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            close.run();
            stopped.countDown();
        }, "newsstream-shutdown"));
        if (readyLine != null) {
            System.out.println(readyLine);
            System.out.flush();
        }
        stopped.await();
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        configureJvm();
        return new CommandLine(new Newsstream())
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    cmd.getErr().println("error: " + e.getMessage());
                    if (System.getenv("NEWSSTREAM_DEBUG") != null) {
                        e.printStackTrace(cmd.getErr());
                    }
                    return 1;
                })
                .execute(args);
    }

    /** Settings that must be in place before Avro or the logger load. */
    static void configureJvm() {
        // Avro 1.12 only instantiates generated classes from trusted packages.
        System.setProperty("org.apache.avro.SERIALIZABLE_PACKAGES", "org.newsstream");
        String level = System.getenv("NEWSSTREAM_LOG_LEVEL");
        if (level != null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", level);
        }
    }
}
