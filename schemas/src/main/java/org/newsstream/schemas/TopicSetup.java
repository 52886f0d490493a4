package org.newsstream.schemas;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    public static void ensurePipelineTopics(String bootstrap, int partitions, short replicationFactor)
            throws InterruptedException, ExecutionException, TimeoutException {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            for (String t : Topics.PIPELINE) {
                if (!existing.contains(t)) {
                    NewTopic nt = new NewTopic(t, partitions, replicationFactor);
                    if (t.equals(Topics.INGESTED_IDS)) {
                        // Only the latest hash per article id matters.
                        nt.configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
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
        }
    }
}
