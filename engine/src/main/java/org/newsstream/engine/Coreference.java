package org.newsstream.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsstream.avro.EntityType;

/**
 * Stage 3: one entity per real-world referent within an article. Spelling variants share a key
 * ("Kim Jong-un" = "Kim Jong Un"); a surname or shorter form joins the person named in full; an acronym or
 * a part of a place name joins what it was introduced for. The canonical name is the fullest form.
 */
public final class Coreference {
    private Coreference() {}

    /** An entity of the article: its id, type, canonical name and mentions in text order. */
    public record Cluster(String id, EntityType type, String canonical, List<NameMention> mentions) {
        public List<Gazetteer.Place> places() {
            for (NameMention m : mentions) {
                if (!m.places().isEmpty()) {
                    return m.places();
                }
            }
            return List.of();
        }
    }

    private static final Lexicon LEXICON = Lexicon.shipped();

    public static List<Cluster> cluster(String articleId, List<NameMention> mentions) {
        return cluster(articleId, mentions, "");
    }

    /** Clusters, where the title may spell out a name the body writes with initials. */
    public static List<Cluster> cluster(String articleId, List<NameMention> mentions, String title) {
        return cluster(articleId, mentions, title, NameMention::text);
    }

    /**
     * Clusters, where {@code nameForm} gives the form of a body's or place's name that is compared and shown (the
     * nominative of "des Landeskriminalamts Sachsen"); mentions keep their text.
     */
    public static List<Cluster> cluster(String articleId, List<NameMention> mentions, String title,
                                        java.util.function.Function<NameMention, String> nameForm) {
        List<List<NameMention>> groups = new ArrayList<>();
        Map<EntityType, List<NameMention>> byType = new LinkedHashMap<>();
        for (NameMention m : mentions) {
            byType.computeIfAbsent(m.type(), t -> new ArrayList<>()).add(m);
        }
        byType.forEach((type, ms) -> groups.addAll(type == EntityType.PERSON ? people(ms) : byKeyOrPlaces(ms, nameForm)));
        List<Cluster> out = new ArrayList<>();
        Map<String, Integer> idsUsed = new HashMap<>();
        for (List<NameMention> g : groups) {
            g.sort(Comparator.comparingInt(NameMention::start));
            EntityType type = g.get(0).type();
            String canonical = canonical(g, type == EntityType.PERSON ? NameMention::text : nameForm);
            if (type == EntityType.PERSON) {
                canonical = spelledOutIn(title, canonical);
            }
            String base = articleId + ":" + type.name().charAt(0) + ":" + Tokens.key(canonical).replace(' ', '-');
            int n = idsUsed.merge(base, 1, Integer::sum);
            out.add(new Cluster(n == 1 ? base : base + "-" + n, type, canonical, List.copyOf(g)));
        }
        out.sort(Comparator.comparingInt(c -> c.mentions().get(0).start()));
        return out;
    }

