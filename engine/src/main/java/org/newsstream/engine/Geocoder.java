package org.newsstream.engine;

import java.util.List;

/** Stage 5: each place entity of an article resolved to one gazetteer place, with a confidence. */
public interface Geocoder {
    /** A resolved place entity. */
    record Resolved(Coreference.Cluster entity, Gazetteer.Place place, double confidence) {}

    List<Resolved> resolve(Document doc, List<Coreference.Cluster> places);
}
