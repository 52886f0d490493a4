package org.newsstream.processor.views;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.KeyValue;
import org.newsstream.avro.ArticleView;
import org.newsstream.avro.Entity;
import org.newsstream.avro.EntityType;
import org.newsstream.avro.Geolocation;
import org.newsstream.avro.Mention;
import org.newsstream.avro.Quote;
import org.newsstream.avro.ViewCount;

/**
 * What one article adds to each counted view, as single observations keyed "view|key" (count 1, no window yet).
 * Speakers, languages and quotations count quotes; entities, places and co-mentions count articles.
 */
final class Mentions {
    private Mentions() {}

    public static final String SPEAKERS = "speakers";
    public static final String ENTITIES = "entities";
    public static final String PLACES = "places";
    public static final String LANGUAGES = "languages";
    public static final String COMENTIONS = "comentions";
    public static final String QUOTATIONS = "quotations";
    /** Co-mentions pair up at most this many of an article's most-named entities (45 pairs), so a list of names costs little. */
    static final int MAX_PAIRED_ENTITIES = 10;

    static List<KeyValue<String, ViewCount>> of(ArticleView article) {
        List<KeyValue<String, ViewCount>> out = new ArrayList<>();
        long at = article.getProcessedAt().toEpochMilli();
        for (Quote q : article.getQuotes()) {
            String language = q.getLanguage() != null ? q.getLanguage() : article.getLanguage();
            if (language != null) {
                out.add(keyed(observed(LANGUAGES, language, language, null, article, at)));
            }
            if (q.getSpeaker() != null) {
                out.add(keyed(observed(SPEAKERS, q.getSpeaker(), q.getSpeaker(), null, article, at).setLatestText(q.getText())));
                for (Entity e : namedWithin(article, q)) {
                    out.add(keyed(observed(QUOTATIONS, q.getSpeaker() + "\t" + e.getName(), q.getSpeaker() + " → " + e.getName(),
                            e.getType().name(), article, at).setLatestText(q.getText())));
                }
            }
        }
        for (Entity e : article.getEntities()) {
            out.add(keyed(observed(ENTITIES, e.getType() + "|" + e.getName(), e.getName(), e.getType().name(), article, at)));
        }
        Map<String, Geolocation> places = new LinkedHashMap<>();
        for (Geolocation g : article.getPlaces()) {
            places.putIfAbsent(g.getGazetteerId() != null ? g.getGazetteerId() : g.getName(), g);
        }
        places.forEach((key, g) -> out.add(keyed(observed(PLACES, key, g.getName(), g.getFeatureKind(), article, at)
                .setLatitude(g.getLatitude()).setLongitude(g.getLongitude()).setCountryCode(g.getCountryCode()))));
        List<Entity> paired = article.getEntities().stream().filter(e -> e.getType() != EntityType.OTHER)
                .sorted(Comparator.comparingInt(Entity::getCount).reversed().thenComparing(Entity::getName))
                .limit(MAX_PAIRED_ENTITIES)
                .sorted(Comparator.comparing(Entity::getName)).toList();
        for (int i = 0; i < paired.size(); i++) {
            for (int j = i + 1; j < paired.size(); j++) {
                Entity a = paired.get(i), b = paired.get(j);
                out.add(keyed(observed(COMENTIONS, a.getName() + "\t" + b.getName(), a.getName() + " — " + b.getName(),
                        null, article, at)));
            }
        }
        return out;
    }

    /** The people and organisations that the quote itself names (not its speaker). */
    private static List<Entity> namedWithin(ArticleView article, Quote q) {
        List<Entity> named = new ArrayList<>();
        for (Entity e : article.getEntities()) {
            if (e.getType() == EntityType.LOCATION || e.getType() == EntityType.OTHER || e.getName().equals(q.getSpeaker())) {
                continue;
            }
            for (Mention m : e.getMentions()) {
                if (m.getStart() >= q.getStart() && m.getEnd() <= q.getEnd()) {
                    named.add(e);
                    break;
                }
            }
        }
        return named;
    }

    /** One observation: count 1, seen now, in this article. */
    private static ViewCount.Builder observed(String view, String key, String name, String type, ArticleView article, long at) {
        return ViewCount.newBuilder().setView(view).setKey(key).setName(name).setType(type)
                .setCount(1).setLatestAt(java.time.Instant.ofEpochMilli(at)).setArticleIds(List.of(article.getId()));
    }

    /** Keyed "view|key": one key space for every view, so one repartition and one store per window serve them all. */
    static KeyValue<String, ViewCount> keyed(ViewCount.Builder b) {
        ViewCount c = b.build();
        return KeyValue.pair(c.getView() + "|" + c.getKey(), c);
    }
}