    /** Longest names first; a shorter name joins the person whose full name ends with it. */
    private static List<List<NameMention>> people(List<NameMention> ms) {
        List<NameMention> sorted = new ArrayList<>(ms);
        sorted.sort(Comparator.comparingInt(NameMention::tokenCount).reversed().thenComparingInt(NameMention::start));
        List<List<NameMention>> groups = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (NameMention m : sorted) {
            String k = m.key();
            // The surname ("Halloran"), the first of two surnames ("Etchegaray" of "Hernán Etchegaray Lanfranconi"),
            // or the given name by which Indonesian and Malay news names people again ("Yohanis").
            int best = -1;
            int bestFit = 0;
            for (int i = 0; i < groups.size(); i++) {
                String g = keys.get(i);
                // A given name of several words comes before at least two more ("Wan Ahmad Fikri" of "Wan Ahmad Fikri Wan
                // Salleh"); one stray word after a name is no surname ("Hillary Clinton Presses", a headline's).
                int extra = g.split(" ").length - k.split(" ").length;
                // ("Andi Sudirman" of "Andi Sudirman Sulaiman": two given names of a person named by them, when the word after
                // them is a name, not a headline's verb)
                String lastOfLonger = g.substring(g.lastIndexOf(' ') + 1);
                boolean nameAfter = extra == 1 && (LEXICON.isGivenName(lastOfLonger) || LEXICON.isSurname(lastOfLonger));
                int fit = g.equals(k) || g.endsWith(" " + k) || sameWithInitials(k, g) ? 3
                        : g.startsWith(k + " ") && (!k.contains(" ") || extra >= 2 || nameAfter) ? 2
                        : g.contains(" " + k + " ") ? 1 : 0;
                // Among equal fits, a name that only runs on from another ("Hillary Clinton Presses", a headline's
                // words) gives way to it; otherwise the person named more often.
                boolean better = fit > bestFit || fit == bestFit && best >= 0 && (keys.get(best).startsWith(g + " ")
                        || !g.startsWith(keys.get(best) + " ") && groups.get(i).size() > groups.get(best).size());
                if (fit > 0 && better) {
                    best = i;
                    bestFit = fit;
                }
            }
            if (best < 0) {
                groups.add(new ArrayList<>(List.of(m)));
                keys.add(k);
            } else {
                groups.get(best).add(m);
            }
        }
        return groups;
    }

    private static List<List<NameMention>> byKeyOrPlaces(List<NameMention> ms, java.util.function.Function<NameMention, String> nameForm) {
        Map<Object, List<NameMention>> groups = new LinkedHashMap<>();
        Map<String, Object> groupOfKey = new HashMap<>();
        Map<List<Gazetteer.Place>, Object> groupOfPlaces = new java.util.IdentityHashMap<>();
        Map<String, Object> groupOfCountry = new HashMap<>();
        NameMention previous = null;
        for (NameMention m : ms) {
            String key = Tokens.key(nameForm.apply(m));
            Object g = groupOfKey.get(key);
            if (g == null && !m.places().isEmpty()) {
                g = groupOfPlaces.get(m.places()); // same gazetteer answer object: an acronym or a part of the name
            }
            String country = countryNamed(m);
            if (g == null && country != null) {
                g = groupOfCountry.get(country); // "AS", "U.S.", "America": other names of a country already named
            }
            if (g == null && previous != null && acronymOf(m, previous)) {
                g = groupOfKey.get(Tokens.key(nameForm.apply(previous))); // "Majlis Bandaraya Johor Bahru (MBJB)": the acronym joins its body
            }
            if (country != null && g != null) {
                groupOfCountry.putIfAbsent(country, g);
            }
            if (g == null) {
                g = new Object();
            }
            groups.computeIfAbsent(g, x -> new ArrayList<>()).add(m);
            groupOfKey.putIfAbsent(key, g);
            if (country != null) {
                groupOfCountry.putIfAbsent(country, g);
            }
            if (!m.places().isEmpty()) {
                groupOfPlaces.putIfAbsent(m.places(), g);
            }
            previous = m;
        }
        return new ArrayList<>(groups.values());
    }

    /**
     * An acronym in brackets right after a name, made of that name's initials in order: "Badan Kependudukan dan
     * Keluarga Berencana Nasional (BKKBN)", "Majlis Bandaraya Johor Bahru (MBJB)".
     */
    static boolean acronymOf(NameMention acronym, NameMention name) {
        String a = acronym.text();
        int gap = acronym.start() - name.end();
        if (gap < 1 || gap > 2 || a.length() < 2 || a.length() > 8 || !a.equals(a.toUpperCase(java.util.Locale.ROOT))
                || name.tokenCount() < 2) {
            return false;
        }
        return initialsSpell(name.text(), a);
    }

