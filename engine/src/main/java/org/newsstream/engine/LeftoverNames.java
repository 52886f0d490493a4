package org.newsstream.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsstream.avro.EntityType;

/**
 * The runs the recognizer could not type where they stand, typed once the whole article is read: a phrase whose
 * last word the text uses alone as a speaker, a lone word after a locative, a known given name, a place the
 * gazetteer is sure of; otherwise a named thing.
 */
final class LeftoverNames {
    private final Lexicon lex;
    private final Gazetteer gaz;
    private final PersonEvidence evidence;
    private final PlacesInRuns placeRules;
    private final Set<String> locatives;
    /** Prepositions that put a lone unknown name on the map ("di Mertelu", "in Ngongotaha"), not "from Smith". */
    private final Set<String> strongLocatives;
    /** Nouns for groups that stand before a name in lower case: "band Pink Floyd", "klub Sampdoria". */
    private final Set<String> groupNouns;
    /** Verbs of a life (born, died, married, graduated, sang, scored) that have people as their subject. */
    private final Set<String> humanVerbs;

    LeftoverNames(Lexicon lexicon, Gazetteer gazetteer, PersonEvidence evidence, PlacesInRuns placeRules) {
        this.lex = lexicon;
        this.gaz = gazetteer;
        this.evidence = evidence;
        this.placeRules = placeRules;
        this.locatives = lexicon.words("locative");
        this.strongLocatives = lexicon.words("strong-locative");
        this.groupNouns = lexicon.words("group-noun");
        this.humanVerbs = lexicon.words("human-verb");
    }

    /**
     * Phrases with no evidence yet: a person when the text uses the last word alone as a speaker ("Tedjo said") or,
     * where it is no place, alone at all; a place after a locative ("di Sei Pakning", "in Fenton Park"); otherwise most likely a named thing,
     * a team, band, company or event, which the organisation type fits best ("Luna Sea", "Real Madrid").
     */
    void resolveUnknownPhrases(Document doc, List<NameMention> found, RuleBasedEntityRecognizer.Found work) {
        List<Chunk> candidates = work.unknownPhrases();
        if (candidates.isEmpty()) {
            return;
        }
        Set<String> speakers = new HashSet<>(); // lone words beside a speech verb: "Conway said"
        for (Chunk c : work.singles()) {
            if (evidence.nextToCue(doc, c)) {
                speakers.add(c.tokens().get(0).text());
            }
        }
        Map<String, Integer> phraseUses = new HashMap<>(); // every use of the phrase, typed already or not
        for (Chunk c : candidates) {
            phraseUses.merge(doc.text(c.start(), c.end()), 1, Integer::sum);
        }
        for (NameMention m : found) {
            phraseUses.computeIfPresent(m.text(), (phrase, n) -> n + 1);
        }
        for (Chunk c : candidates) {
            String text = doc.text(c.start(), c.end());
            String last = c.tokens().get(c.tokens().size() - 1).text();
            EntityType type;
            // Where every noun is capitalised, a word used alone too is as likely a noun ("Immunschwächekrankheit Aids")
            // unless a given name opens the phrase.
            boolean usedAlone = (!GermanNounFilter.capitalisesNouns(doc) || lex.isGivenName(c.tokens().get(0).lower())) && doc.wordCounts.getOrDefault(last, 0) > phraseUses.get(text) && gaz.lookup(last).isEmpty();
            if (speakers.contains(last) || usedAlone) {
                type = EntityType.PERSON;
            } else if (GermanNounFilter.capitalisesNouns(doc)) {
                continue; // a German noun phrase
            } else if (locatives.contains(c.precedingWord()) || lex.isIndonesianArea(Tokens.key(text))) {
                type = EntityType.LOCATION;
            } else {
                type = EntityType.OTHER; // a named thing of a kind the rules cannot tell
            }
            found.add(new NameMention(text, c.start(), c.end(), type, false, List.of()));
        }
    }

    /** The word before the run's article is a preposition of place or of belonging ("de l'…", "à l'…", "in l'…"). */
    private boolean afterPreposition(Chunk c) {
        int i = c.indexInParagraph();
        String word = i >= 2 ? c.paragraph().get(i - 2).lower() : "";
        return locatives.contains(word) || lex.words("object-of").contains(word);
    }

