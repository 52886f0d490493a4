package org.newsstream.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsstream.avro.EntityType;

/**
 * The words of an attribution clause and how they group: verbs, segments between commas, and the noun
 * phrases in a segment (articles, a role, the name that heads it, names that belong to the role). The
 * {@link SpeakerGrammar} decides with these which phrase speaks.
 */
final class Clause extends NameRuns {
    /** Reads clauses of one article. */
    static final class Reader {
        final Document doc;
        final Lexicon lex;
        final Set<String> languages;
        /** What the recognizer found, as evidence inside a phrase (the person at the end of a post). */
        final List<NameMention> recognized;

        Reader(Document doc, Lexicon lex, Set<String> languages, List<NameMention> recognized) {
            this.doc = doc;
            this.lex = lex;
            this.languages = languages;
            this.recognized = recognized;
        }

        Clause read(int from, int to) {
            return new Clause(this, SpeakerGrammar.words(doc.body, from, Math.max(from, to)));
        }
    }

    private Clause(Reader r, List<Tokens.Token> tokens) {
        super(r, tokens);
    }

    /**
     * The verb that opens an attribution after a quote ("», ha spiegato il sindaco"): a known speech verb, or,
     * where the quote hands over with a comma, whatever lower-case verb the subject follows: in every language we
     * read but English, "«…», VERB SUBJECT" is a report of speech whatever the verb.
     */
    int verbAt(int k, boolean handsOver) {
        int n = cueAt(k);
        if (n > 0 || !handsOver || r.languages.size() == 1 && r.languages.contains("en")) {
            return n;
        }
        int v = k;
        if (v + 1 < t.size() && is("aux", v) && !capitalised(v)) {
            v++; // "a lancé", "ha raccontato", "hat erklärt"
        }
        if (capitalised(v) || is("det", v) || is("of", v) || is("adjunct", v) || isPronoun(v)
                || Character.isDigit(lower(v).charAt(0)) || r.lex.isStopword(lower(v), r.doc.language)) {
            return 0;
        }
        int after = v + 1;
        if (after + 1 < t.size() && is("reflexive", after)) {
            after++; // "empörte sich X", "se felicitó X"
        }
        // The subject, perhaps after a phrase of place or time ("», a lancé à l'audience la procureure").
        boolean subjectFollows = after >= t.size() || capitalised(after) || is("det", after) || isPronoun(after)
                || pronounOnVerb(v) || r.lex.isTitle(lower(after)) || is("adjunct", after) || is("of", after);
        return subjectFollows ? after - k : 0;
    }

    boolean isStatementNoun(int k) {
        return is("statement", k);
    }

    /** A verb form of reported speech (German Konjunktiv I: "sei", "werde", "könne"). */
    boolean isReported(int k) {
        return is("reported", k);
    }

    /** A verb with its subject pronoun built in: "ujarnya", "a-t-elle ajouté", "poursuit-elle". */
    boolean pronounBuiltIn(int k) {
        Lexicon.Cue cue = r.lex.cueAt(t, k, c -> true);
        return (cue != null && cue.pronounBuiltIn()) || pronounOnVerb(k);
    }

    private boolean pronounOnVerb(int k) {
        String w = lower(k);
        int dash = w.lastIndexOf('-');
        return dash > 0 && r.lex.isAttributionWord("pronoun-suffix", w.substring(dash + 1), r.languages);
    }

    /** The subject that follows the verb ending before token v: "sagte der Sprecher, Ocke Petersen". */
    SpeakerGrammar.Speaker subjectAfterVerb(int v) {
        if (v >= t.size()) {
            return null;
        }
        if (isPronoun(v) && (v + 1 >= t.size() || !capitalised(v + 1))) {
            return new SpeakerGrammar.Speaker(SpeakerGrammar.Kind.PRONOUN, start(v), end(v), null, null);
        }
        return subject(v, t.size());
    }

