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
final class Clause {
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

    /** A name inside a segment: tokens [from, to) after titles were dropped; {@code titled} when one was. */
    private record Run(int from, int to, boolean titled, boolean extended) {}

    private final Reader r;
    private final List<Tokens.Token> t;

    private Clause(Reader r, List<Tokens.Token> tokens) {
        this.r = r;
        this.t = tokens;
    }

    int size() {
        return t.size();
    }

    boolean isEmpty() {
        return t.isEmpty();
    }

    int start(int i) {
        return t.get(i).start();
    }

    int end(int i) {
        return t.get(i).end();
    }

    String text(int from, int to) {
        return r.doc.body.substring(start(from), end(to - 1));
    }

    private String lower(int i) {
        return t.get(i).lower();
    }

    /** A word of one of the closed classes of name-words.txt. */
    private boolean in(String wordClass, String lower) {
        return r.lex.words(wordClass).contains(lower);
    }

    private boolean connector(String lower) {
        return in("particle", lower) || in("org-coordination", lower);
    }

    private boolean companySuffix(String lower) {
        return in("company-suffix", lower.replace(".", ""));
    }

    private boolean isPronoun(int i) {
        return r.lex.isPronoun(lower(i), r.languages);
    }

    private boolean capitalised(int i) {
        return t.get(i).capitalised();
    }

    private boolean is(String wordClass, int i) {
        return r.lex.isAttributionWord(wordClass, lower(i), r.languages);
    }

