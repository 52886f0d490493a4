package org.newsstream.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Map;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.newsstream.avro.RawArticle;
import org.newsstream.schemas.AvroSerdes;
import org.newsstream.schemas.SchemaRegistryClient;
import org.newsstream.schemas.WireFormat;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;

/**
 * Our serdes against Confluent's own Schema Registry image on the Apache Kafka image. Runs only where a Docker
 * engine runs and the images are present or may be pulled (NEWSSTREAM_PULL_IMAGES=1); skipped here. The same
 * scenario runs against the embedded broker and our registry in AvroSerdeTest and PipelineIT.
 */
@Testcontainers(disabledWithoutDocker = true)
@EnabledIf("imagesAvailable")
class ConfluentImagesIT {
    static final String KAFKA_IMAGE = "apache/kafka:4.1.0";
    static final String REGISTRY_IMAGE = "confluentinc/cp-schema-registry:7.9.0";
    static final Network NETWORK = Network.newNetwork();

    @Container
    static final KafkaContainer KAFKA = new KafkaContainer(KAFKA_IMAGE).withNetwork(NETWORK).withNetworkAliases("kafka")
            .withListener("kafka:19092");

    @Container
    static final GenericContainer<?> REGISTRY = new GenericContainer<>(REGISTRY_IMAGE).withNetwork(NETWORK)
            .dependsOn(KAFKA)
            .withEnv("SCHEMA_REGISTRY_HOST_NAME", "schema-registry")
            .withEnv("SCHEMA_REGISTRY_LISTENERS", "http://0.0.0.0:8081")
            .withEnv("SCHEMA_REGISTRY_KAFKASTORE_BOOTSTRAP_SERVERS", "PLAINTEXT://kafka:19092")
            .withExposedPorts(8081)
            .waitingFor(Wait.forHttp("/subjects").forStatusCode(200).withStartupTimeout(Duration.ofMinutes(2)));

    static boolean imagesAvailable() {
        if (!DockerClientFactory.instance().isDockerAvailable()) {
            return false;
        }
        if ("1".equals(System.getenv("NEWSSTREAM_PULL_IMAGES"))) {
            return true;
        }
        try {
            var docker = DockerClientFactory.instance().client();
            docker.inspectImageCmd(KAFKA_IMAGE).exec();
            docker.inspectImageCmd(REGISTRY_IMAGE).exec();
            return true;
        } catch (RuntimeException e) {
            return false; // an engine that cannot pull would fail after retries instead of skipping
        }
    }

    @Test
    void ourSerdesRoundTripThroughConfluentsRegistry() {
        String url = "http://" + REGISTRY.getHost() + ":" + REGISTRY.getMappedPort(8081);
        Serde<RawArticle> serde = AvroSerdes.specific(Map.of("schema.registry.url", url));
        RawArticle a = RawArticle.newBuilder().setId("a").setSource("it").setBody("b").setIngestedAt(java.time.Instant.ofEpochMilli(1)).build();
        byte[] bytes = serde.serializer().serialize("newsstream.articles.raw", a);
        int id = new SchemaRegistryClient(url).latest("newsstream.articles.raw-value").id();
        assertEquals(id, WireFormat.schemaId("t", bytes));
        assertEquals(a, serde.deserializer().deserialize("newsstream.articles.raw", bytes));
    }
}
