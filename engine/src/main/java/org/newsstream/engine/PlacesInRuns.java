package org.newsstream.engine;

import java.util.List;
import java.util.Locale;
import org.newsstream.avro.EntityType;

/**
 * The places a capitalised run holds or reaches: a town whose gazetteer name runs past the run ("Frankfurt (Oder)"),
 * a town among capitalised nouns ("Pegel Husum"), a region that ends the run, a German genitive of a country. The
 * recognizer asks before it types the run.
 */
final class PlacesInRuns {
    private final Lexicon lex;
    private final Gazetteer gaz;
    private final PersonEvidence evidence;
    private final java.util.Set<String> locatives;

    PlacesInRuns(Lexicon lexicon, Gazetteer gazetteer, PersonEvidence evidence) {
        this.lex = lexicon;
        this.gaz = gazetteer;
        this.evidence = evidence;
        this.locatives = lexicon.words("locative");
    }

    /**
     * A town or region whose name in the gazetteer runs past the capitalised run: a qualifier in brackets ("Frankfurt
     * (Oder)", "Halle (Saale)") or after a lower-case particle ("Frankfurt an der Oder", "Weil am Rhein"). Null when none.
     */
    NameMention placeReachingPastRun(Document doc, Chunk c) {
        List<Tokens.Token> p = c.paragraph();
        int next = c.indexInParagraph() + c.tokens().size();
        for (int k = Math.min(3, p.size() - next); k >= 1; k--) {
            Tokens.Token last = p.get(next + k - 1);
            int end = last.end() < doc.body.length() && doc.body.charAt(last.end()) == ')' ? last.end() + 1 : last.end();
            String text = doc.text(c.start(), end);
            if (!last.capitalised() || text.indexOf('\n') >= 0 || text.indexOf(',') >= 0 || text.indexOf('.') >= 0) {
                continue;
            }
            List<Gazetteer.Place> places = gaz.lookup(text).stream().filter(x -> x.isArea() || x.kind().equals("city")).toList();
            if (!places.isEmpty()) {
                return new NameMention(text, c.start(), end, EntityType.LOCATION, false, places);
            }
        }
        return null;
    }

    /**
     * Where nouns are capitalised, a run may hold a town among them ("Pegel Husum", "Bad Radkersburg Kürbisse"): the
     * longest part the gazetteer knows as a region, a town of a German-speaking country or a large town; null when
     * none, or when a given name shows the run is a person's.
     */
    NameMention placeAmongNouns(Document doc, Chunk c) {
        List<Tokens.Token> t = c.tokens();
        if (t.stream().anyMatch(x -> lex.isGivenName(x.lower())) || evidence.personEvidence(doc, c)) {
            return null; // "Wang Shuai, Sprecher des Unternehmens": a person, whatever village is called Wang
        }
        for (int len = Math.min(t.size() - 1, gaz.maxNameTokens()); len >= 1; len--) {
            for (int from = 0; from + len <= t.size(); from++) {
                Chunk part = c.sub(from, from + len);
                if (!part.tokens().get(0).capitalised() || !part.tokens().get(len - 1).capitalised()) {
                    continue; // "Häfen von …": a particle is no town
                }
                String text = doc.text(part.start(), part.end());
                String key = Tokens.key(text);
                List<Gazetteer.Place> places = gaz.lookup(text);
                // a small town by its own name ("Husum"), not by an alternate a gazetteer keeps ("Res" for Rees)
                if (places.stream().anyMatch(x -> x.isArea() || x.kind().equals("city") && (x.population() >= RuleBasedEntityRecognizer.BARE_CITY_POPULATION
                        || GermanNounFilter.GERMAN_SPEAKING.contains(x.countryCode()) && Tokens.key(x.name()).equals(key)))) {
                    return new NameMention(text, part.start(), part.end(), EntityType.LOCATION, false, places);
                }
            }
        }
        return null;
    }

    /** German genitive "Südafrikas", "Hessens": one word whose stem without "s" is a country or region. */
    List<Gazetteer.Place> germanGenitivePlace(Document doc, Chunk rest) {
        String owner = doc.language.equals("de") && rest.tokens().size() == 1 ? lex.germanGenitiveOwner(rest.tokens().get(0).text()) : null;
        return owner == null ? List.of() : gaz.lookup(owner).stream().filter(Gazetteer.Place::isArea).toList();
    }

    boolean postOfArea(Document doc, Chunk rest, List<NameMention> found) {
        NameMention area = trailingArea(doc, rest);
        if (area == null || rest.tokens().stream().filter(x -> x.start() < area.start())
                .anyMatch(x -> lex.isGivenName(x.lower()) || lex.isSurname(x.lower()))) {
            return false;
        }
        // "Voorzitter Sjaak van der Tak": "van der", "von den" open surnames only, whatever province shares the name
        String before = Tokens.wordBefore(doc.body, area.start());
        if (before.equals("der") || before.equals("den")) {
            return false;
        }
        found.add(area);
        return true;
    }

    /** The longest country or region that ends the run, leaving at least one word before it; null when none. */
    NameMention trailingArea(Document doc, Chunk c) {
        int n = c.tokens().size();
        for (int len = Math.min(n - 1, gaz.maxNameTokens()); len >= 1; len--) {
            Chunk tail = c.sub(n - len, n);
            String tailText = doc.text(tail.start(), tail.end());
            List<Gazetteer.Place> places = gaz.lookup(tailText);
            if (places.stream().anyMatch(Gazetteer.Place::isArea)) {
                return new NameMention(tailText, tail.start(), tail.end(), EntityType.LOCATION, false, places);
            }
        }
        return null;
    }

    /**
     * The places a name may be. A two-letter word in mixed case is an abbreviation only with its full stop:
     * "Alexandria, La." is in Louisiana, but "Al" is not Alabama.
     */
    List<Gazetteer.Place> placesOf(Document doc, String text, int end) {
        if (text.length() <= 2 && !text.equals(text.toUpperCase(Locale.ROOT))
                && (end >= doc.body.length() || doc.body.charAt(end) != '.')) {
            return List.of();
        }
        return gaz.lookup(text);
    }

    /** A lone place name counts without other evidence: a dateline, a locative before it, or a place that big. */
    boolean acceptBarePlace(Chunk c, List<Gazetteer.Place> places) {
        if (c.inDateline() || locatives.contains(c.precedingWord()) || afterSettlementNoun(c)) {
            return true;
        }
        for (Gazetteer.Place p : places) {
            if (p.isArea() || p.kind().equals("facility") || p.featureCode().equals("PPLC")
                    || p.population() >= RuleBasedEntityRecognizer.BARE_CITY_POPULATION) {
                return true;
            }
        }
        return false;
    }

    /** "le village de Gruyères", "the town of Hay", "la ciudad de Jaén": a noun for a town and "of" before the name. */
    private boolean afterSettlementNoun(Chunk c) {
        int i = c.indexInParagraph();
        return i >= 2 && lex.words("name-connector").contains(c.paragraph().get(i - 1).lower())
                && lex.words("settlement-noun").contains(c.paragraph().get(i - 2).lower());
    }
}
