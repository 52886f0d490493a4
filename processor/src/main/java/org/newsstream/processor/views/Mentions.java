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
 * What one article adds to each counted view, as observations keyed "view|key" (no window yet): one key space for
 * every view, so one repartition and one store per window serve them all.
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
    /** Co-mentions pair up at most this many of an article's most-named entities (15 pairs), so a list of names costs little. */
    static final int MAX_PAIRED_ENTITIES = 6;
    /** The views whose counts keep the articles behind them (the map's "articles here", a speaker's latest quote). */
    private static final java.util.Set<String> WITH_ARTICLES = java.util.Set.of(SPEAKERS, ENTITIES, PLACES);

    /**
     * One observation per view and key per article: a speaker quoted five times is one record counting 5, since each
     * record crosses a repartition topic and every window it falls in.
     */
    static List<KeyValue<String, ViewCount>> of(ArticleView article) {
        Map<String, ViewCount.Builder> seen = new LinkedHashMap<>();
        long at = article.getProcessedAt().toEpochMilli();
        for (Quote q : article.getQuotes()) {
            String language = q.getLanguage() != null ? q.getLanguage() : article.getLanguage();
            if (language != null) {
                add(seen, observed(LANGUAGES, language, language, null, article, at));
            }
            if (q.getSpeaker() != null) {
                add(seen, observed(SPEAKERS, q.getSpeaker(), q.getSpeaker(), null, article, at).setLatestText(q.getText()));
                for (Entity e : namedWithin(article, q)) {
                    add(seen, observed(QUOTATIONS, q.getSpeaker() + "\t" + e.getName(), q.getSpeaker() + " → " + e.getName(),
                            e.getType().name(), article, at).setLatestText(q.getText()));
                }
            }
        }
        // Typed entities only: OTHER is a capitalised phrase the engine could not type, not something to rank.
        List<Entity> typed = article.getEntities().stream().filter(e -> e.getType() != EntityType.OTHER).toList();
        for (Entity e : typed) {
            add(seen, observed(ENTITIES, e.getType() + "|" + e.getName(), e.getName(), e.getType().name(), article, at));
        }
        for (Geolocation g : article.getPlaces()) {
            String key = g.getGazetteerId() != null ? g.getGazetteerId() : g.getName();
            if (!seen.containsKey(PLACES + "|" + key)) { // an article counts once for a place, however it writes it
                add(seen, observed(PLACES, key, g.getName(), g.getFeatureKind(), article, at)
                        .setLatitude(g.getLatitude()).setLongitude(g.getLongitude()).setCountryCode(g.getCountryCode()));
            }
        }
        List<Entity> paired = typed.stream()
                .sorted(Comparator.comparingInt(Entity::getCount).reversed().thenComparing(Entity::getName))
                .limit(MAX_PAIRED_ENTITIES)
                .sorted(Comparator.comparing(Entity::getName)).toList();
        for (int i = 0; i < paired.size(); i++) {
            for (int j = i + 1; j < paired.size(); j++) {
                Entity a = paired.get(i), b = paired.get(j);
                add(seen, observed(COMENTIONS, a.getName() + "\t" + b.getName(), a.getName() + " — " + b.getName(),
                        null, article, at));
            }
        }
        List<KeyValue<String, ViewCount>> out = new ArrayList<>();
        seen.forEach((key, b) -> out.add(KeyValue.pair(key, b.build())));
        return out;
    }

    /** Adds one observation; the same key again in the article counts one more, and keeps the later quote. */
    private static void add(Map<String, ViewCount.Builder> seen, ViewCount.Builder b) {
        String key = b.getView() + "|" + b.getKey();
        ViewCount.Builder earlier = seen.get(key);
        if (earlier == null) {
            seen.put(key, b);
        } else {
            earlier.setCount(earlier.getCount() + 1);
            if (b.getLatestText() != null) {
                earlier.setLatestText(b.getLatestText());
            }
        }
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
                .setCount(1).setLatestAt(java.time.Instant.ofEpochMilli(at))
                // Every update of a window reads and writes the whole count: the other views carry no list.
                .setArticleIds(WITH_ARTICLES.contains(view) ? List.of(article.getId()) : List.of());
    }

}