    /** The subject of a verb at token v, read from the tokens [from, v): "Halloran said", "La fiscal, Ana Ruiz, sostuvo". */
    SpeakerGrammar.Speaker subjectBeforeVerb(int from, int v) {
        if (v > from && isPronoun(v - 1) && (v - 1 == from || breaksAfter(v - 2))) {
            return new SpeakerGrammar.Speaker(SpeakerGrammar.Kind.PRONOUN, start(v - 1), end(v - 1), null, null);
        }
        // A name right before the verb is its subject ("… bahwa Putin mengatakan"), unless a preposition makes it
        // the object of a role ("Wissenschaftler an der Universität X sagte").
        if (v > from && capitalised(v - 1) && !breaksAfter(v - 1)) {
            for (int s = Math.max(from, v - 6); s < v; s++) {
                if (!capitalised(s) || (s > from && !breaksAfter(s - 1) && capitalised(s - 1))) {
                    continue;
                }
                Run run = runAt(s, v);
                if (run.to() != v) {
                    continue;
                }
                // "de gemeente Hoorn laat weten": an organisation's noun before the name belongs to it.
                if (s - 1 >= from && !capitalised(s - 1) && !breaksAfter(s - 1) && r.lex.isOrgWord(lower(s - 1))) {
                    return name(new Run(s - 1, run.to(), false, true), true);
                }
                int before = s - 1;
                while (before >= from && is("det", before) && !breaksAfter(before)) {
                    before--;
                }
                boolean object = before >= from && !breaksAfter(before) && (is("of", before) || is("adjunct", before));
                SpeakerGrammar.Speaker named = object ? null : name(run, before < s - 1);
                if (named != null) {
                    return named;
                }
                break; // "Seine Begründung": no name; the phrase may still refer back
            }
        }
        return subject(from, v);
    }

    /** "hieß es in einer Stellungnahme der Flughafen GmbH", "demikian keterangan tertulis Kementerian X". */
    SpeakerGrammar.Speaker statementSpeaker() {
        for (int k = 0; k < t.size(); k++) {
            if (!is("statement", k)) {
                continue;
            }
            int j = k + 1;
            while (j < t.size() && !capitalised(j) && j - k <= 3 && !breaksAfter(j - 1)) {
                j++; // "tertulis", "der", "of the"
            }
            if (j < t.size() && capitalised(j) && !breaksAfter(j - 1) && !r.lex.calendar.contains(lower(j))) {
                Run run = runAt(j, t.size());
                return name(run, false);
            }
        }
        return null;
    }

    private List<int[]> segments(int from, int to) {
        List<int[]> out = new ArrayList<>();
        int s = from;
        for (int i = from; i < to; i++) {
            if (i == to - 1 || breaksAfter(i)) {
                out.add(new int[] {s, i + 1});
                s = i + 1;
            }
        }
        return out;
    }

    private SpeakerGrammar.Speaker subject(int from, int to) {
        List<int[]> segs = segments(from, to);
        int first = 0;
        // "In a written statement, X said": an opening phrase of place or manner is not the subject.
        while (first < segs.size() - 1 && (is("of", segs.get(first)[0]) || is("adjunct", segs.get(first)[0]))) {
            first++;
        }
        if (first >= segs.size()) {
            return null;
        }
        int[] seg = segs.get(first);
        if (seg[1] - seg[0] > MAX_TOKENS) {
            return null;
        }
        Phrase p = analyse(seg[0], seg[1], seg[0] == 0 && sentenceInitial(seg[0]));
        if (p.pronoun) {
            return new SpeakerGrammar.Speaker(SpeakerGrammar.Kind.PRONOUN, start(seg[0]), end(seg[0]), null, null);
        }
        if (is("possessive", seg[0]) && seg[1] - seg[0] <= 3 && (p.head == null || name(p.head, false) == null)) {
            // "Seine Begründung: „…“": his reasons, the last speaker's, as a pronoun refers back
            return new SpeakerGrammar.Speaker(SpeakerGrammar.Kind.PRONOUN, start(seg[0]), end(seg[0]), null, null);
        }
        if (!p.role && !p.determined && !p.post && p.head != null) {
            // "Ketua Polis Daerah, Asisten Komisioner Ahmad Zafir": a post with no one's name in it hands over to the
            // titled name in apposition.
            if (p.head.titled() && !hasGivenName(p.head) && first + 1 < segs.size()) {
                int[] next = segs.get(first + 1);
                Phrase q = analyse(next[0], next[1], false);
                if (q.head != null && (q.head.titled() || hasGivenName(q.head)) && q.head.from() <= next[0] + 3) {
                    return name(q.head, false);
                }
            }
            return name(p.head, false);
        }
        if (p.role || p.determined || p.post) {
            // "the chair of X, Dr. Ann Lee", "die Baudezernentin der Stadt, Ana Nowak": the name in apposition holds the role.
            if (first + 1 < segs.size()) {
                int[] next = segs.get(first + 1);
                Phrase q = analyse(next[0], next[1], false);
                boolean nameLike = q.head != null && (q.head.to() - q.head.from() >= 2 || r.lex.isGivenName(lower(q.head.from())));
                if (!q.role && !q.determined && nameLike && q.head.from() <= next[0] + 3 && next[1] - next[0] <= MAX_TOKENS
                        && !r.lex.calendar.contains(lower(q.head.from()))) {
                    return name(q.head, false);
                }
            }
            int genitiveRole = p.head != null && p.determined ? genitiveRole(p.head) : -1;
            if (genitiveRole >= 0) {
                // "die frühere Gouverneurin Alaskas", "der Sprecher Merkels": a role of a place or a person, not a name
                return new SpeakerGrammar.Speaker(SpeakerGrammar.Kind.REFERENCE, start(genitiveRole), end(genitiveRole), EntityType.ORGANIZATION, null);
            }
            if (p.head != null) {
                return name(p.head, p.determined);
            }
            if (p.reference < 0 && p.determined && p.role && p.head == null && seg[1] - seg[0] <= 3 && capitalisedNounRole(seg)) {
                p.reference = seg[1] - 1; // "so der Datenschützer": a role the article gave someone before
            }
            if (p.reference < 0 && p.determined && p.role && p.head == null && p.object == null) {
                int role = roleNounAt(seg);
                if (role >= 0) {
                    p.reference = role; // "disse o governante aos jornalistas": the minister named before
                }
            }
            if (p.reference < 0 && p.role && p.head == null && p.object != null
                    && (hasOrgWord(p.object) || recognizedOrg(p.object) || p.object.to() - p.object.from() == 1 && allCaps(p.object.from()))) {
                return name(p.object, false); // "zegt een woordvoerder van NS": the body speaks through its spokesperson
            }
            if (p.reference >= 0) {
                return new SpeakerGrammar.Speaker(SpeakerGrammar.Kind.REFERENCE, start(p.reference), end(p.reference), EntityType.ORGANIZATION, null);
            }
            if (is("possessive", seg[0])) {
                // "Seine Begründung: „…“": his reasons, the last speaker's, as a pronoun refers back
                return new SpeakerGrammar.Speaker(SpeakerGrammar.Kind.PRONOUN, start(seg[0]), end(seg[0]), null, null);
            }
        }
        return null;
    }

