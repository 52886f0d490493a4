package org.newsstream.engine;

import java.util.List;
import org.newsstream.avro.Entity;
import org.newsstream.avro.Geolocation;
import org.newsstream.avro.Quote;

/** What the engine found in one article, as the records the pipeline publishes. */
public record Extraction(String language, List<Quote> quotes, List<Entity> entities, List<Geolocation> geolocations) {}
