package org.newsstream.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chooses among same-named places by what the article says, not by population alone: the countries the
 * article's other places point to (its focus), a following qualifier ("Paris, Texas", "Valencia, Venezuela"), the kind of
 * place (countries and regions over towns), whether the name is the place's main name, and population.
 * Confidence is the winner's share of the top two scores.
 */
public final class ContextGeocoder implements Geocoder {
    private static final Pattern QUALIFIER = Pattern.compile("^\\.?,\\s*(\\p{Lu}[\\p{L}.'-]*(?:\\s\\p{Lu}[\\p{L}.'-]*){0,3})");

    private final Gazetteer gazetteer;
    private final Lexicon lexicon;


    public ContextGeocoder(Gazetteer gazetteer) {
        this(gazetteer, Lexicon.shipped());
    }

    public ContextGeocoder(Gazetteer gazetteer, Lexicon lexicon) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
    }

    @Override
    public List<Resolved> resolve(Document doc, List<Coreference.Cluster> places) {
        // The countries that write the article's language, where it is written in few (not English or Spanish)
        Set<String> home = lexicon.nameWords.getOrDefault("home-countries-" + doc.language, Set.of());
        // First pass without context: each place votes for the country (and region) of its likeliest reading.
        Map<Coreference.Cluster, String> votes = new HashMap<>();
        Map<Coreference.Cluster, String> regionVotes = new HashMap<>();
        for (Coreference.Cluster c : places) {
            Gazetteer.Place first = best(c, Set.of(), Set.of(), Set.of(), null, home, null)[0];
            if (first != null && first.countryCode() != null) {
                votes.put(c, first.countryCode());
            }
            if (first != null && first.admin1() != null && (first.kind().equals("region") || c.places().size() == 1)) {
                regionVotes.put(c, first.admin1());
            }
        }
        List<Resolved> out = new ArrayList<>();
        List<Coreference.Cluster> facilitiesAtTheirTown = new ArrayList<>();
        // The country most of the story's places are in, when one is.
        Map<String, Integer> counts = new HashMap<>();
        votes.values().forEach(cc -> counts.merge(cc, 1, Integer::sum));
        int most = counts.values().stream().max(Integer::compare).orElse(0);
        List<String> leaders = counts.entrySet().stream().filter(e -> e.getValue() == most).map(Map.Entry::getKey).toList();
        String dominant = most >= 2 && leaders.size() == 1 ? leaders.get(0) : null;
        for (Coreference.Cluster c : places) {
            // The article's focus: the countries the *other* places point to.
            Set<String> focus = new HashSet<>();
            votes.forEach((other, cc) -> {
                if (other != c) {
                    focus.add(cc);
                }
            });
            Set<String> regions = new HashSet<>();
            regionVotes.forEach((other, r) -> {
                if (other != c) {
                    regions.add(r);
                }
            });
            Set<String> qualifiers = qualifiers(doc, c);
            double[] scores = new double[2];
            // "London" in a story of American towns is still the capital: a city of millions outside the story's
            // country keeps its pull.
            String dominantHere = dominant != null && c.places().stream().anyMatch(p -> p.kind().equals("city")
                    && p.population() >= 1_000_000 && !dominant.equals(p.countryCode())) ? null : dominant;
            Gazetteer.Place[] top = best(c, focus, regions, qualifiers, dominantHere, home, scores);
            // "Bandara El Tari" in a story from Kupang is no Australian town: a facility is in the story's countries.
            boolean foreignFacility = top[0] != null && facility(c) && dominant != null && !dominant.equals(top[0].countryCode());
            if (top[0] == null || foreignFacility) {
                facilitiesAtTheirTown.add(c);
                continue;
            }
            double confidence = top[1] == null ? 0.95
                    : Math.max(0.05, Math.min(0.95, 1.0 / (1.0 + Math.exp(-(scores[0] - scores[1])))));
            out.add(new Resolved(c, top[0], Math.round(confidence * 100) / 100.0));
        }
        out = shortenedNames(out);
        for (Coreference.Cluster c : facilitiesAtTheirTown) {
            Resolved town = facilityTown(c, out, dominant, doc.datelineEnd());
            if (town != null) {
                out.add(town);
            }
        }
        return out;
    }

    /**
     * "Frankfurt (Oder)" then "Frankfurt", "Monaco di Baviera" then "Monaco": a place named in full and then by the
     * first words of its name is the same place.
     */
    private static List<Resolved> shortenedNames(List<Resolved> resolved) {
        List<Resolved> out = new ArrayList<>();
        for (Resolved r : resolved) {
            Resolved full = null;
            String key = Tokens.key(r.entity().canonical());
            for (Resolved other : resolved) {
                String otherKey = Tokens.key(other.entity().canonical());
                if (other != r && otherKey.startsWith(key + " ") && firstStart(other) < firstStart(r)
                        && !other.place().isCountry() && !other.place().equals(r.place())) {
                    full = other;
                }
            }
            out.add(full == null ? r : new Resolved(r.entity(), full.place(), full.confidence()));
        }
        return out;
    }

    /** "Bandara El Tari", "Flughafen Köln": an airport, port, hospital, stadium, dam or bridge, by its head word. */
    private boolean facility(Coreference.Cluster c) {
        List<Tokens.Token> t = Tokens.tokenize(c.canonical(), 0, c.canonical().length());
        return t.size() >= 2 && lexicon.isPlaceWord(t.get(0).lower()) && !lexicon.isAdminWord(t.get(0).lower(), true);
    }

    /**
     * A place the gazetteer does not know (an airport, a stadium, a hamlet, a quarter) is where the town or region its
     * name holds is ("Pelabuhan Tenau Kupang", "Perth Racecourse", "Lapangan Terbang Antarabangsa Pulau Pinang"),
     * else where the story is: news names such places near the town it reports from, the first town it places.
     */
    private Resolved facilityTown(Coreference.Cluster c, List<Resolved> resolved, String dominant, int datelineEnd) {
        String name = c.canonical();
        List<Tokens.Token> t = Tokens.tokenize(name, 0, name.length());
        Set<String> countries = new HashSet<>();
        resolved.forEach(r -> countries.add(r.place().countryCode()));
        if (dominant != null) {
            countries.removeIf(cc -> !dominant.equals(cc)); // the town of a facility is in the story's country
        }
        // The town or region the name holds: one the article names on its own ("Perth" and "Perth Racecourse"), or,
        // after the facility's word, one the gazetteer has in the story's country ("Flughafen Köln").
        for (int len = t.size() - 1; len >= 1; len--) {
            for (int from = t.size() - len; from >= 0; from--) {
                if (t.subList(from, from + len).stream().anyMatch(x -> lexicon.isPlaceWord(x.lower()) && !lexicon.isAdminWord(x.lower(), true))) {
                    continue; // "Stadium Hoki" is no town ("Pulau Pinang" is a state)
                }
                String key = Tokens.key(name.substring(t.get(from).start(), t.get(from + len - 1).end()));
                for (Resolved r : resolved) {
                    if (r.entity() != c && r.entity().mentions().stream().anyMatch(m -> m.key().equals(key))) {
                        return new Resolved(c, r.place(), 0.5);
                    }
                }
                if (from == 0) {
                    continue; // "Collins Avenue", "Windsor Castle": a name before the word is a person's as often
                }
                for (Gazetteer.Place p : gazetteer.lookup(key)) {
                    if ((p.kind().equals("city") || p.kind().equals("region")) && countries.contains(p.countryCode())) {
                        return new Resolved(c, p, 0.5);
                    }
                }
            }
        }
        Set<String> natural = lexicon.words("natural-feature");
        if (natural.contains(t.get(0).lower()) || natural.contains(t.get(t.size() - 1).lower())) {
            return null; // a river or an island is not where the story's town is
        }
        // The town of the dateline ("KUPANG —", "KOTA BHARU:"), where the story is.
        for (Resolved r : resolved) {
            if (r.place().kind().equals("city") && firstStart(r) < datelineEnd) {
                return new Resolved(c, r.place(), 0.3);
            }
        }
        return null;
    }

    private static int firstStart(Resolved r) {
        return r.entity().mentions().stream().mapToInt(NameMention::start).min().orElse(Integer.MAX_VALUE);
    }

    /** The best and second-best candidates (scores into {@code scores} when given). */
    private Gazetteer.Place[] best(Coreference.Cluster c, Set<String> focus, Set<String> regions, Set<String> qualifiers,
                                   String dominant, Set<String> home, double[] scores) {
        Gazetteer.Place best = null;
        Gazetteer.Place second = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        double secondScore = Double.NEGATIVE_INFINITY;
        for (Gazetteer.Place p : c.places()) {
            double s = score(p, c, focus, regions, qualifiers, dominant, home);
            if (s > bestScore) {
                second = best;
                secondScore = bestScore;
                best = p;
                bestScore = s;
            } else if (s > secondScore) {
                second = p;
                secondScore = s;
            }
        }
        if (scores != null) {
            scores[0] = bestScore;
            scores[1] = secondScore;
        }
        return new Gazetteer.Place[] {best, second};
    }

    private double score(Gazetteer.Place p, Coreference.Cluster c, Set<String> focus, Set<String> regions,
                         Set<String> qualifiers, String dominant, Set<String> home) {
        double s = switch (p.kind()) {
            case "country" -> 6;
            case "region", "continent" -> 4;
            case "facility" -> 4.5;
            default -> switch (p.featureCode()) {
                case "PPLC" -> 2;
                case "PPLA" -> 1;
                case "PPLA2" -> 0.5;
                default -> 0;
            };
        };
        s += Math.log10(p.population() + 1) / 1.5;
        if (p.kind().equals("city") && p.population() >= 1_000_000) {
            s += 1.5; // "New York", "Mexico": a city of millions is what the news means by a name it shares with its region
        }
        if (!p.isCountry() && p.countryCode() != null && focus.contains(p.countryCode())) {
            s += 2.5;
        }
        if (!p.isCountry() && p.countryCode() != null && home.contains(p.countryCode().toLowerCase(java.util.Locale.ROOT))) {
            s += 1; // a Malay story's "George Town" is in Penang: the few countries that write the article's language
        }
        if (!p.isCountry() && p.countryCode() != null && p.countryCode().equals(dominant)) {
            s += 1.5; // the country most of the story's places are in, over one a single place points to
        }
        if (!p.kind().equals("region") && p.admin1() != null && regions.contains(p.admin1())) {
            s += 2; // local news: the state or province the article is about
        }
        if (p.kind().equals("region") && p.admin1() != null && regions.contains(p.admin1())) {
            s += 4; // "Georgia" beside places in the state of Georgia is that state, not the country
        }
        if ((p.countryCode() != null && qualifiers.contains(p.countryCode())) || (p.admin1() != null && qualifiers.contains(p.admin1()))) {
            s += 4;
        }
        // "Kabupaten Sikka", "Kota Bharu": an Indonesian or Malaysian unit is in the Malay world, whatever else shares its name.
        if (p.countryCode() != null && c.mentions().stream()
                .anyMatch(m -> lexicon.words("malay-admin").contains(m.key().split(" ")[0]) && m.tokenCount() > 1)
                && !lexicon.words("malay-countries").contains(p.countryCode().toLowerCase(java.util.Locale.ROOT))) {
            s -= 10;
        }
        // Called by its own name rather than by a historical or foreign alternate: strong evidence.
        String mainKey = Tokens.key(p.name());
        for (NameMention m : c.mentions()) {
            if (m.key().equals(mainKey)) {
                s += 1.5;
                break;
            }
        }
        return s;
    }

    /** Country codes named right after a mention: "Paris, Texas" (US), "Valencia, Venezuela" (VE). */
    private Set<String> qualifiers(Document doc, Coreference.Cluster c) {
        Set<String> out = new HashSet<>();
        for (NameMention m : c.mentions()) {
            Matcher q = QUALIFIER.matcher(doc.body).region(m.end(), Math.min(doc.body.length(), m.end() + 40));
            if (q.lookingAt()) {
                for (Gazetteer.Place p : gazetteer.lookup(q.group(1))) {
                    if (p.isArea() || p.featureCode().startsWith("PPLA")) {
                        out.add(p.countryCode());
                        if (p.kind().equals("region") && p.admin1() != null) {
                            out.add(p.admin1()); // "Alexandria, La.": Louisiana
                        }
                    }
                }
            }
        }
        out.remove(null);
        return out;
    }
}
