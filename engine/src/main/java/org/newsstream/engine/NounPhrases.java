package org.newsstream.engine;

import java.util.ArrayList;
import java.util.List;
import org.newsstream.avro.EntityType;

/**
 * The noun phrases of a clause, segment by segment between its commas: articles, a role, the name that heads the
 * phrase, the names that belong to the role, a name in apposition. {@link #subject} says which phrase of a stretch
 * of the clause is its subject: a name, a role that refers back, or a pronoun.
 */
abstract class NounPhrases extends NameRuns {
    NounPhrases(Clause.Reader r, List<Tokens.Token> tokens) {
        super(r, tokens);
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

    SpeakerGrammar.Speaker subject(int from, int to) {
        List<int[]> segs = segments(from, to);
        if (!segs.isEmpty()) {
            SpeakerGrammar.Speaker afterOutlet = nameAfterOutlet(segs.get(0));
            if (afterOutlet != null) {
                return afterOutlet; // "«…», contó a Efe Iker Etxeberria": told the agency, then who told it
            }
        }
        int first = 0;
        // "«…», ha detto all'Ansa un portavoce di Atm": the phrase the verb says it to, then the subject in the same
        // segment
        int[] opening = segs.get(0);
        if (is("adjunct", opening[0]) && !capitalised(opening[0]) && !articleThenNamedRole(opening)) {
            int rest = afterGovernedName(opening);
            // ("disse à Lusa fonte da PSP": Portuguese names a source with no article)
            if (rest > opening[0] && rest < opening[1] && (is("det", rest) || is("indefinite", rest) || r.lex.words("spokesperson-noun").contains(lower(rest)))
                    && !capitalised(rest)) {
                segs.set(0, new int[] {rest, opening[1]});
            }
        }
        // "In a written statement, X said": an opening phrase of place or manner is not the subject.
        while (first < segs.size() - 1 && (is("of", segs.get(first)[0]) || is("adjunct", segs.get(first)[0]))
                && !articleThenNamedRole(segs.get(first))) {
            first++;
        }
        if (first >= segs.size()) {
            return null;
        }
        int[] seg = segs.get(first);
        if (ageNoun(seg)) {
            // "sagte die 28-Jährige", "said the 63-year-old", "zei de 41-jarige": the person just named, by age
            return new SpeakerGrammar.Speaker(SpeakerGrammar.Kind.PRONOUN, start(seg[0]), end(seg[1] - 1), null, null);
        }
        if (segs.size() == 1 && is("adjunct", seg[0]) && governedToEnd(seg)) {
            return null; // "ha scritto su Twitter": a phrase of place or means, and no subject after it
        }
        if (seg[1] - seg[0] > MAX_TOKENS) {
            return null;
        }
        Phrase p = analyse(seg[0], seg[1], seg[0] == 0 && sentenceInitial(seg[0]));
        if (p.pronoun) {
            return new SpeakerGrammar.Speaker(SpeakerGrammar.Kind.PRONOUN, start(seg[0]), end(seg[0]), null, null);
        }
        // (but "a indiqué sa directrice générale, Nathalie Ebersold": a role with its holder named in apposition)
        if (is("possessive", seg[0]) && seg[1] - seg[0] <= 3 && (p.head == null || name(p.head, false) == null)
                && !(p.role && first + 1 < segs.size())) {
            // "Seine Begründung: „…“": his reasons, the last speaker's, as a pronoun refers back
            return new SpeakerGrammar.Speaker(SpeakerGrammar.Kind.PRONOUN, start(seg[0]), end(seg[0]), null, null);
        }
        if (!p.role && !p.determined && !p.post && p.head != null) {
            // "Ketua Polis Daerah, Asisten Komisioner Ahmad Zafir": a post with no one's name in it hands over to the
            // titled name in apposition.
            // ("kata Direktur Utama Garuda Indonesia, Irfan Setiaputra": a body the article names, whatever given name it holds)
            if (p.head.titled() && (!hasGivenName(p.head) || orgNamedAs(p.head)) && first + 1 < segs.size()) {
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
                // "la coordinatrice della ricerca, la professoressa Anna Neri": an article, a title and the name
                boolean titledHolder = q.determined && q.head != null && q.head.titled();
                if (!q.role && (!q.determined || titledHolder) && nameLike && q.head.from() <= next[0] + 3 && next[1] - next[0] <= MAX_TOKENS
                        && !r.lex.calendar.contains(lower(q.head.from()))) {
                    SpeakerGrammar.Speaker holder = name(q.head, false);
                    // "the spokesman for the Supply Company, Imdad Ali Junejo": whoever holds a person's role is a person
                    return holder != null && holder.type() == null && p.role
                            ? new SpeakerGrammar.Speaker(holder.kind(), holder.start(), holder.end(), EntityType.PERSON, holder.cue()) : holder;
                }
            }
            int genitiveRole = p.head != null && p.determined ? genitiveRole(p.head) : -1;
            if (genitiveRole >= 0) {
                // "die frühere Gouverneurin Alaskas", "der Sprecher Merkels": a role of a place or a person, not a name
                return new SpeakerGrammar.Speaker(SpeakerGrammar.Kind.REFERENCE, start(genitiveRole), end(genitiveRole), EntityType.ORGANIZATION, null);
            }
            if (p.role && p.head != null && p.object != null && p.object.to() <= p.head.from() && bodyObject(p.object)
                    && java.util.stream.IntStream.range(p.object.to(), p.head.from()).anyMatch(k -> is("adjunct", k))) {
                // "disse fonte da APDL à agência Lusa": the role's body speaks; the name after "à" is whom it told
                return name(p.object, false);
            }
            if (p.head != null) {
                SpeakerGrammar.Speaker named = name(p.head, p.determined);
                boolean loneTitle = p.determined && p.head.to() - p.head.from() == 1 && personNoun(p.head.from());
                if (named != null || !loneTitle) {
                    return named;
                }
                p.reference = p.head.from(); // "sagte die frühere Landrätin": a title with no name refers back
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
            if (p.reference < 0 && p.role && p.head == null && p.object != null && bodyObject(p.object)) {
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

    /** The object of a role names a body: a body's word, a body the recognizer found, or one word in capitals ("van NS"). */
    private boolean bodyObject(Run object) {
        return hasOrgWord(object) || recognizedOrg(object) || object.to() - object.from() == 1 && allCaps(object.from());
    }

    /**
     * "wethouder Mobiliteit Jeroen Bakker", "minister Infrastructuur Karin Vos": after a title in lower case, the
     * capitalised words before a given name (no given name, surname, particle or initial themselves) are the title's
     * portfolio. Where the holder's name starts; the run's start when there is no such portfolio.
     */
    private int portfolioEnd(Run run) {
        for (int k = run.from() + 1; k < run.to() - 1; k++) {
            String before = lower(k - 1);
            if (r.lex.isGivenName(before) || r.lex.isSurname(before) || r.lex.words("particle").contains(before)
                    || before.length() <= 2) { // "S. Daniel Abraham": an initial is the name's own
                return run.from();
            }
            if (r.lex.isGivenName(lower(k)) && capitalised(k + 1)) {
                return k;
            }
        }
        return run.from();
    }

    /**
     * "dijo a Efe Ana Ruiz", "explicó a Europa Press Luis Gil": after a speech verb, a preposition, a known agency or
     * outlet and then a name. The name is the speaker, the outlet the one spoken to; null when the segment is not so.
     */
    private SpeakerGrammar.Speaker nameAfterOutlet(int[] seg) {
        int k = seg[0];
        if (!is("adjunct", k) || capitalised(k)) {
            return null;
        }
        int j = k + 1;
        if (j < seg[1] && is("det", j) && !capitalised(j)) {
            j++; // "a la agencia …"
        }
        // "all'agenzia Dire Luca Rossi", "à la radio RTL Marie Dupont": a medium's noun names what follows it as one
        boolean medium = j + 1 < seg[1] && !capitalised(j) && capitalised(j + 1) && !is("of", j) && !is("adjunct", j);
        if (medium) {
            j++;
        }
        if (j >= seg[1] || !capitalised(j)) {
            return null;
        }
        Run run = runAt(j, seg[1]);
        boolean noOnesName = true;
        for (int x = run.from(); x < run.to(); x++) {
            noOnesName &= !r.lex.isGivenName(lower(x));
        }
        // (a known outlet, or one an agency's or a paper's noun names: "a comerciante Marta Guimarães" is a person)
        boolean outletOnly = r.lex.organization(text(run.from(), run.to())) != null || noOnesName && medium && r.lex.isOrgWord(lower(j - 1));
        if (run.to() == seg[1] && outletOnly && r.lex.words("pro-drop-language").contains(r.doc.language)) {
            // "«…», declaró a la agencia Efe.": only whom it was said to; the subject is left out, as a pronoun would be
            return new SpeakerGrammar.Speaker(SpeakerGrammar.Kind.PRONOUN, start(k), end(seg[1] - 1), null, null);
        }
        boolean wholeOutlet = medium || r.lex.organization(text(run.from(), run.to())) != null;
        if (wholeOutlet && run.to() < seg[1] && capitalised(run.to()) && r.lex.isGivenName(lower(run.to()))) {
            // "a expliqué à l'AFP Julien Morel": the outlet's letters end its name, the given name starts the speaker's
            Run speaker = runAt(run.to(), seg[1]);
            if (speaker.from() == run.to() && speaker.to() - speaker.from() >= 2) {
                return name(speaker, false);
            }
        }
        for (int split = run.to() - 2; split > run.from(); split--) {
            // ("disse ao JN Manuel Pinto": a paper's initials alone are the outlet too)
            boolean outlet = medium || r.lex.organization(text(run.from(), split)) != null || split == run.from() + 1 && allCaps(run.from());
            if (outlet && r.lex.isGivenName(lower(split)) && split + 1 < run.to()) {
                return name(new Run(split, run.to(), false, false), false);
            }
        }
        return null;
    }

    private static final java.util.regex.Pattern AGE = java.util.regex.Pattern.compile(
            "\\d{1,3}-(jährige[rn]?|year-old|jarige)", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** An article and a noun of age alone ("die 28-Jährige", "the 63-year-old"): someone the article just named. */
    private boolean ageNoun(int[] seg) {
        int k = seg[0];
        if (k < seg[1] && is("det", k)) {
            k++;
        }
        StringBuilder rest = new StringBuilder();
        for (int j = k; j < seg[1] && j < k + 3; j++) {
            rest.append(j > k ? gap(j - 1) : "").append(text(j, j + 1));
        }
        return k > seg[0] && AGE.matcher(rest.toString().strip()).matches();
    }

    /**
     * Portuguese "a" is an article and a preposition: before a common noun and a name ("disse a comerciante Marta
     * Lima") it is the article of the subject; before another article or a pronoun ("disse a um repórter") it is "to".
     */
    private boolean articleThenNamedRole(int[] seg) {
        int k = seg[0] + 1;
        if (!is("det", seg[0]) || k >= seg[1] || capitalised(k) || is("det", k) || isPronoun(k)) {
            return false;
        }
        for (int j = k + 1; j < seg[1]; j++) {
            if (capitalised(j)) {
                return true;
            }
        }
        return false;
    }

    /** After a preposition, its article and one capitalised name ("all'Ansa", "a la Cadena SER"): the next token, or -1. */
    private int afterGovernedName(int[] seg) {
        int k = seg[0] + 1;
        if (k < seg[1] && is("det", k) && !capitalised(k)) {
            k++;
        }
        if (k + 1 < seg[1] && !capitalised(k) && capitalised(k + 1) && in("generic-body-noun", Tokens.key(t.get(k).text()))) {
            k++; // "à agência Lusa o dirigente …", "a la agencia Efe el portavoz …": the outlet's noun, then its name
        }
        return k < seg[1] && capitalised(k) ? runAt(k, seg[1]).to() : -1;
    }

    /** The preposition at the segment's start governs all the rest of it: an article, then one name or one word. */
    private boolean governedToEnd(int[] seg) {
        int k = seg[0] + 1;
        if (k < seg[1] && is("det", k)) {
            k++;
        }
        if (k < seg[1] && capitalised(k)) {
            k = runAt(k, seg[1]).to();
        } else {
            k++;
        }
        return k >= seg[1];
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
            p.head = new Run(portfolioEnd(run), run.to(), true, false);
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
            if (p.determined && (r.lex.isOrgWord(lower(i)) || is("statement", i))) {
                p.reference = i; // "the council", "la préfecture"; "the statement said": whoever issued it
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
        return r.doc.language.equals("de") && capitalised(seg[1] - 1) && personNoun(seg[1] - 1);
    }

    /**
     * A title, or in German any noun for a person by what they do ("der Architekt", "die Betonbauerin"): with an
     * article and no name, it refers back to someone named before.
     */
    private boolean personNoun(int k) {
        return r.lex.isTitle(lower(k)) || r.doc.language.equals("de") && r.lex.isGermanPersonNoun(lower(k));
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
        return r.lex.germanGenitiveOwner(lower(role + 1)) != null ? role : -1;
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
        // "il primo cittadino", "la nuova sindaca", "the new mayor": an adjective before the role noun
        if (k + 1 < seg[1] && k > seg[0] && !capitalised(k) && !r.lex.isTitle(lower(k)) && !is("of", k) && !is("adjunct", k)
                && !capitalised(k + 1) && r.lex.isTitle(lower(k + 1))) {
            k++;
        }
        if (k >= seg[1] || capitalised(k) || !r.lex.isTitle(lower(k))) {
            return -1;
        }
        // "l'édile écologiste devant le conseil": an adjective or two may follow the role noun
        int next = k + 1;
        while (next < seg[1] && next <= k + 2 && !capitalised(next) && !is("det", next) && !is("of", next) && !is("adjunct", next)
                && !isPronoun(next) && cueAt(next) == 0) {
            next++;
        }
        return next == seg[1] || is("adjunct", next) || is("of", next) ? k : -1;
    }

    /** The article names a body by these words, here or elsewhere. */
    private boolean orgNamedAs(Run run) {
        String key = Tokens.key(text(run.from(), run.to()));
        return r.recognized.stream().anyMatch(m -> m.type() == EntityType.ORGANIZATION && m.key().equals(key));
    }

    private boolean recognizedOrg(Run run) {
        for (NameMention m : r.recognized) {
            if (m.type() == EntityType.ORGANIZATION && m.start() <= start(run.from()) && m.end() >= end(run.to() - 1)) {
                return true;
            }
        }
        return false;
    }
}
