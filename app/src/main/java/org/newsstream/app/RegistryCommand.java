package org.newsstream.app;

import java.util.concurrent.Callable;
import org.newsstream.registry.CompatibilityLevel;
import org.newsstream.registry.SchemaRegistryServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "registry", description = "Run the schema registry (Confluent REST API) on a Kafka cluster's _schemas topic.")
final class RegistryCommand implements Callable<Integer> {
    @Mixin
    Newsstream.Common common;

    @Option(names = "--bootstrap", description = "Kafka bootstrap servers.")
    String bootstrap;

    @Option(names = "--port", description = "HTTP port.")
    Integer port;

    @Option(names = "--host", description = "Interface to bind (0.0.0.0 for all).")
    String host;

    @Override
    public Integer call() throws Exception {
        AppConfig config = common.config()
                .with(AppConfig.BOOTSTRAP_SERVERS, bootstrap)
                .with(AppConfig.REGISTRY_PORT, port)
                .with(AppConfig.LISTEN_HOST, host);
        SchemaRegistryServer server = EmbeddedStack.startRegistry(config.get(AppConfig.BOOTSTRAP_SERVERS), config.kafkaClientSettings(),
                config.get(AppConfig.LISTEN_HOST), config.getInt(AppConfig.REGISTRY_PORT),
                CompatibilityLevel.parse(config.get(AppConfig.REGISTRY_COMPATIBILITY)),
                (short) config.getInt(AppConfig.TOPIC_REPLICATION_FACTOR), config.get(AppConfig.REGISTRY_WRITE_TOKEN));
        System.out.println("registry: " + server.url() + " on " + config.get(AppConfig.BOOTSTRAP_SERVERS));
        Newsstream.awaitShutdown(server::close);
        return 0;
    }
}