    private static final int MAX_TOKENS = 16;

    /** A noun phrase: articles, then a role or a name; the names after "of" belong to the role. */
    private static final class Phrase {
        boolean determined;
        boolean role;
        boolean pronoun;
        /** The head is the holder named at the end of a post: a name in apposition after it is surer. */
        boolean post;
        Run head;
        /** The first name after "of" in a role ("a spokesman of NS"): whose role it is. */
        Run object;
        int reference = -1;
    }

    private Phrase analyse(int a, int b, boolean atSentenceStart) {
        Phrase p = new Phrase();
        int i = a;
        // A capitalised article inside a sentence belongs to a name ("zei De Vries", "Le Pen").
        while (i < b && is("det", i) && (!capitalised(i) || sentenceInitial(i))) {
            p.determined = true;
            i++;
        }
        if (i >= b) {
            return p;
        }
        if (i == a && isPronoun(i) && (i + 1 >= b || !capitalised(i + 1))) {
            p.pronoun = true;
            return p;
        }
        // "So wird er … zitiert": a function word that opens the sentence, then the subject pronoun.
        boolean openingWord = r.lex.isStopword(lower(i), r.doc.language) || r.lex.isFunctionWord(lower(i), r.doc.language)
                || lower(i).length() <= 3 && i + 1 < b && !capitalised(i + 1);
        if (i == a && atSentenceStart && capitalised(i) && openingWord && !r.lex.isGivenName(lower(i))) {
            for (int k = i + 1; k < b && !capitalised(k); k++) {
                if (isPronoun(k)) {
                    p.pronoun = true;
                    return p;
                }
            }
            p.role = true;
            i++;
            if (i >= b) {
                return p;
            }
        }
        // "prof. dr. Willem-Jan op den Akker", "dijkgraaf"-like titles in lower case before the name.
        int firstWord = i;
        while (i + 1 < b && !capitalised(i) && r.lex.isTitle(lower(i)) && (capitalised(i + 1) || r.lex.isTitle(lower(i + 1)))) {
            i++;
        }
        if (i > firstWord && capitalised(i)) {
            Run run = runAt(i, b);
            p.head = new Run(run.from(), run.to(), true, false);
            return p;
        }
        // "de gemeente Hoorn", "la préfecture de La Réunion": an organisation's noun and the name it governs.
        if (!capitalised(i) && r.lex.isOrgWord(lower(i))) {
            int j = i + 1;
            while (j < b && j - i <= 3 && !capitalised(j) && (is("of", j) || is("det", j))) {
                j++;
            }
            if (j < b && capitalised(j) && (j == i + 1 || is("of", i + 1))) {
                Run run = runAt(j, b);
                p.head = new Run(i, run.to(), false, true);
                return p;
            }
        }
        if (!capitalised(i) && !isConnectorBeforeName(i, b)) {
            p.role = true; // "a Bulgarian picker", "le directeur de la criée", "mardi le directeur"
            if (p.determined && r.lex.isOrgWord(lower(i))) {
                p.reference = i; // "the council", "la préfecture"
            }
        } else if (p.determined && (i + 1 >= b || is("adjunct", i + 1)) && r.lex.isOrgWord(lower(i)) && r.doc.language.equals("de")) {
            p.reference = i; // "der Verband": a German noun is capitalised, yet common
        }
        boolean afterOf = false;
        boolean inAdjunct = false;
        int lastNameEnd = -1;
        for (int k = i; k < b; ) {
            if (is("of", k) || is("adjunct", k) && (!capitalised(k) || k == a && sentenceInitial(k))) {
                afterOf = true;
                inAdjunct |= !is("of", k) && p.head != null; // "… in einer Stellungnahme": past the name
                k++;
                continue;
            }
            if (is("det", k) && !capitalised(k)) {
                k++;
                continue;
            }
            if (!capitalised(k)) {
                if (p.head != null && !p.role && !is("adjunct", k) && cueAt(k) == 0 && k == lastNameEnd) {
                    // "the Port of Newcastle's marine services manager": the name only qualified the role.
                    if (!(r.lex.isTitle(lower(k)))) {
                        p.role = p.determined || atSentenceStart;
                        if (p.role) {
                            p.head = null;
                        }
                    }
                }
                afterOf = false;
                k++;
                continue;
            }
            Run run = runAt(k, b);
            if (k - 1 >= i && !capitalised(k - 1) && r.lex.isOrgWord(lower(k - 1)) && !hasOrgWord(run)) {
                run = new Run(k - 1, run.to(), false, true); // "… liet de gemeente Assen weten"
            }
            if (!inAdjunct) {
                lastNameEnd = run.to();
            }
            if (run.to() - run.from() == 1 && r.lex.calendar.contains(lower(run.from()))) {
                afterOf = false;
                k = run.to();
                continue; // "said Monday"
            }
            if (afterOf && p.object == null && p.head == null) {
                p.object = run;
            }
            if (!afterOf && p.head == null && possessive(run)) {
                p.role = true; // "Ryan's spokeswoman", "the Port of Newcastle's manager": the name owns the role
                afterOf = false;
                k = Math.max(run.to(), k + 1);
                continue;
            }
            if (!afterOf && p.head != null && k == p.head.to() && (gap(k - 1).isBlank() || gap(k - 1).strip().equals(")")) && !hasOrgWord(run)) {
                p.head = run; // "VP Public Relations KAI Joni Martinus": a post, then its holder
            } else if (!afterOf && p.head == null && k != p.reference) {
                boolean postOfBody = k == i && r.lex.isTitle(lower(k)) && hasOrgWord(run);
                Run holder = postOfBody ? holderAtEnd(run) : null;
                if (holder != null) {
                    p.head = holder; // "Kepala Polresta Tangerang Komisaris Besar Zain Dwi Nugroho"
                    p.post = true;
                } else if (postOfBody) {
                    p.role = true; // "Kepala Dinas Pariwisata Kabupaten Sikka": a post, its holder follows
                } else if (atSentenceStart && k == a && run.to() - run.from() == 1 && !run.titled() && run.to() < b
                        && !capitalised(run.to()) && !isConnectorBeforeName(run.to(), b) && cueAt(run.to()) == 0
                        && !r.lex.isGivenName(lower(k)) && !r.lex.isSurname(lower(k)) && !hasOrgWord(run)) {
                    p.role = true; // "Patronne d'un chalutier": a common noun that opens the sentence
                } else {
                    p.head = run;
                }
            }
            afterOf = false;
            k = Math.max(run.to(), k + 1);
        }
        return p;
    }

