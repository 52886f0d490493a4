package org.newsstream.app;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.Feature;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * A real single-node Kafka broker (KRaft, combined broker and controller) running in this process. Its log
 * directory is formatted once with a fixed cluster id, so data survives a restart.
 */
public final class EmbeddedKafka implements AutoCloseable {
    /** Fixed so that a restarted node recognises its own log directory. */
    static final String CLUSTER_ID = "bmV3c3N0cmVhbS1rcmFmdA";
    private static final int NODE_ID = 1;

    private final KafkaRaftServer server;
    private final String bootstrap;

    public EmbeddedKafka(Path dataDir, String host, int port) throws Exception {
        this(dataDir, host, port, 0);
    }

    /** @param controllerPort the KRaft controller's port; 0 for any free one */
    public EmbeddedKafka(Path dataDir, String host, int port, int controllerPort) throws Exception {
        this(dataDir, host, port, controllerPort, Map.of());
    }

    /** @param extra broker settings over the defaults (a test's SASL listener) */
    EmbeddedKafka(Path dataDir, String host, int port, int controllerPort, Map<String, String> extra) throws Exception {
        int kafkaPort = port == 0 ? freePort() : port;
        controllerPort = controllerPort == 0 ? freePort() : controllerPort;
        Path logDir = dataDir.resolve("kafka");
        Files.createDirectories(logDir);
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", String.valueOf(NODE_ID));
        p.put("controller.quorum.voters", NODE_ID + "@" + host + ":" + controllerPort);
        p.put("listeners", "PLAINTEXT://" + host + ":" + kafkaPort + ",CONTROLLER://" + host + ":" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://" + host + ":" + kafkaPort);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("log.dirs", logDir.toString());
        // One node: every internal topic can only have one replica.
        p.put("offsets.topic.replication.factor", "1");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("offsets.topic.num.partitions", "5");
        p.put("transaction.state.log.num.partitions", "5");
        // No one else is joining: don't wait 3 s before the first consumer-group rebalance.
        p.put("group.initial.rebalance.delay.ms", "0");
        // Topics are created explicitly with the pipeline's settings; a typo must not create a new one.
        p.put("auto.create.topics.enable", "false");
        p.put("message.max.bytes", String.valueOf(10 * 1024 * 1024));
        // After a crash the controller holds the dead incarnation's registration until its session ends: the broker
        // of this one-node cluster cannot register before. 1.5 s instead of 9 s (heartbeats every half second).
        p.put("broker.session.timeout.ms", "1500");
        p.put("broker.heartbeat.interval.ms", "500");
        // After a crash every partition's last segment is checked before the broker serves: on all cores.
        p.put("num.recovery.threads.per.data.dir", String.valueOf(Math.max(1, Runtime.getRuntime().availableProcessors())));
        // After a crash a transaction the dead processor left open holds back its group's committed offsets (read
        // committed) until the coordinator aborts it once it times out: look for such transactions every second, not
        // every ten.
        p.put("transaction.abort.timed.out.transaction.cleanup.interval.ms", "1000");
        p.putAll(extra);
        KafkaConfig config = KafkaConfig.fromProps(p, false);

        new Formatter()
                .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                .setNodeId(NODE_ID)
                .setClusterId(CLUSTER_ID)
                .setDirectories(List.of(logDir.toString()))
                .setMetadataLogDirectory(logDir.toString())
                .setReleaseVersion(MetadataVersion.latestProduction())
                .setSupportedFeatures(Feature.PRODUCTION_FEATURES)
                .setControllerListenerName("CONTROLLER")
                .setIgnoreFormatted(true) // a restart keeps the data
                .run();
        server = new KafkaRaftServer(config, Time.SYSTEM);
        server.startup();
        bootstrap = host + ":" + kafkaPort;
    }

    public String bootstrapServers() {
        return bootstrap;
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        }
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
    }
}
