package org.newsstream.app;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks a new broker for a consumer group's and a transaction's coordinator. The broker creates its offsets and
 * transaction-state topics on the first such question; asked at start-up, it does that while the rest of the stack
 * starts instead of while the processor waits to join its group and to begin its first transaction.
 */
final class CoordinatorWarmUp {
    private static final Logger LOG = LoggerFactory.getLogger(CoordinatorWarmUp.class);

    private CoordinatorWarmUp() {}

    static void run(String bootstrap) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                AdminClientConfig.RETRY_BACKOFF_MS_CONFIG, 20))) {
            // An unknown group or transaction is an answer too: what matters is that a coordinator gave it.
            admin.describeConsumerGroups(List.of("newsstream-warm-up")).all().get(10, TimeUnit.SECONDS);
            try {
                admin.describeTransactions(List.of("newsstream-warm-up")).all().get(10, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException expected) {
                // TransactionalIdNotFound once the coordinator is there
            }
        } catch (Exception e) {
            LOG.debug("Coordinator warm-up did not finish: {}", e.toString()); // the processor finds them anyway
        }
    }
}
