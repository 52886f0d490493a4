package org.newsstream.bench;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.serialization.Serde;
import org.newsstream.avro.Quote;
import org.newsstream.avro.RawArticle;
import org.newsstream.schemas.AvroSerdes;
import org.newsstream.schemas.SerdeConfig;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Our Avro serdes in Confluent's wire format (magic byte, schema id, Avro binary), against an in-memory registry
 * (mock://) so the figure is the serde's own: a 5 KB raw article each way, and a quote each way.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Dorg.apache.avro.SERIALIZABLE_PACKAGES=org.newsstream") // as the launcher trusts our generated classes
@State(Scope.Thread)
public class SerdesBenchmark {
    private Serde<RawArticle> articles;
    private Serde<Quote> quotes;
    private RawArticle article;
    private Quote quote;
    private byte[] articleBytes;
    private byte[] quoteBytes;

    @Setup(Level.Trial)
    public void setUp() {
        Map<String, Object> config = Map.of(SerdeConfig.SCHEMA_REGISTRY_URL, "mock://serdes-benchmark");
        articles = AvroSerdes.specific(config);
        quotes = AvroSerdes.specific(config);
        article = RawArticle.newBuilder().setId("a-1").setSource("bench").setTitle("Council approves new cycle lanes")
                .setBody("Councillors approved plans for three new cycle lanes in the city centre. ".repeat(70))
                .setIngestedAt(Instant.parse("2026-01-01T00:00:00Z")).build();
        quote = Quote.newBuilder().setArticleId("a-1").setQuoteId("a-1:q:0").setText("We have waited long enough for this decision")
                .setSpeaker("Margaret Holloway").setSpeakerId("a-1:P:margaret-holloway").setCueVerb("said").setStart(10).setEnd(54)
                .setLanguage("en").build();
        articleBytes = articles.serializer().serialize("raw", article);
        quoteBytes = quotes.serializer().serialize("quotes", quote);
    }

    @Benchmark
    public byte[] serializeArticle() {
        return articles.serializer().serialize("raw", article);
    }

    @Benchmark
    public RawArticle deserializeArticle() {
        return articles.deserializer().deserialize("raw", articleBytes);
    }

    @Benchmark
    public byte[] serializeQuote() {
        return quotes.serializer().serialize("quotes", quote);
    }

    @Benchmark
    public Quote deserializeQuote() {
        return quotes.deserializer().deserialize("quotes", quoteBytes);
    }
}