    /** German "der Datenschützer", "die Sprecherin": an article and one noun of a role. */
    private boolean capitalisedNounRole(int[] seg) {
        return r.doc.language.equals("de") && capitalised(seg[1] - 1) && r.lex.isTitle(lower(seg[1] - 1));
    }

    /**
     * German "Gouverneurin Alaskas": a capitalised role noun, then one word in the genitive that is no given name.
     * The role's token, or -1.
     */
    private int genitiveRole(Run head) {
        int role = head.to() - head.from() == 2 ? head.from() : head.titled() && head.to() - head.from() == 1 ? head.from() - 1 : -1;
        if (!r.doc.language.equals("de") || role < 0 || !r.lex.isTitle(lower(role))) {
            return -1;
        }
        String owner = lower(role + 1);
        return owner.length() > 3 && owner.endsWith("s") && !r.lex.isGivenName(owner) ? role : -1;
    }

    /**
     * "Noch vor der Wahl war X optimistisch und sagte:": a verb after a coordination shares the first verb's subject,
     * the first name in the clause that no preposition or article governs.
     */
    SpeakerGrammar.Speaker subjectOfFirstConjunct(int verbAt) {
        if (verbAt < 2 || !in("coordination", lower(verbAt - 1))) {
            return null;
        }
        for (int k = 0; k < verbAt - 1; k++) {
            boolean governed = k > 0 && (is("of", k - 1) || is("adjunct", k - 1) || is("det", k - 1) || in("oblique-article", lower(k - 1)));
            if (capitalised(k) && !governed && (k == 0 || !capitalised(k - 1) || breaksAfter(k - 1))) {
                SpeakerGrammar.Speaker named = name(runAt(k, verbAt - 1), false);
                if (named != null && named.kind() == SpeakerGrammar.Kind.NAME) {
                    return named;
                }
            }
        }
        return null;
    }