    /** What stands between token i and the next, with no-break spaces as plain ones. */
    private String gap(int i) {
        return r.doc.body.substring(end(i), start(i + 1)).replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    /** A comma, bracket, colon or dash stands between token i and the next: a segment ends. */
    boolean breaksAfter(int i) {
        if (i + 1 >= t.size()) {
            return true;
        }
        String g = gap(i);
        for (char c : g.toCharArray()) {
            if (",;:[]–—!?\"“”„«»".indexOf(c) >= 0) {
                return true;
            }
        }
        return g.contains(". ") && !r.lex.isTitle(lower(i)) && t.get(i).text().length() > 1 && !(abbreviation(i) && capitalised(i + 1));
    }

    /** The speech verb (tokens) starting at k, from the lexicon or as an auxiliary and a participle; 0 if none. */
    int cueAt(int k) {
        Lexicon.Cue cue = r.lex.cueAt(t, k, c -> c.tokens().size() > 1 || c.form().length() >= 4 || r.languages.contains(c.language()));
        if (cue != null) {
            return cue.tokens().size();
        }
        if (k + 1 < t.size() && is("aux", k) && !capitalised(k + 1) && !capitalised(k) && !is("det", k + 1)
                && !isPronoun(k + 1) && r.lex.cueAt(t, k + 1, c -> true) != null) {
            return 2;
        }
        return 0;
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
        // The subject, perhaps after a phrase of place or time ("», a lancé à l'audience la procureure").
        boolean subjectFollows = after >= t.size() || capitalised(after) || is("det", after) || isPronoun(after)
                || pronounOnVerb(v) || r.lex.isTitle(lower(after)) || is("adjunct", after) || is("of", after);
        return subjectFollows ? v - k + 1 : 0;
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
                if (!object) {
                    return name(run, before < s - 1);
                }
                break;
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
        if (!p.role && !p.determined && !p.post && p.head != null) {
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
            if (p.head != null) {
                return name(p.head, p.determined);
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

    private boolean sentenceInitial(int i) {
        String before = r.doc.body.substring(Math.max(0, start(i) - 3), start(i)).strip();
        return before.isEmpty() || ".!?\"“”«»„:".indexOf(before.charAt(before.length() - 1)) >= 0;
    }

    /** A noun phrase: articles, then a role or a name; the names after "of" belong to the role. */
    private static final class Phrase {
        boolean determined;
        boolean role;
        boolean pronoun;
        /** The head is the holder named at the end of a post: a name in apposition after it is surer. */
        boolean post;
        Run head;
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
        if (i == a && atSentenceStart && capitalised(i) && r.lex.isStopword(lower(i), r.doc.language) && !r.lex.isGivenName(lower(i))) {
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

    /**
     * The person at the end of a post's run ("Kepala Polresta Tangerang Komisaris Besar Zain Dwi Nugroho", "Kepala
     * BKKBN Hasto Wardoyo"): a person the recognizer found there, or the words after the last title or acronym.
     */
    private Run holderAtEnd(Run run) {
        for (NameMention m : r.recognized) {
            if (m.type() == EntityType.PERSON && m.end() == end(run.to() - 1) && m.start() > start(run.from())) {
                for (int k = run.from() + 1; k < run.to(); k++) {
                    if (start(k) == m.start()) {
                        return new Run(k, run.to(), true, false);
                    }
                }
            }
        }
        int k = run.to();
        while (k > run.from() && !r.lex.isTitle(lower(k - 1)) && !r.lex.isOrgWord(lower(k - 1)) && !allCaps(k - 1)) {
            k--;
        }
        boolean boundary = k > run.from() && (r.lex.isTitle(lower(k - 1)) || allCaps(k - 1));
        return boundary && k < run.to() ? new Run(k, run.to(), true, false) : null;
    }

    /** A comma follows the segment: a name in apposition may come next. */
    private boolean hasApposition(int segmentEnd) {
        return segmentEnd < t.size() && gap(segmentEnd - 1).contains(",") && capitalised(segmentEnd);
    }

    /** The article names a person in full whose name ends with this word ("DFB-Präsident Zwanziger" is Theo Zwanziger). */
    private boolean fullNameEndsWith(String lowerWord) {
        String key = Tokens.key(lowerWord);
        for (NameMention m : r.recognized) {
            if (m.type() == EntityType.PERSON && m.tokenCount() >= 2 && m.key().endsWith(" " + key)) {
                return true;
            }
        }
        return false;
    }

    private boolean recognizedAt(int start, int end) {
        for (NameMention m : r.recognized) {
            if (m.start() == start && m.end() == end && m.type() != EntityType.OTHER) {
                return true;
            }
        }
        return false;
    }

    private boolean possessive(Run run) {
        int e = end(run.to() - 1);
        String after = r.doc.body.substring(e, Math.min(r.doc.body.length(), e + 2));
        return after.equals("'s") || after.equals("’s");
    }

    private boolean isConnectorBeforeName(int i, int b) {
        return connector(lower(i)) && i + 1 < b && capitalised(i + 1) && i > 0 && capitalised(i - 1);
    }

    private boolean hasOrgWord(Run run) {
        for (int k = run.from(); k < run.to(); k++) {
            if (r.lex.isOrgWord(lower(k))) {
                return true;
            }
        }
        return false;
    }

    /** The name that starts at token k: capitalised words, the particles between them, then titles dropped. */
    private Run runAt(int k, int b) {
        // A capitalised function or calendar word opens the sentence, not the name ("As Ryan", "Monday").
        while (k + 1 < b && capitalised(k + 1) && joined(k) && !r.lex.isGivenName(lower(k)) && !in("particle", lower(k))
                && (r.lex.isStopword(lower(k), r.doc.language) || r.lex.calendar.contains(lower(k)))) {
            k++;
        }
        int j = k + 1;
        while (j < b) {
            if (!joined(j - 1)) {
                break;
            }
            if (capitalised(j)) {
                // "IPMA Mafalda Bettencourt": an acronym then a given name are two names
                if (allCaps(j - 1) && !allCaps(j) && r.lex.isGivenName(lower(j))) {
                    break;
                }
                j++;
                continue;
            }
            String w = lower(j);
            boolean nextCapitalised = j + 1 < b && joined(j) && capitalised(j + 1);
            // "der", "den", "la", "le" only follow another particle ("von der Leyen", "de la Cruz"): alone they are
            // articles ("Leiter der Allergieambulanz").
            boolean second = in("second-particle", w);
            // In German and Dutch a particle follows the given name only ("Ursula von der Leyen", "Hennie ter Horst"):
            // after a full name "von der" is "from the".
            boolean afterGivenName = !(r.doc.language.equals("de") || r.doc.language.equals("nl")) || j - k == 1 || second;
            boolean particle = in("particle", w) && afterGivenName && (!second || in("particle", lower(j - 1)))
                    && !orgWordWithin(j + 1 + (j + 1 < b && !capitalised(j + 1) ? 1 : 0), Math.min(b, j + 6)) // "van het Havenbedrijf"

                    && (nextCapitalised || in("particle", lower(Math.min(j + 1, b - 1))) && j + 2 < b && capitalised(j + 2));
            boolean orgLink = is("link", j) && nextCapitalised && hasOrgWord(new Run(k, j, false, false));
            boolean coordination = in("org-coordination", w) && nextCapitalised
                    && (hasOrgWord(new Run(k, j, false, false)) || orgWordWithin(j + 1, Math.min(b, j + 5)));
            if (particle || orgLink || coordination) {
                j++;
            } else {
                break;
            }
        }
        Run run = new Run(k, j, false, false);
        if (hasOrgWord(run) || companySuffix(lower(j - 1))) {
            // "Comité régional des pêches maritimes de Bretagne", "Chambre fribourgeoise d'agriculture": an
            // organisation's name runs on in lower case up to an adjunct ("dans un communiqué") or the verb.
            int e = j;
            // An article starts a new phrase ("Kritisch bewertet die Partei die geplante …") unless a link word
            // brings it into the name ("Osservatorio per la legalità").
            while (e < b && !breaksAfter(e - 1) && !gap(e - 1).contains("(") && !is("adjunct", e)
                    && !(is("det", e) && !is("link", e - 1) && !is("of", e - 1)) && !is("aux", e) && cueAt(e) == 0
                    && !isPronoun(e) && !Character.isDigit(lower(e).charAt(0))) {
                e++;
            }
            while (e > j && !capitalised(e - 1) && !Character.isLetter(lower(e - 1).charAt(lower(e - 1).length() - 1))) {
                e--;
            }
            while (e > j && (is("det", e - 1) || is("of", e - 1) || connector(lower(e - 1)))) {
                e--;
            }
            return new Run(k, e, false, e > j);
        }
        int from = k;
        boolean titled = false;
        // Forms of address go ("Mr. Rove" is Rove); posts and ranks too, but one stays before a single name
        // ("Komisaris Purwadi"): a lone word is no full name.
        while (j - from > 1 && (is("honorific", from) || (j - from > 2 || fullNameEndsWith(lower(j - 1))) && (r.lex.isTitle(lower(from))
                || gap(from).startsWith(".") && t.get(from).text().length() >= 2 && t.get(from).text().length() <= 5))) {
            from++;
            titled = true;
        }
        // German capitalises nouns: "Hotelier Boy Lorenzen", "Verteidiger Cem Yıldırım" are a role noun, a given name
        // and a surname.
        // Any language's role noun is capitalised where it opens the sentence ("Meester Jo Vanstraelen, …").
        if ((r.doc.language.equals("de") || sentenceInitial(from)) && j - from >= 3 && !r.lex.givenNames.contains(lower(from)) && !r.lex.surnames.contains(lower(from))
                && r.lex.givenNames.contains(lower(from + 1))) {
            from++;
            titled = true;
        }
        // German strings role nouns before the name ("Englands Mannschaftskapitän Steven Gerrard"): the name starts
        // at its first given name, when a surname follows it.
        if (r.doc.language.equals("de")) {
            for (int g = from + 1; g < j - 1; g++) {
                if (r.lex.isGivenName(lower(g)) && !r.lex.isGivenName(lower(from))) {
                    from = g;
                    titled = true;
                    break;
                }
            }
        }
        while (from < j && !capitalised(from) && connector(lower(from))) {
            from++;
        }
        return new Run(from, j, titled, false);
    }

    /** Only a space, a hyphen, a slash, brackets or the full stop of a title or an initial between token i and the next. */
    private boolean joined(int i) {
        if (i + 1 >= t.size()) {
            return false;
        }
        String g = gap(i);
        String core = g.strip();
        // "Brigjen (Pol) Whisnu Hermawan": one bracketed word inside a name, not "Ben Sasse (R-Neb.)".
        boolean bracketed = core.equals("(") && i + 2 < t.size() && gap(i + 1).strip().equals(")") && capitalised(i + 1) && capitalised(i + 2)
                && (allCaps(i + 1) || t.get(i + 1).text().length() <= 4) && !t.get(i + 1).text().contains(".")
                || core.equals(")") && i >= 1 && gap(i - 1).strip().equals("(") && capitalised(i + 1)
                        && (allCaps(i) || t.get(i).text().length() <= 4);
        return core.isEmpty() && g.length() <= 2 || core.equals("/") || core.equals("-") || bracketed
                || (core.equals(".") || core.equals(".-")) && (r.lex.isTitle(lower(i)) || t.get(i).text().length() == 1
                        || abbreviation(i) && capitalised(i + 1));
    }

    /** "Univ.", "Ing.", "Dr.": a short capitalised word with its full stop, as titles are abbreviated. */
    private boolean abbreviation(int i) {
        return capitalised(i) && t.get(i).text().length() >= 2 && t.get(i).text().length() <= 5 && gap(i).startsWith(".");
    }

    private boolean orgWordWithin(int from, int to) {
        for (int k = from; k < to; k++) {
            if (!capitalised(k)) {
                return false;
            }
            if (r.lex.isOrgWord(lower(k))) {
                return true;
            }
        }
        return false;
    }

    private boolean allCaps(int i) {
        String w = t.get(i).text();
        return w.length() >= 2 && w.equals(w.toUpperCase(java.util.Locale.ROOT)) && w.chars().anyMatch(Character::isLetter);
    }

    /** The speaker a name stands for, typed by what the name itself shows; null type when it shows nothing. */
    private SpeakerGrammar.Speaker name(Run run, boolean determined) {
        if (run.from() >= run.to()) {
            return null;
        }
        // "Kassels Oberbürgermeister Bertram Hilgen": the person the recognizer found at the end of a longer run.
        if (r.doc.language.equals("de") && run.to() - run.from() >= 3 && !run.extended() && !hasOrgWord(run)) {
            for (NameMention m : r.recognized) {
                if (m.type() == EntityType.PERSON && m.end() == end(run.to() - 1) && m.start() > start(run.from()) && m.tokenCount() >= 2) {
                    for (int k = run.from() + 1; k < run.to(); k++) {
                        if (start(k) == m.start()) {
                            run = new Run(k, run.to(), true, false);
                        }
                    }
                }
            }
        }
        // German capitalises every noun: one capitalised word is a name only with evidence ("Vergleich", "Irrweg").
        if (r.doc.language.equals("de") && run.to() - run.from() == 1 && !allCaps(run.from()) && !r.lex.isOrgWord(lower(run.from()))
                && !recognizedAt(start(run.from()), end(run.from())) && !r.lex.isGivenName(lower(run.from()))
                && !r.lex.isSurname(lower(run.from())) && !fullNameEndsWith(lower(run.from()))) {
            return null;
        }
        // "Seine Begründung", "die Stadt": one common noun with an article names no one (German capitalises nouns).
        if (determined && run.to() - run.from() == 1 && !allCaps(run.from()) && !r.lex.isOrgWord(lower(run.from()))
                && !recognizedAt(start(run.from()), end(run.from()))) {
            return null;
        }
        String text = text(run.from(), run.to());
        EntityType type;
        if (run.extended() || hasOrgWord(run) || companySuffix(lower(run.to() - 1))
                || (run.to() - run.from() == 1 && allCaps(run.from())) || r.lex.organization(text) != null) {
            type = EntityType.ORGANIZATION;
        } else if (run.titled() || r.lex.isGivenName(lower(run.from()))) {
            type = EntityType.PERSON;
        } else if (determined) {
            type = EntityType.ORGANIZATION; // "die Deutsche Bahn": a name with an article is not a person's
        } else {
            type = null;
        }
        return new SpeakerGrammar.Speaker(SpeakerGrammar.Kind.NAME, start(run.from()), end(run.to() - 1), type, null);
    }
}
