package org.newsstream.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chooses among same-named places by what the article says, not by population alone: the countries the
 * article names (its focus), a following qualifier ("Paris, Texas", "Valencia, Venezuela"), the kind of
 * place (countries and regions over towns), whether the name is the place's main name, and population.
 * Confidence is the winner's share of the top two scores.
 */
public final class ContextGeocoder implements Geocoder {
    private static final Pattern QUALIFIER = Pattern.compile("^,\\s*(\\p{Lu}[\\p{L}.'-]*(?:\\s\\p{Lu}[\\p{L}.'-]*){0,3})");

    private final Gazetteer gazetteer;

    public ContextGeocoder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public List<Resolved> resolve(Document doc, List<Coreference.Cluster> places) {
        Set<String> focus = new HashSet<>();
        for (Coreference.Cluster c : places) {
            List<Gazetteer.Place> cands = c.places();
            if (cands.size() == 1 || cands.stream().anyMatch(Gazetteer.Place::isCountry)) {
                Gazetteer.Place p = cands.stream().filter(Gazetteer.Place::isCountry).findFirst().orElse(cands.get(0));
                if (p.countryCode() != null) {
                    focus.add(p.countryCode());
                }
            }
        }
        List<Resolved> out = new ArrayList<>();
        for (Coreference.Cluster c : places) {
            List<Gazetteer.Place> cands = c.places();
            if (cands.isEmpty()) {
                continue;
            }
            Set<String> qualifiers = qualifiers(doc, c);
            Gazetteer.Place best = null;
            double bestScore = Double.NEGATIVE_INFINITY;
            double second = Double.NEGATIVE_INFINITY;
            for (Gazetteer.Place p : cands) {
                double s = score(p, c, focus, qualifiers);
                if (s > bestScore) {
                    second = bestScore;
                    bestScore = s;
                    best = p;
                } else if (s > second) {
                    second = s;
                }
            }
            double confidence = second == Double.NEGATIVE_INFINITY ? 0.95
                    : Math.max(0.05, Math.min(0.95, 1.0 / (1.0 + Math.exp(-(bestScore - second)))));
            out.add(new Resolved(c, best, Math.round(confidence * 100) / 100.0));
        }
        return out;
    }

    private static double score(Gazetteer.Place p, Coreference.Cluster c, Set<String> focus, Set<String> qualifiers) {
        double s = switch (p.kind()) {
            case "country" -> 6;
            case "region", "continent" -> 4;
            case "facility" -> 4.5;
            default -> switch (p.featureCode()) {
                case "PPLC" -> 3;
                case "PPLA" -> 2;
                case "PPLA2" -> 1;
                default -> 0;
            };
        };
        s += Math.log10(p.population() + 1) / 1.5;
        if (!p.isCountry() && p.countryCode() != null && focus.contains(p.countryCode())) {
            s += 2.5;
        }
        if (p.countryCode() != null && qualifiers.contains(p.countryCode())) {
            s += 4;
        }
        String mainKey = Tokens.key(p.name());
        for (NameMention m : c.mentions()) {
            if (m.key().equals(mainKey)) {
                s += 0.5;
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
                    }
                }
            }
        }
        out.remove(null);
        return out;
    }
}