    /** Lone capitalised words: a surname, a part of a longer place name, a place, a speaker, or nothing. */
    void resolveSingles(Document doc, List<NameMention> found, List<Chunk> singles) {
        Map<String, NameMention> byLastToken = new HashMap<>();
        Map<String, NameMention> byKey = new HashMap<>();
        Map<String, NameMention> locTokens = new HashMap<>();
        Set<String> namedThingEnds = new HashSet<>(); // "Center" after "Heathrow Animal Reception Center"
        for (NameMention m : found) {
            String[] k = m.key().split(" ");
            byKey.putIfAbsent(m.key(), m);
            if (m.type() == EntityType.PERSON && k.length > 1) {
                byLastToken.putIfAbsent(k[k.length - 1], m);
            }
            if ((m.type() == EntityType.OTHER || m.type() == EntityType.ORGANIZATION) && k.length > 1) {
                namedThingEnds.add(k[k.length - 1]);
            }
            if (m.type() == EntityType.LOCATION && k.length > 1) {
                for (String tok : k) {
                    locTokens.putIfAbsent(tok, m);
                }
            }
        }
        for (Chunk c : singles) {
            Tokens.Token tok = c.tokens().get(0);
            String key = Tokens.key(tok.text());
            // "l'Anas", "les Français", "gli Stati": an elided or a plural article names a body, a place or a people,
            // never one person
            String article = c.precedingWord();
            boolean elided = article.length() == 2 && article.startsWith("l") && (article.endsWith("'") || article.endsWith("’"));
            // (and "minister Mark Harbers van Infrastructuur": a word after "van" the name did not take is the office's)
            boolean thingArticle = elided || lex.isAttributionWord("plural-article", article, Set.of(doc.language))
                    || lex.isAttributionWord("thing-article", article, Set.of(doc.language)) && !c.sentenceInitial()
                    || (article.equals("van") || article.equals("von")) && !byLastToken.containsKey(key);
            NameMention same = byKey.get(key);
            if (byLastToken.containsKey(key)) {
                found.add(RuleBasedEntityRecognizer.mention(tok, EntityType.PERSON, List.of()));
            } else if (same != null) {
                found.add(RuleBasedEntityRecognizer.mention(tok, same.type(), same.places()));
            } else if (locTokens.containsKey(key)) {
                found.add(RuleBasedEntityRecognizer.mention(tok, EntityType.LOCATION, locTokens.get(key).places()));
            } else if (namedThingEnds.contains(key) && gaz.lookup(tok.text()).stream().noneMatch(Gazetteer.Place::isArea)) {
                continue; // the last word of a longer name used alone: that thing again, not a town of the name
            } else if (groupNouns.contains(Tokens.wordBefore(doc.body, c.start())) && !c.sentenceInitial()) {
                found.add(RuleBasedEntityRecognizer.mention(tok, EntityType.ORGANIZATION, List.of())); // "band Glay", "klub Sampdoria"
            } else if (elided && !c.sentenceInitial() && gaz.lookup(tok.text()).isEmpty() && !doc.lowercaseWords.contains(tok.lower())
                    && !afterPreposition(c)) { // (not "le dépôt de l'Elsau": after "de" or "à" it is a place as often)
                found.add(RuleBasedEntityRecognizer.mention(tok, EntityType.ORGANIZATION, List.of())); // "secondo l'Anas", "selon l'Unédic"
            } else if (!GermanNounFilter.capitalisesNouns(doc) && lex.isAttributionWord("opinion-of", c.precedingWord(), Set.of(doc.language))
                    && !c.sentenceInitial() && !lex.isGivenName(tok.lower()) && !lex.isSurname(tok.lower()) && gaz.lookup(tok.text()).isEmpty()
                    && !doc.lowercaseWords.contains(tok.lower())) {
                // "secondo Legambiente", "según Greenpeace": whose account it is, a body unless the word is a person's name
                found.add(RuleBasedEntityRecognizer.mention(tok, EntityType.ORGANIZATION, List.of()));
            } else if (!thingArticle && evidence.nextToCue(doc, c) && !RuleBasedEntityRecognizer.isAcronym(tok.text())
                    && !lex.isOrgWord(tok.lower()) // ("the Scottish Government said": a body's noun, no one's name)
                    && (!GermanNounFilter.capitalisesNouns(doc) || lex.isGivenName(tok.lower()) || lex.isSurname(tok.lower()))
                    // "Organisers said": a word that opens the sentence is a name only if the text or the lists know it so
                    && (!c.sentenceInitial() || lex.isGivenName(tok.lower()) || lex.isSurname(tok.lower())
                        || doc.wordCounts.getOrDefault(tok.text(), 0) > 1)) {
                // "Conway said"; but German capitalises every noun: "In einer Stellungnahme erklärte" names no one
                found.add(RuleBasedEntityRecognizer.mention(tok, EntityType.PERSON, List.of()));
            } else if (!thingArticle && evidence.ageAfter(doc, c) && !RuleBasedEntityRecognizer.isAcronym(tok.text())
                    && !lex.isFunctionWord(tok.lower(), doc.language)) {
                found.add(RuleBasedEntityRecognizer.mention(tok, EntityType.PERSON, List.of())); // "Suwarni (45)": one name and an age
            } else if (lex.isFunctionWord(tok.lower(), doc.language) || lex.isPlaceWord(tok.lower())) {
                continue; // "Maka", "Sama"; "Desa" alone is no place
            } else if (!c.sentenceInitial() || !doc.lowercaseWords.contains(tok.lower())) {
                List<Gazetteer.Place> places = placeRules.placesOf(doc, tok.text(), tok.end());
                boolean notablePlace = places.stream().anyMatch(Gazetteer.Place::isNotable);
                if (!c.sentenceInitial() && !notablePlace && !thingArticle && lex.isGivenName(key) && !GermanNounFilter.capitalisesNouns(doc)) {
                    found.add(RuleBasedEntityRecognizer.mention(tok, EntityType.PERSON, List.of())); // "Kevin", "Olivia"
                    continue;
                }
                // Not in German, where "nach Angaben", "in der Mitte", "bei Kunden" put common nouns after a locative.
                if (places.isEmpty() && !c.sentenceInitial() && strongLocatives.contains(c.precedingWord()) && !GermanNounFilter.capitalisesNouns(doc)
                        && !tok.text().equals(tok.text().toUpperCase(Locale.ROOT))) {
                    found.add(RuleBasedEntityRecognizer.mention(tok, EntityType.LOCATION, List.of())); // "di Mertelu": a place the gazetteer lacks
                    continue;
                }
                if (places.isEmpty() && RuleBasedEntityRecognizer.isAcronym(tok.text())) {
                    found.add(RuleBasedEntityRecognizer.mention(tok, EntityType.ORGANIZATION, List.of())); // "RCTI", "NFL": mostly bodies
                    continue;
                }
                // A village or district that Indonesia's own list of areas knows: a place even when small. (Not in
                // German, whose capitalised nouns that list holds as village names: "Motto", "Höhe", "Kunden".)
                boolean knownArea = !c.sentenceInitial() && lex.isIndonesianArea(key) && !GermanNounFilter.capitalisesNouns(doc);
                if (!places.isEmpty() && (!c.sentenceInitial() || placeRules.acceptBarePlace(c, places))
                        && (knownArea || places.stream().anyMatch(p -> p.isArea() || p.population() >= 15_000
                            || locatives.contains(c.precedingWord())))) {
                    found.add(RuleBasedEntityRecognizer.mention(tok, EntityType.LOCATION, places));
                } else if (places.isEmpty() && knownArea) {
                    found.add(RuleBasedEntityRecognizer.mention(tok, EntityType.LOCATION, List.of()));
                }
            }
        }
    }