    /**
     * A sentence's subject when it is a person: a subject pronoun among its first words ("Einen Tag später spielte er"),
     * or the name that opens it ("Lehmann reagierte unwirsch").
     */
    SpeakerGrammar.Speaker sentenceSubject() {
        for (int k = 0; k < Math.min(size(), 6); k++) {
            if (isPronoun(k) && (k == 0 || !is("of", k - 1) && !is("adjunct", k - 1))) {
                return new SpeakerGrammar.Speaker(SpeakerGrammar.Kind.PRONOUN, start(k), end(k), null, null);
            }
        }
        int verb = verbAfterOpeningName();
        SpeakerGrammar.Speaker named = verb > 0 ? subjectBeforeVerb(0, verb) : null;
        return named != null && named.kind() == SpeakerGrammar.Kind.NAME && named.type() != EntityType.ORGANIZATION ? named : null;
    }

    /**
     * Where the verb stands in a clause that opens with a name ("Karl Maier vom Hotel Sonne kommentierte die Erhöhung:"):
     * the first lower-case word that is not a preposition, an article or a particle; -1 if the clause opens otherwise.
     */
    int verbAfterOpeningName() {
        if (isEmpty() || !capitalised(0) || opensWithAdjunctOrObject() || isPronoun(0) || is("det", 0)
                || r.lex.isStopword(lower(0), r.doc.language)) {
            return -1;
        }
        for (int k = 1; k < size() && !breaksAfter(k - 1); k++) {
            if (!capitalised(k) && !is("of", k) && !is("det", k) && !is("link", k) && !in("particle", lower(k))) {
                return k;
            }
        }
        return -1;
    }

    /** The clause opens with a preposition, an adverb or an object's article ("In einer Stellungnahme", "Den Ablauf"). */
    boolean opensWithAdjunctOrObject() {
        if (isEmpty()) {
            return true;
        }
        String first = lower(0);
        return is("of", 0) || is("adjunct", 0) || in("oblique-article", first) || !capitalised(0)
                || r.lex.isStopword(first, r.doc.language) && !is("det", 0);
    }

    private boolean hasGivenName(Run run) {
        for (int k = run.from(); k < run.to(); k++) {
            if (r.lex.isGivenName(lower(k))) {
                return true;
            }
        }
        return false;
    }

    /** The role noun of a segment of an article and a noun (and perhaps an adjunct): "o governante aos jornalistas". */
    private int roleNounAt(int[] seg) {
        int k = seg[0];
        while (k < seg[1] && is("det", k)) {
            k++;
        }
        return k < seg[1] && !capitalised(k) && r.lex.isTitle(lower(k)) && (k + 1 == seg[1] || is("adjunct", k + 1) || is("of", k + 1)) ? k : -1;
    }

    private boolean recognizedOrg(Run run) {
        for (NameMention m : r.recognized) {
            if (m.type() == EntityType.ORGANIZATION && m.start() <= start(run.from()) && m.end() >= end(run.to() - 1)) {
                return true;
            }
        }
        return false;
    }

    /** A verb of calling or describing ("nannte", "bezeichnete", "called", "calificó"). */
    boolean isCallingVerb(int k) {
        return k >= 0 && k < t.size() && is("calling", k);
    }
}
