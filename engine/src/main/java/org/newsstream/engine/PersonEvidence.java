package org.newsstream.engine;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What marks a capitalised run as a person's name where it stands, whatever the name lists know: a given name or a
 * surname, a speech verb beside it, an attribution or a post around it, an age after it, a byline. The recognizer
 * asks it of each run it cannot type otherwise.
 */
final class PersonEvidence {
    /** "Budi Santoso (45)", "John Smith, 45,": an age after a name. */
    private static final Pattern AGE_AFTER = Pattern.compile("\\s*[,(]\\s*\\d{1,2}\\s*[,)]");

    private final Lexicon lex;
    private final Gazetteer gaz;
    private final Set<String> bylineWords;
    /** Words that may join the parts of a long post ("Kepala Bidang Kedaruratan dan Logistik di Badan ..."). */
    private final Set<String> postJoiners;
    private final Set<String> objectOf;

    PersonEvidence(Lexicon lexicon, Gazetteer gazetteer) {
        this.lex = lexicon;
        this.gaz = gazetteer;
        this.bylineWords = lexicon.words("byline");
        this.postJoiners = lexicon.words("post-joiner");
        this.objectOf = lexicon.words("object-of");
    }

    /** Whether the run stands in an attribution: a speech verb before it, with only a post's words between. */
    boolean inAttribution(Chunk c) {
        List<Tokens.Token> p = c.paragraph();
        for (int k = c.indexInParagraph() - 1, steps = 0; k >= 0 && steps < 20; k--, steps++) {
            Tokens.Token t = p.get(k);
            if (!lex.cuesStartingWith(t.lower()).isEmpty()) {
                return true;
            }
            if (!t.capitalised() && !postJoiners.contains(t.lower()) && !lex.isTitle(t.lower())) {
                return false; // "ujar perwakilan Solidaritas untuk Warga Wadas, Heronimus Heron" is still the attribution
            }
        }
        return false;
    }


    /**
     * What marks a capitalised phrase as a person on the spot: a given name first or a surname last ("Ardy Tedjo"
     * is not, "Maria Tedjo" and "Kellyanne Conway" are), a speech verb beside it, an attribution around it, or a job before it ("pilot Ardy Tedjo").
     */
    boolean personEvidence(Document doc, Chunk c) {
        int n = c.tokens().size();
        if (acronymOfBody(c)) {
            return false; // "anggota DPRD Surabaya", "der BUND Schleswig-Holstein": a body's acronym, then where it sits
        }
        return namedLikeAPerson(doc, c) || nextToCue(doc, c.sub(n - 1, n)) || nextToCue(doc, c.sub(0, 1)) || inAttribution(c) || apposedSubject(doc, c)
                || lex.isTitle(c.precedingWord()) || AGE_AFTER.matcher(doc.body).region(c.end(), doc.body.length()).lookingAt()
                || titledApposition(doc, c) || byline(c) || apposedToPost(doc, c);
    }

    /**
     * "Ketua Kelompok Pembudidaya Ikan Mina Sejahtera, Asep Saepudin,": a name in apposition after a post and its body
     * is the post's holder (the post's title opens the phrase before the comma).
     */
    private boolean apposedToPost(Document doc, Chunk c) {
        List<Tokens.Token> p = c.paragraph();
        int i = c.indexInParagraph();
        if (i < 2) {
            return false;
        }
        String gap = doc.body.substring(p.get(i - 1).end(), c.start()).strip();
        int k = i - 1;
        if (gap.equals(")") && i >= 3 && doc.body.substring(p.get(i - 2).end(), p.get(i - 1).start()).strip().equals("(")) {
            k = i - 2; // "Ketua Umum Perkumpulan … (Perpadi) Sutarto Alimoeso": the body's acronym in brackets between
        } else if (!gap.equals(",")) {
            return false;
        }
        for (int last = k, steps = 0; k >= 0 && steps < 10; k--, steps++) {
            Tokens.Token t = p.get(k);
            if (lex.isTitle(t.lower())) {
                return k == 0 || !p.get(k - 1).capitalised() || !NameChunker.onlySpaceBetween(doc, p.get(k - 1), t);
            }
            if (!t.capitalised() && !postJoiners.contains(t.lower()) || k < last && !NameChunker.onlySpaceBetween(doc, t, p.get(k + 1))) {
                return false;
            }
        }
        return false;
    }

    /**
     * Words that can make a holder's name: capitalised, no acronym, no word the text also writes in lower case, no
     * organisation word, title or place word ("Kepala Dinas … Syam Arjayanti": the words after the body's).
     */
    static boolean holderWords(Lexicon lex, Document doc, List<Tokens.Token> words) {
        return words.stream().allMatch(x -> x.capitalised() && !x.text().equals(x.text().toUpperCase(Locale.ROOT))
                && !doc.lowercaseWords.contains(x.lower())
                && !lex.isOrgWord(x.lower()) && !lex.isTitle(x.lower()) && !lex.isPlaceWord(x.lower())
                && !lex.words("malay-admin").contains(x.lower()));
    }

    /** An age follows the run ("Suwarni (45)", "Tan Ah Kow, 56,"): the way news introduces a person. */
    boolean ageAfter(Document doc, Chunk c) {
        return AGE_AFTER.matcher(doc.body).region(c.end(), doc.body.length()).lookingAt();
    }

