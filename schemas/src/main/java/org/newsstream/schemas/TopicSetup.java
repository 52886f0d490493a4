package org.newsstream.schemas;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;

/** Creates the pipeline's topics when they are missing (existing topics are left as they are). */
public final class TopicSetup {
    private TopicSetup() {}

    /**
     * The settings of how to reach Kafka, which every client (producer, consumer, admin) takes alike: security.protocol,
     * sasl.*, ssl.* and client.dns.lookup. Other keys (a producer's linger.ms) are left to the client they are for.
     */
    public static Map<String, Object> connection(Map<String, ?> settings) {
        Map<String, Object> out = new java.util.HashMap<>();
        settings.forEach((k, v) -> {
            if (k.startsWith("security.") || k.startsWith("sasl.") || k.startsWith("ssl.") || k.equals("client.dns.lookup")) {
                out.put(k, v);
            }
        });
        return out;
    }

    /**
     * Until every partition of new topics has a leader: a producer that writes the moment they are created meets
     * NOT_LEADER_OR_FOLLOWER, and one that retries through it can be refused for good (OUT_OF_ORDER_SEQUENCE_NUMBER).
     */
    private static void awaitLeaders(Admin admin, List<String> topics) throws InterruptedException, ExecutionException, TimeoutException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            java.util.Map<String, org.apache.kafka.clients.admin.TopicDescription> described;
            try {
                described = admin.describeTopics(topics).allTopicNames().get(30, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                // Just created: the broker may not know them yet ("does not host this topic-partition"); ask again.
                if (!(e.getCause() instanceof org.apache.kafka.common.errors.UnknownTopicOrPartitionException) || System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(100);
                continue;
            }
            if (described.values().stream().flatMap(d -> d.partitions().stream()).allMatch(p -> p.leader() != null && p.leader().id() >= 0)) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new TimeoutException("new topics have no leader after 30 s: " + topics);
            }
            Thread.sleep(100);
        }
    }

    public static void ensurePipelineTopics(String bootstrap, int partitions, short replicationFactor)
            throws InterruptedException, ExecutionException, TimeoutException {
        ensurePipelineTopics(bootstrap, Map.of(), partitions, replicationFactor);
    }

    /** @param clientSettings settings for every Kafka client (security.protocol, sasl.*, ssl.*); see {@link #connection} */
    public static void ensurePipelineTopics(String bootstrap, Map<String, ?> clientSettings, int partitions, short replicationFactor)
            throws InterruptedException, ExecutionException, TimeoutException {
        Map<String, Object> config = new java.util.HashMap<>(connection(clientSettings));
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        try (Admin admin = Admin.create(config)) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            for (String t : Stream.concat(Topics.PIPELINE.stream(), Topics.VIEWS.stream()).toList()) {
                if (!existing.contains(t)) {
                    NewTopic nt = new NewTopic(t, partitions, replicationFactor);
                    if (t.equals(Topics.INGESTED_IDS)) {
                        // Only the latest hash per article id matters.
                        nt.configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
                    }
                    if (Topics.VIEWS.contains(t)) {
                        // A view is its latest value per key; a window's count, or an article, older than a week goes.
                        nt.configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG,
                                TopicConfig.CLEANUP_POLICY_COMPACT + "," + TopicConfig.CLEANUP_POLICY_DELETE,
                                TopicConfig.RETENTION_MS_CONFIG, String.valueOf(7L * 24 * 3600 * 1000)));
                    }
                    if (t.equals(Topics.DEAD_LETTERS)) {
                        // Dead letters are evidence: keep them until someone has looked (-1 = no time limit).
                        nt.configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1"));
                    }
                    missing.add(nt);
                }
            }
            if (missing.isEmpty()) {
                return;
            }
            try {
                admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e; // another instance creating the same topics at the same time is fine
                }
            }
            awaitLeaders(admin, missing.stream().map(NewTopic::name).toList());
        }
    }
}