    /**
     * The name's initials, in order, among the acronym's letters ("Indonesia Students Print Media Awards (ISPRIMA)"
     * takes two letters from a word; "Corruption Watch (ICW)" lost a word to the sentence before), for at least half of them.
     */
    static boolean initialsSpell(String name, String acronym) {
        int found = 0;
        int at = 0;
        for (String w : name.split("[\\s-]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                int k = acronym.indexOf(w.charAt(0), at);
                if (k >= 0) {
                    found++;
                    at = k + 1;
                }
            }
        }
        return found >= Math.min(acronym.length(), 2) && found * 2 >= acronym.length();
    }

    /** The acronym is exactly the name's capital initials ("Cakra Selaras Wahana (CSW)"). */
    static boolean initialsAre(String name, String acronym) {
        StringBuilder b = new StringBuilder();
        for (String w : name.split("[\\s-]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                b.append(w.charAt(0));
            }
        }
        return b.toString().equals(acronym);
    }

    /** The country a place mention names outright (one of its candidates is a country), or null. */
    private static String countryNamed(NameMention m) {
        if (m.type() != EntityType.LOCATION) {
            return null;
        }
        for (Gazetteer.Place p : m.places()) {
            if (p.isCountry()) {
                return p.id();
            }
        }
        return null;
    }

    /**
     * "jakob m mierscheid" and "jakob maria mierscheid", "j f kennedy" and "john fitzgerald kennedy": the same words,
     * where one name writes some of them (never the surname) as initials.
     */
    static boolean sameWithInitials(String key, String other) {
        String[] a = key.split(" ");
        String[] b = other.split(" ");
        if (a.length != b.length || a.length < 2 || key.equals(other) || !a[a.length - 1].equals(b[b.length - 1])) {
            return false;
        }
        for (int i = 0; i < a.length - 1; i++) {
            boolean same = a[i].equals(b[i]) || a[i].length() == 1 && b[i].startsWith(a[i]) || b[i].length() == 1 && a[i].startsWith(b[i]);
            if (!same) {
                return false;
            }
        }
        return true;
    }

    /** The title's form of a name the body abbreviates ("Jakob Maria Mierscheid: …" for "Jakob M. Mierscheid"), else the name. */
    private static String spelledOutIn(String title, String name) {
        String key = Tokens.key(name);
        int n = key.split(" ").length;
        if (title == null || title.isEmpty() || Arrays.stream(key.split(" ")).noneMatch(w -> w.length() == 1)) {
            return name;
        }
        List<Tokens.Token> t = Tokens.tokenize(title, 0, title.length());
        for (int i = 0; i + n <= t.size(); i++) {
            String form = title.substring(t.get(i).start(), t.get(i + n - 1).end());
            if (sameWithInitials(key, Tokens.key(form)) && Arrays.stream(Tokens.key(form).split(" ")).allMatch(w -> w.length() > 1)) {
                return form;
            }
        }
        return name;
    }

    /** Letters a name spells out: "Jakob Maria Mierscheid" is fuller than "Jakob M. Mierscheid". */
    private static int letters(NameMention m) {
        return m.key().replace(" ", "").length();
    }

    /** Fullest form (most words, then most letters spelled out); among equally full forms the most frequent, then the first. */
    private static String canonical(List<NameMention> g, java.util.function.Function<NameMention, String> nameForm) {
        Map<String, Integer> freq = new HashMap<>();
        g.forEach(m -> freq.merge(m.text(), 1, Integer::sum));
        NameMention best = g.get(0);
        for (NameMention m : g) {
            int byTokens = Integer.compare(m.tokenCount(), best.tokenCount());
            if (byTokens == 0 && sameWithInitials(m.key(), best.key())) {
                byTokens = Integer.compare(letters(m), letters(best));
            }
            if (byTokens > 0 || (byTokens == 0 && freq.get(m.text()) > freq.get(best.text()))) {
                best = m;
            }
        }
        return nameForm.apply(best);
    }
}