    /** A given name first or a surname last ("Maria Tedjo", "Kellyanne Conway"; not "Ardy Tedjo"). */
    boolean namedLikeAPerson(Document doc, Chunk c) {
        int n = c.tokens().size();
        String last = c.tokens().get(n - 1).lower();
        boolean surname = n <= 3 && lex.isSurname(last)
                && gaz.lookup(last).stream().noneMatch(p -> p.isCountry() || p.population() >= RuleBasedEntityRecognizer.BARE_CITY_POPULATION);
        // (German capitalises the noun that opens a sentence: a given name that is also a noun or a function word,
        // "Ernst", "Mark", "Wenn", opens a person's name there only with other evidence; "Olaf Frenzel war skeptisch" is one)
        String first = c.tokens().get(0).lower();
        boolean nounFirst = GermanNounFilter.capitalisesNouns(doc) && n == 2 && c.sentenceInitial()
                && (lex.isGermanNoun(first) || lex.isFunctionWord(first, doc.language) || lex.isStopword(first, doc.language));
        return (lex.isGivenName(first) || surname) && !nounFirst;
    }

    /**
     * The run owns a role: "a spokesperson for Harbourside Homes said", "een woordvoerder van Rijkswaterstaat": the
     * speech verb after it has the role for its subject, and a run that is not named like a person is the body.
     */
    boolean ownsARole(Document doc, Chunk c) {
        int i = c.indexInParagraph();
        // (Indonesian and Malay "di" is "at": "paip utama di Loji …" is where, not whose)
        boolean whose = objectOf.contains(c.precedingWord()) && !(c.precedingWord().equals("di") && doc.malayLanguage());
        if (i >= 2 && whose && lex.isTitle(c.paragraph().get(i - 2).lower())) {
            return true;
        }
        // "Southern Water's chief executive, Lawrence Gosden": English names the role's owner with "'s" before it
        if (!doc.language.equals("en")) {
            return false;
        }
        java.util.regex.Matcher role = POSSESSIVE_ROLE.matcher(doc.body).region(c.end(), Math.min(doc.body.length(), c.end() + 40));
        return role.lookingAt() && lex.isTitle(role.group(1).toLowerCase(java.util.Locale.ROOT));
    }

    /** "'s" and the word after it: "Southern Water's chief executive". */
    private static final java.util.regex.Pattern POSSESSIVE_ROLE = java.util.regex.Pattern.compile("['’]s\\s+(\\p{L}+)");

    /** The run opens with an acronym in capitals (no given name) and goes on in mixed case: a body and its place. */
    private boolean acronymOfBody(Chunk c) {
        List<Tokens.Token> t = c.tokens();
        String first = t.get(0).text();
        return t.size() >= 2 && first.length() >= 2 && first.chars().allMatch(Character::isUpperCase) && !lex.isGivenName(t.get(0).lower())
                && t.stream().skip(1).anyMatch(x -> !x.text().equals(x.text().toUpperCase(Locale.ROOT)))
                && t.stream().skip(1).noneMatch(x -> lex.isGivenName(x.lower())); // "PKB Neng Eem Marhamah": a party's person
    }

    /** "Kepala BPBD Garut, Satria Budi, mengatakan": a name in apposition right before the speech verb is its subject. */
    private boolean apposedSubject(Document doc, Chunk c) {
        List<Tokens.Token> p = c.paragraph();
        int next = c.indexInParagraph() + c.tokens().size();
        int prev = c.indexInParagraph() - 1;
        return next < p.size() && prev >= 0 && doc.body.substring(c.end(), p.get(next).start()).strip().equals(",")
                && doc.body.substring(p.get(prev).end(), c.start()).strip().equals(",")
                && lex.cueAt(p, next, cue -> cue.tokens().size() > 1 || cue.form().length() >= 4) != null;
    }

    /** "oleh Khairisa Ferida", "By Jane Doe": a line that opens with "by" credits a person. */
    private boolean byline(Chunk c) {
        return c.indexInParagraph() == 1 && bylineWords.contains(c.precedingWord());
    }

    /** "Sadie Weiner, the DSCC spokeswoman,", "Dan Schwerin, director of speechwriting,": a post follows the name. */
    private boolean titledApposition(Document doc, Chunk c) {
        List<Tokens.Token> p = c.paragraph();
        int next = c.indexInParagraph() + c.tokens().size();
        if (next >= p.size() || !doc.body.substring(c.end(), p.get(next).start()).strip().equals(",")) {
            return false;
        }
        for (int k = next; k < Math.min(p.size(), next + 4); k++) {
            if (lex.isTitle(p.get(k).lower())) {
                return true;
            }
        }
        return false;
    }


    /** The run is the subject of a speech verb that follows it at once ("… Syam Arjayanti mengatakan"). */
    boolean speechVerbAfter(Document doc, Chunk c) {
        List<Tokens.Token> p = c.paragraph();
        int after = c.indexInParagraph() + c.tokens().size();
        return after < p.size() && NameChunker.onlySpaceBetween(doc, p.get(after - 1), p.get(after))
                && lex.cueAt(p, after, cue -> true) != null;
    }

    /** A speech verb stands right after or right before the run. */
    boolean nextToCue(Document doc, Chunk c) {
        List<Tokens.Token> p = c.paragraph();
        int i = c.indexInParagraph();
        // The whole speech verb, not its first word: "Alicante ha reducido" is no "ha detto".
        if (speechVerbAfter(doc, c)) {
            return true;
        }
        return i > 0 && NameChunker.onlySpaceBetween(doc, p.get(i - 1), p.get(i))
                && lex.cuesStartingWith(p.get(i - 1).lower()).stream().anyMatch(q -> q.tokens().size() == 1);
    }
}
