package org.newsstream.processor;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.newsstream.avro.DeadLetter;
import org.newsstream.avro.Entity;
import org.newsstream.avro.Geolocation;
import org.newsstream.avro.Quote;
import org.newsstream.avro.RawArticle;
import org.newsstream.engine.ExtractionEngine;
import org.newsstream.processor.views.ViewsConfig;
import org.newsstream.processor.views.ViewsTopology;
import org.newsstream.schemas.Topics;

/** raw articles -> quotes, entities, geolocations; anything unreadable or failing -> dead letters. */
public final class ExtractionTopology {
    private ExtractionTopology() {}

    /** The serdes the topology writes and reads with; passed in so tests and deployments choose them. */
    public record TopologySerdes(Serde<RawArticle> articles, Serde<Quote> quotes, Serde<Entity> entities,
                          Serde<Geolocation> geolocations, Serde<DeadLetter> deadLetters) {}

    /** The extraction alone, without the live views. */
    public static Topology buildTopology(TopologySerdes serdes, ExtractionEngine engine) {
        return buildTopology(serdes, engine, null, null);
    }

    /** The extraction and, when {@code views} is not null, the live views fed from each extracted article. */
    public static Topology buildTopology(TopologySerdes serdes, ExtractionEngine engine,
                                         ViewsTopology.ViewSerdes viewSerdes, ViewsConfig views) {
        StreamsBuilder builder = new StreamsBuilder();
        KStream<String, Outcome> outcomes = builder
                .stream(Topics.RAW_ARTICLES, Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()))
                .process(() -> new ExtractProcessor(serdes.articles().deserializer(), engine), Named.as("extract"));
        outcomes.split(Named.as("outcome-"))
                .branch((k, o) -> o instanceof Outcome.Failed, Branched.withConsumer(failed -> failed
                        .mapValues(o -> ((Outcome.Failed) o).deadLetter())
                        .to(Topics.DEAD_LETTERS, produced(serdes.deadLetters())), "failed"))
                .defaultBranch(Branched.withConsumer(ok -> {
                    KStream<String, Outcome.Extracted> extracted = ok.mapValues(o -> (Outcome.Extracted) o);
                    extracted.flatMapValues(o -> o.extraction().quotes())
                            .to(Topics.QUOTES, produced(serdes.quotes()));
                    extracted.flatMapValues(o -> o.extraction().entities())
                            .to(Topics.ENTITIES, produced(serdes.entities()));
                    extracted.flatMapValues(o -> o.extraction().geolocations())
                            .to(Topics.GEOLOCATIONS, produced(serdes.geolocations()));
                    if (views != null) {
                        ViewsTopology.addTo(builder, extracted, viewSerdes, views);
                    }
                }, "extracted"));
        return builder.build();
    }

    private static <T extends SpecificRecord> Produced<String, T> produced(Serde<T> values) {
        return Produced.with(Serdes.String(), values);
    }
}
