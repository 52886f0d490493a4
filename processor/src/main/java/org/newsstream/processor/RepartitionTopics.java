package org.newsstream.processor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyDescription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the topology's repartition topics before Kafka Streams starts, as Streams would (as many partitions as its
 * input, delete policy, kept until Streams purges them). Left to Streams, they appear only during the first
 * rebalance, whose subscription then changes and asks for a second one: a fresh start took about 1.5 s longer.
 */
final class RepartitionTopics {
    private static final Logger LOG = LoggerFactory.getLogger(RepartitionTopics.class);
    private static final String SUFFIX = "-repartition";

    private RepartitionTopics() {}

    static void ensure(Properties streamsProps, Map<String, Object> connection, Topology topology) {
        String appId = streamsProps.getProperty(StreamsConfig.APPLICATION_ID_CONFIG);
        Set<String> repartition = new TreeSet<>();
        Set<String> inputs = new TreeSet<>();
        for (TopologyDescription.Subtopology sub : topology.describe().subtopologies()) {
            for (TopologyDescription.Node node : sub.nodes()) {
                if (node instanceof TopologyDescription.Source source && source.topicSet() != null) {
                    for (String t : source.topicSet()) {
                        if (t.endsWith(SUFFIX)) {
                            repartition.add(t.startsWith(appId + "-") ? t : appId + "-" + t);
                        } else {
                            inputs.add(t);
                        }
                    }
                }
            }
        }
        if (repartition.isEmpty()) {
            return;
        }
        Map<String, Object> admin = new HashMap<>(connection);
        admin.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, streamsProps.getProperty(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG));
        try (Admin client = Admin.create(admin)) {
            int partitions = 0;
            for (TopicDescription d : client.describeTopics(inputs).allTopicNames().get(30, TimeUnit.SECONDS).values()) {
                partitions = Math.max(partitions, d.partitions().size());
            }
            Object rf = streamsProps.get(StreamsConfig.REPLICATION_FACTOR_CONFIG);
            Optional<Short> replication = rf == null || Integer.parseInt(rf.toString()) < 0
                    ? Optional.empty() : Optional.of(Short.parseShort(rf.toString()));
            List<NewTopic> topics = new java.util.ArrayList<>();
            for (String name : repartition) {
                topics.add(new NewTopic(name, Optional.of(partitions), replication).configs(Map.of(
                        "cleanup.policy", "delete", "retention.ms", "-1", "segment.bytes", "52428800",
                        "message.timestamp.type", "CreateTime")));
            }
            for (var e : client.createTopics(topics).values().entrySet()) {
                try {
                    e.getValue().get(30, TimeUnit.SECONDS);
                } catch (ExecutionException ex) {
                    if (!(ex.getCause() instanceof TopicExistsException)) {
                        throw ex;
                    }
                }
            }
        } catch (Exception e) {
            // Streams creates them itself, only more slowly
            LOG.warn("Could not create the repartition topics ahead of Kafka Streams: {}", e.toString());
        }
    }
}
