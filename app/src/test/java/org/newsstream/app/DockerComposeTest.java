package org.newsstream.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** docker-compose.yml cannot run here (no Docker engine), so it is kept honest against the code by reading it. */
class DockerComposeTest {
    private static Map<String, Object> services;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void read() throws Exception {
        try (Reader r = Files.newBufferedReader(Path.of("../docker-compose.yml"))) {
            services = (Map<String, Object>) new Yaml().<Map<String, Object>>load(r).get("services");
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> service(String name) {
        Map<String, Object> s = (Map<String, Object>) services.get(name);
        assertNotNull(s, "service " + name);
        return s;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> env(String name) {
        return (Map<String, Object>) service(name).getOrDefault("environment", Map.of());
    }

    @Test
    void hasTheFourServicesWithTheRightImages() {
        assertEquals(List.of("kafka", "schema-registry", "processor", "dashboard", "ingest"), List.copyOf(services.keySet()));
        assertTrue(service("kafka").get("image").toString().startsWith("apache/kafka:"));
        assertTrue(service("schema-registry").get("image").toString().startsWith("confluentinc/cp-schema-registry:"));
        assertEquals(".", service("processor").get("build"));
        assertTrue(Files.exists(Path.of("../Dockerfile")));
    }

    @Test
    void kafkaIsASingleKraftNodeWithInternalAndHostListeners() {
        Map<String, Object> k = env("kafka");
        assertEquals("broker,controller", k.get("KAFKA_PROCESS_ROLES"));
        assertEquals("1@kafka:9093", k.get("KAFKA_CONTROLLER_QUORUM_VOTERS"));
        assertEquals(EmbeddedKafka.CLUSTER_ID, k.get("CLUSTER_ID"));
        assertTrue(k.get("KAFKA_ADVERTISED_LISTENERS").toString().contains("INTERNAL://kafka:29092"));
        assertTrue(k.get("KAFKA_ADVERTISED_LISTENERS").toString().contains("HOST://localhost:9092"));
        assertEquals("1", k.get("KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR"), "exactly-once needs the transaction log");
        assertTrue(env("schema-registry").get("SCHEMA_REGISTRY_KAFKASTORE_BOOTSTRAP_SERVERS").toString().endsWith("kafka:29092"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyServiceWaitsForHealthyDependencies() {
        for (String name : services.keySet()) {
            Map<String, Object> deps = (Map<String, Object>) service(name).getOrDefault("depends_on", Map.of());
            deps.forEach((dep, cond) -> assertEquals("service_healthy", ((Map<String, Object>) cond).get("condition"), name + " -> " + dep));
            if (!name.equals("ingest")) {
                assertNotNull(service(name).get("healthcheck"), name + " healthcheck");
            }
        }
    }

    @Test
    void ourServicesUseRealConfigKeysPointingAtTheOtherServices() throws Exception {
        Properties defaults = AppConfig.defaults();
        for (String name : List.of("processor", "ingest")) {
            Map<String, Object> e = env(name);
            for (String var : e.keySet()) {
                assertTrue(defaults.containsKey(AppConfig.keyOf(var)), name + ": " + var + " is not a configuration key");
            }
            assertEquals("kafka:29092", e.get(AppConfig.envOf(AppConfig.BOOTSTRAP_SERVERS)));
            // the registry needs its password: our clients send the URL's credentials as basic auth
            assertEquals("http://newsstream:${REGISTRY_PASSWORD:-change-me}@schema-registry:8081", e.get(AppConfig.envOf(AppConfig.SCHEMA_REGISTRY_URL)));
        }
        // Scalable: no fixed name and no host port, or a second replica could not start.
        assertFalse(service("processor").containsKey("container_name"));
        assertFalse(service("processor").containsKey("ports"));
        assertTrue(service("processor").get("command").toString().contains("process"));
    }

    @Test
    void theRegistryNeedsItsPasswordAndItsHealthcheckGivesIt() throws Exception {
        Map<String, Object> env = env("schema-registry");
        assertEquals("BASIC", env.get("SCHEMA_REGISTRY_AUTHENTICATION_METHOD"));
        String realm = env.get("SCHEMA_REGISTRY_AUTHENTICATION_REALM").toString();
        String command = String.join("\n", ((List<?>) service("schema-registry").get("command")).stream().map(Object::toString).toList());
        assertTrue(command.contains(realm + " {") && command.contains("PropertyFileLoginModule"), "the JAAS section is the realm: " + command);
        assertTrue(command.contains("$$REGISTRY_PASSWORD") && command.contains(",admin"), "the password file gives the role: " + command);
        assertTrue(env.get("SCHEMA_REGISTRY_OPTS").toString().contains("/tmp/registry-jaas.conf"));
        assertTrue(service("schema-registry").get("healthcheck").toString().contains("-u \"newsstream:$$REGISTRY_PASSWORD\""));
    }

    @Test
    void theDashboardProxiesToTheProcessorsWithoutBufferingTheLiveFeed() throws Exception {
        String command = String.join("\n", ((List<?>) service("dashboard").get("command")).stream().map(Object::toString).toList());
        assertTrue(command.contains("proxy_pass http://processor:8080;") && command.contains("proxy_buffering off;"), command);
        assertEquals("0.0.0.0", env("processor").get(AppConfig.envOf(AppConfig.DASHBOARD_HOST)), "reachable from the proxy");
        assertEquals("8080", env("processor").get(AppConfig.envOf(AppConfig.DASHBOARD_PORT)));
        assertTrue(service("dashboard").get("depends_on").toString().contains("processor={condition=service_healthy}"),
                service("dashboard").get("depends_on").toString());
    }

    @Test
    void publishedPortsListenOnThisHostOnly() throws Exception {
        for (String name : List.of("kafka", "schema-registry", "dashboard")) {
            for (Object port : (List<?>) service(name).get("ports")) {
                assertTrue(port.toString().startsWith("127.0.0.1:"), name + " publishes " + port + " on every interface");
            }
        }
    }
}
