package org.newsstream.engine;

import java.util.List;
import java.util.Set;
import org.newsstream.avro.EntityType;

/**
 * What the words around a capitalised run say of its kind, before the run's own words are read: a noun for a kind
 * of body after it ("the Unite union") or of place before it ("el barrio de …"), a post in lower case before it
 * ("wethouder …", "el consejero de …"), a person and "of" before it, a body's noun before a quoted name.
 */
final class RunSurroundings {
    private final Lexicon lex;
    private final Gazetteer gaz;
    private final PersonEvidence evidence;

    RunSurroundings(Lexicon lexicon, Gazetteer gazetteer, PersonEvidence evidence) {
        this.lex = lexicon;
        this.gaz = gazetteer;
        this.evidence = evidence;
    }

    /**
     * The word right after the run is a lower-case noun for a kind of body ("union", "party") and "the" stands before
     * it; not a notable place by its own name ("the Hamilton club" is a club of Hamilton).
     */
    boolean kindNounAfter(Document doc, Chunk c) {
        int next = c.indexInParagraph() + c.tokens().size();
        return next < c.paragraph().size() && c.precedingWord().equals("the")
                && gaz.lookup(doc.text(c.start(), c.end())).stream().noneMatch(p -> p.isNotable() && p.name().equals(doc.text(c.start(), c.end())))
                && !c.paragraph().get(next).capitalised() && NameChunker.onlySpaceBetween(doc, c.tokens().get(c.tokens().size() - 1), c.paragraph().get(next))
                && lex.isAttributionWord("kind-after-name", c.paragraph().get(next).lower(), Set.of(doc.language));
    }

    /**
     * The run stands in apposition, between commas, to a phrase headed by a noun for any body: "The company behind the
     * plan, Greenway Recycling, said", "la empresa concesionaria, Aqualia, explicó". The noun opens the phrase after an
     * article, within five words of the comma.
     */
    boolean bodyNounInApposition(Document doc, Chunk c) {
        int i = c.indexInParagraph();
        int after = i + c.tokens().size();
        if (i < 2 || after >= c.paragraph().size() || !doc.text(c.paragraph().get(i - 1).end(), c.start()).strip().equals(",")
                || !doc.text(c.end(), c.paragraph().get(after).start()).strip().equals(",")) {
            return false;
        }
        for (int k = i - 2; k >= Math.max(1, i - 6); k--) {
            Tokens.Token w = c.paragraph().get(k);
            if (w.capitalised() && k < i - 1 || !doc.text(w.end(), c.paragraph().get(k + 1).start()).isBlank() && k < i - 1) {
                return false; // another name or a break inside the phrase
            }
            if (lex.isGenericBodyNoun(Tokens.key(w.text()), doc.language)
                    && lex.isAttributionWord("det", c.paragraph().get(k - 1).lower(), Set.of(doc.language))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "el puente de Isabel la Católica", "la calle de Pío Baroja", "a rua de João de Deus": a facility's or a street's
     * word in lower case and a link word before a run that opens with a given name: named after a person, the place
     * is that street or facility. Where the facility's word starts; -1 when the run is not so placed.
     */
    int facilityNamedAfterPerson(Document doc, Chunk c) {
        int i = c.indexInParagraph();
        if (i < 2 || !Set.of("es", "fr", "it", "pt").contains(doc.language) || !lex.isGivenName(c.tokens().get(0).lower()) || !lex.words("name-connector").contains(c.paragraph().get(i - 1).lower())) {
            return -1;
        }
        Tokens.Token head = c.paragraph().get(i - 2);
        return !head.capitalised() && lex.words("street-noun").contains(head.lower()) ? head.start() : -1;
    }

    /** A lower-case noun for a kind of place and a link word stand before the run ("el barrio de", "il quartiere di"). */
    boolean placeNounBefore(Chunk c) {
        int i = c.indexInParagraph();
        return i >= 2 && !c.paragraph().get(i - 2).capitalised() && lex.words("name-connector").contains(c.paragraph().get(i - 1).lower())
                && lex.words("place-noun").contains(c.paragraph().get(i - 2).lower());
    }

    /**
     * "el consejero de Fomento del Gobierno de Aragón", "l'assessore al Bilancio del Comune": after a post in lower case
     * and its link word, the run opens with the post's portfolio; the body starts at the organisation word after the
     * next link word. Its index, or 0.
     */
    int bodyAfterPortfolio(Chunk c) {
        int i = c.indexInParagraph();
        if (i < 2 || c.paragraph().get(i - 2).capitalised() || !lex.isTitle(c.paragraph().get(i - 2).lower())
                || !lex.words("name-connector").contains(c.paragraph().get(i - 1).lower()) && !lex.isAttributionWord("link",
                    c.paragraph().get(i - 1).lower(), Set.of("es", "pt", "it", "fr", "nl", "de"))) {
            return 0;
        }
        List<Tokens.Token> t = c.tokens();
        for (int k = 2; k < t.size(); k++) {
            if (!lex.isOrgWord(t.get(0).lower()) && lex.isOrgWord(t.get(k).lower()) && !t.get(k - 1).capitalised()) {
                return k;
            }
        }
        return 0;
    }

    /** The run follows a person's name and "of" ("Hugo Tagholm of Surfers Against Sewage") and names no one itself. */
    boolean affiliationOfAPerson(Document doc, Chunk c, List<NameMention> found) {
        if (!c.precedingWord().equals("of") || evidence.namedLikeAPerson(doc, c)) {
            return false;
        }
        int of = Tokens.wordBeforeStart(doc.body, c.start());
        return found.stream().anyMatch(m -> m.type() == EntityType.PERSON && m.end() < of && doc.body.substring(m.end(), of).isBlank());
    }

    /**
     * "die Nachrichtenagentur „Fars“", "la agencia «Efe»", "harian 'Kompas'": a name in quotes right after a body's noun
     * names that body, whatever place a gazetteer knows by it.
     */
    boolean quotedAfterBodyNoun(Document doc, Chunk c) {
        int open = c.start() - 1;
        if (open < 1 || c.end() >= doc.body.length() || "„“\"«»‚‘".indexOf(doc.body.charAt(open)) < 0
                || "“”\"»«‘’".indexOf(doc.body.charAt(c.end())) < 0) {
            return false;
        }
        String before = doc.body.substring(Math.max(0, open - 40), open);
        if (before.isEmpty() || !Character.isWhitespace(before.charAt(before.length() - 1))) {
            return false;
        }
        before = before.strip();
        return lex.isOrgWord(before.substring(before.lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT));
    }

    /** The word just before the chunk is a title or role in lower case ("wethouder", "ministro", "coach"). */
    boolean lowercaseTitleBefore(Document doc, Chunk c) {
        List<Tokens.Token> before = Tokens.tokenize(doc.body, Math.max(0, c.start() - 40), c.start());
        if (before.isEmpty()) {
            return false;
        }
        Tokens.Token last = before.get(before.size() - 1);
        return !last.capitalised() && last.end() >= c.start() - 1 && lex.isTitle(last.lower());
    }
}