    /** "RCTI", "NFL"; not two letters ("RT", "PK", "SH": units, prefixes and degrees as often as bodies). */

    /** Lone capitalised words no rule typed, as OTHER mentions: a list may still type them. */
    List<NameMention> asOther(Document doc, List<NameMention> found, List<Chunk> singles) {
        Set<Integer> taken = new HashSet<>();
        found.forEach(m -> taken.add(m.start()));
        List<NameMention> out = new ArrayList<>();
        for (Chunk c : singles) {
            Tokens.Token t = c.tokens().get(0);
            if (!taken.contains(t.start()) && !lex.isFunctionWord(t.lower(), doc.language) && !lex.isPlaceWord(t.lower())
                    && (!c.sentenceInitial() || !doc.lowercaseWords.contains(t.lower())) && t.text().length() > 2) {
                // "Truganini lahir sekitar tahun 1812", "Macheda mencetak gol": what only people do makes a person.
                boolean human = c.indexInParagraph() + 1 < c.paragraph().size()
                        && humanVerbs.contains(c.paragraph().get(c.indexInParagraph() + 1).lower());
                if (human) {
                    found.add(RuleBasedEntityRecognizer.mention(t, EntityType.PERSON, List.of()));
                } else {
                    out.add(RuleBasedEntityRecognizer.mention(t, EntityType.OTHER, List.of()));
                }
            }
        }
        return out;
    }
}
