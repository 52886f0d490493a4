package org.newsstream.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsstream.avro.EntityType;

/**
 * The words of an attribution clause: its verbs, where their subjects stand, and how a sentence's parts attribute
 * (a coordination, an opening name, a statement). {@link NounPhrases} reads the phrases between its commas; the
 * {@link SpeakerGrammar} decides with these which phrase speaks.
 */
final class Clause extends NounPhrases {
    /** Reads clauses of one article. */
    static final class Reader {
        final Document doc;
        final Lexicon lex;
        final Set<String> languages;
        /** What the recognizer found, as evidence inside a phrase (the person at the end of a post). */
        final List<NameMention> recognized;

        /** The full names of people the recognizer found, by their last word: "is this word a known surname?" at once. */
        final Map<String, List<String>> fullNamesByLastWord = new HashMap<>();

        Reader(Document doc, Lexicon lex, Set<String> languages, List<NameMention> recognized) {
            this.doc = doc;
            this.lex = lex;
            this.languages = languages;
            this.recognized = recognized;
            for (NameMention m : recognized) {
                if (m.type() == EntityType.PERSON && m.tokenCount() >= 2) {
                    String key = m.key();
                    fullNamesByLastWord.computeIfAbsent(key.substring(key.lastIndexOf(' ') + 1), k -> new ArrayList<>()).add(key);
                }
            }
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
        if (v + 2 < t.size() && is("reflexive", v) && is("aux", v + 1)) {
            v++; // "s'est réjoui", "si è detto": a reflexive verb's pronoun before its auxiliary
        } else if (v + 1 < t.size() && is("reflexive", v) && !capitalised(v + 1) && !is("det", v + 1)) {
            v++; // "se quejó", "se lamentó": a reflexive verb's pronoun before it
        }
        if (v + 1 < t.size() && is("aux", v) && !capitalised(v)) {
            v++; // "a lancé", "ha raccontato", "hat erklärt"
        }
        if (capitalised(v) || is("det", v) || preposition(v) || isPronoun(v)
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

    /**
     * After the verb at k, a comma and no more than a short predicative in lower case ("contou, emocionada", "dijo,
     * visiblemente molesto", "a-t-elle confié, émue"): how the speaker said it, which names no one.
     */
    boolean onlyPredicativeFrom(int k) {
        if (k <= 0 || k >= size() || size() - k > 3 || !gap(k - 1).contains(",")) {
            return false;
        }
        for (int i = k; i < size(); i++) {
            if (capitalised(i) || is("det", i) || isPronoun(i) || preposition(i) || cueAt(i) > 0) {
                return false;
            }
        }
        return true;
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
        if (capitalised(v) && (r.doc.language.equals("de") || r.doc.language.equals("nl"))) {
            // "bezeichnete Santorum Romney als …": in a verb-second clause the name right after the verb is its subject,
            // the next its object
            Run first = runAt(v, t.size());
            if (first.from() == v && first.to() < t.size() && capitalised(first.to()) && joined(first.to() - 1)) {
                SpeakerGrammar.Speaker named = name(first, false);
                if (named != null && named.kind() == SpeakerGrammar.Kind.NAME) {
                    return named;
                }
            }
        }
        SpeakerGrammar.Speaker role = null;
        if (r.doc.language.equals("de") || r.doc.language.equals("nl")) {
            // "kündigte der Präsident X weitere „…“ an": the subject after a verb-second verb ends with its name; the
            // object follows it
            for (int k = v; k < t.size() && k < v + 4; k++) {
                if (capitalised(k)) {
                    Run run = runAt(k, t.size());
                    int next = run.to();
                    boolean objectFollows = next < t.size() && !capitalised(next) && !breaksAfter(next - 1)
                            && !is("of", next) && !is("det", next) && !is("adjunct", next) && !is("link", next);
                    if (objectFollows) {
                        SpeakerGrammar.Speaker named = subject(v, next);
                        if (named != null && named.kind() == SpeakerGrammar.Kind.NAME) {
                            return named;
                        }
                        // ("zeigte sich die Oberbürgermeisterin zuversichtlich": a role, then a predicative)
                        role = named != null && named.kind() == SpeakerGrammar.Kind.REFERENCE ? named : null;
                    }
                    break;
                }
            }
        }
        SpeakerGrammar.Speaker whole = subject(v, t.size());
        return whole != null ? whole : role;
    }

    /** The subject after the verb ending before token v, up to the comma that closes it: ", so der Verband, die Folge". */
    SpeakerGrammar.Speaker subjectBeforeComma(int v) {
        for (int k = v; k + 1 < t.size() && k < v + 6; k++) {
            if (gap(k).contains(",")) {
                return subject(v, k + 1);
            }
        }
        return null;
    }

    /** The recognizer found a name that is exactly the tokens [from, to). */
    private boolean recognizedAs(int from, int to) {
        int start = start(from);
        int end = end(to - 1);
        return r.recognized.stream().anyMatch(m -> m.start() == start && m.end() == end && m.type() == EntityType.ORGANIZATION);
    }

    /** The subject of a verb at token v, read from the tokens [from, v): "Halloran said", "La fiscal, Ana Ruiz, sostuvo". */
    SpeakerGrammar.Speaker subjectBeforeVerb(int from, int v) {
        if (v > from && isPronoun(v - 1) && (v - 1 == from || breaksAfter(v - 2))) {
            return new SpeakerGrammar.Speaker(SpeakerGrammar.Kind.PRONOUN, start(v - 1), end(v - 1), null, null);
        }
        // "the Israeli military said", "Chinese authorities said": a body the recognizer named, its last word in lower case
        for (int s = Math.max(from, v - 4); v > from && !capitalised(v - 1) && s < v - 1; s++) {
            if (capitalised(s) && (s == from || !breaksAfter(s - 1)) && recognizedAs(s, v)) {
                return new SpeakerGrammar.Speaker(SpeakerGrammar.Kind.NAME, start(s), end(v - 1), EntityType.ORGANIZATION, null);
            }
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
                // So does a state's adjective the recognizer took into a body's name ("die chinesische Botschaft erklärte").
                if (s - 1 >= from && !capitalised(s - 1) && !breaksAfter(s - 1) && (r.lex.isOrgWord(lower(s - 1)) || recognizedAs(s - 1, v))) {
                    return name(new Run(s - 1, run.to(), false, true), true);
                }
                int before = s - 1;
                while (before >= from && is("det", before) && !breaksAfter(before)) {
                    before--;
                }
                boolean object = before >= from && !breaksAfter(before) && preposition(before);
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

    /**
     * "Noch vor der Wahl war X optimistisch und sagte:": a verb after a coordination shares the first verb's subject,
     * the first name in the clause that no preposition or article governs.
     */
    /** A title, or a German compound ending in one ("Außenminister", "Landesvorsitzende"). */
    boolean roleNoun(int k) {
        String w = lower(k);
        if (r.lex.isTitle(w)) {
            return true;
        }
        for (int cut = 3; r.doc.language.equals("de") && cut <= w.length() - 5; cut++) {
            if (r.lex.isTitle(w.substring(cut))) {
                return true;
            }
        }
        return false;
    }

    SpeakerGrammar.Speaker subjectOfFirstConjunct(int verbAt) {
        if (verbAt < 2 || !in("coordination", lower(verbAt - 1))) {
            return null;
        }
        for (int k = 0; k < verbAt - 1; k++) {
            // an article before a role and a name ("hat sich auch der Außenminister X angeschlossen") is the subject's own
            boolean governed = k > 0 && !(is("det", k - 1) && roleNoun(k))
                    && (preposition(k - 1) || is("det", k - 1) || in("oblique-article", lower(k - 1)));
            // "Auch Außenminister X hat sich … angeschlossen und mahnte an": a sentence's opening adverb is no part of the name
            boolean opener = k == 1 && capitalised(0) && r.lex.isStopword(lower(0), r.doc.language);
            if (capitalised(k) && !governed && (k == 0 || !capitalised(k - 1) || breaksAfter(k - 1) || opener)) {
                SpeakerGrammar.Speaker named = name(runAt(k, verbAt - 1), false);
                if (named != null && named.kind() == SpeakerGrammar.Kind.NAME) {
                    return named;
                }
            }
        }
        return null;
    }

    /**
     * The person named last in the clause ("Unterstützung bekam X von Petra Lange:"): whom a role after the quote
     * ("…“, sagte die frühere Gouverneurin") describes.
     */
    SpeakerGrammar.Speaker lastPersonNamed() {
        for (int k = size() - 1; k >= 0; k--) {
            if (capitalised(k) && (k == 0 || !capitalised(k - 1) || breaksAfter(k - 1))) {
                SpeakerGrammar.Speaker named = name(runAt(k, size()), false);
                if (named != null && named.kind() == SpeakerGrammar.Kind.NAME && named.type() != EntityType.ORGANIZATION) {
                    return named;
                }
            }
        }
        return null;
    }

    /**
     * A person named in apposition between two commas after token k ("la bastonária da Ordem, Ana Rita Cavaco, …"), when
     * a role stands at k; null when none.
     */
    SpeakerGrammar.Speaker apposedHolder(int k) {
        if (k >= size() || capitalised(k) || !roleNoun(k)) {
            return null;
        }
        for (int j = k + 1; j < Math.min(size() - 1, k + 10); j++) {
            if (gap(j - 1).contains(",")) {
                Run run = capitalised(j) ? runAt(j, size()) : null;
                if (run != null && run.from() == j && run.to() < size() && gap(run.to() - 1).contains(",")) {
                    SpeakerGrammar.Speaker holder = name(run, false);
                    if (holder != null && holder.kind() == SpeakerGrammar.Kind.NAME && holder.type() != EntityType.ORGANIZATION) {
                        return holder;
                    }
                }
                return null;
            }
        }
        return null;
    }

    /**
     * Whose account the sentence gives, in an adverbial of source anywhere in it: "seitens der Bundeswehr", "von Seiten
     * des Ministeriums", "nach Angaben der Polizei", or a statement that a body put out ("nach einer vom Verband
     * veröffentlichten Erklärung"): the one named there, else null.
     */
    SpeakerGrammar.Speaker sourceAdverbial() {
        for (int k = 0; k < size(); k++) {
            int at = -1;
            if (is("source-marker", k)) {
                at = k + 1; // "seitens"
            } else if (k + 1 < size() && is("source-phrase", k) && is("source-phrase-noun", k + 1)) {
                at = k + 2; // "von Seiten", "nach Angaben"
            } else if (is("of", k) && k + 3 < size() && capitalised(k + 1)) {
                Run run = runAt(k + 1, size());
                int noun = run.to();
                while (noun < Math.min(size(), run.to() + 2) && !capitalised(noun) && lower(noun).endsWith("en")) {
                    noun++; // "vom Verband veröffentlichten Erklärung": the body, a participle, the statement
                }
                if (noun > run.to() && noun < size() && isStatementNoun(noun)) {
                    at = k + 1;
                }
            }
            if (at >= 0 && at < size() && is("det", at) && !capitalised(at)) {
                at++;
            }
            if (at >= 0 && at < size() && capitalised(at)) {
                for (NameMention m : r.recognized) {
                    if (m.start() == start(at) && m.type() != EntityType.LOCATION) {
                        // the name as the recognizer found it ("seitens der Bundeswehr vom Tod von …": not "… vom Tod")
                        return new SpeakerGrammar.Speaker(SpeakerGrammar.Kind.NAME, m.start(), m.end(), m.type(), null);
                    }
                }
                SpeakerGrammar.Speaker source = name(runAt(at, size()), false);
                if (source != null && (source.kind() == SpeakerGrammar.Kind.NAME || source.kind() == SpeakerGrammar.Kind.REFERENCE)) {
                    return source; // (a body's noun, "nach Angaben des Verbandes": the body named before)
                }
            }
        }
        return null;
    }

    /**
     * The subject pronoun of a verb of saying in this sentence, the last one: before the verb in its clause ("in der er
     * die junge Generation aufforderte") or right after it ("forderte er"); null when none.
     */
    SpeakerGrammar.Speaker pronounOfSpeech() {
        SpeakerGrammar.Speaker found = null;
        for (int k = 0; k < size(); k++) {
            if (cueAt(k) == 0) {
                continue;
            }
            if (k + 1 < size() && isPronoun(k + 1)) {
                found = new SpeakerGrammar.Speaker(SpeakerGrammar.Kind.PRONOUN, start(k + 1), end(k + 1), null, null);
                continue;
            }
            for (int j = k - 1; j >= 0 && !gap(j).contains(","); j--) {
                if (isPronoun(j)) {
                    found = new SpeakerGrammar.Speaker(SpeakerGrammar.Kind.PRONOUN, start(j), end(j), null, null);
                    break;
                }
            }
        }
        return found;
    }

    /**
     * A sentence's subject when it is a person: a subject pronoun among its first words ("Einen Tag später spielte er"),
     * or the name that opens it ("Lehmann reagierte unwirsch").
     */
    SpeakerGrammar.Speaker sentenceSubject() {
        // "Die Schiffe verpesteten die Luft, sagte Katrin Sauer vom Nabu.": reported speech with its speaker after a
        // comma; the quote that follows goes on with that speaker
        for (int k = 1; k < size() - 1; k++) {
            // (after a word of the reported clause, not "Trump, 70, told CNN's Dana Bash", whose name after "told" is the
            // one spoken to)
            boolean afterWord = Character.isLetter(lower(k - 1).charAt(0)) && !is("addressing", k);
            int verbEnd = k + cueAt(k);
            if (afterWord && gap(k - 1).contains(",") && cueAt(k) > 0 && verbEnd == size() - 1 && isPronoun(verbEnd)) {
                // "Man habe alle Gutachten vorgelegt, betonte er. „…“": the pronoun that ends the sentence speaks on
                return new SpeakerGrammar.Speaker(SpeakerGrammar.Kind.PRONOUN, start(verbEnd), end(verbEnd), null, null);
            }
            if (afterWord && gap(k - 1).contains(",") && cueAt(k) > 0 && capitalised(k + cueAt(k) - (k + cueAt(k) < size() ? 0 : 1))) {
                SpeakerGrammar.Speaker after = subjectAfterVerb(k + cueAt(k));
                if (after != null && after.kind() == SpeakerGrammar.Kind.NAME && after.type() != EntityType.ORGANIZATION) {
                    return after;
                }

            }
        }
        for (int k = 0; k < Math.min(size(), 6); k++) {
            if (isPronoun(k) && (k == 0 || !preposition(k - 1))) {
                return new SpeakerGrammar.Speaker(SpeakerGrammar.Kind.PRONOUN, start(k), end(k), null, null);
            }
        }
        // "Als X Santorum ansprach, reagierte er unwirsch.", "When X asked her, she snapped.": after an opening
        // adverbial clause, the main clause's subject comes after a comma (or after a comma and the verb, where the
        // verb comes second): a pronoun, a role ("…, la porte-parole a haussé le ton"), or a name ("…, beloofde Bosker")
        if (!isEmpty() && is("subordinator", 0)) {
            for (int k = 2; k < size(); k++) {
                boolean afterComma = gap(k - 1).contains(",");
                boolean afterCommaAndVerb = k >= 3 && gap(k - 2).contains(",") && !capitalised(k - 1) && !is("det", k - 1);
                if (isPronoun(k) && (afterComma || afterCommaAndVerb)) {
                    return new SpeakerGrammar.Speaker(SpeakerGrammar.Kind.PRONOUN, start(k), end(k), null, null);
                }
                SpeakerGrammar.Speaker main = afterComma ? mainClauseSubject(k) : null;
                if (main != null) {
                    return main;
                }
            }
            return null; // (the clause's first word is a conjunction, not a name)
        }
        int verb = verbAfterOpeningName();
        SpeakerGrammar.Speaker named = verb > 0 ? subjectBeforeVerb(0, verb) : null;
        return named != null && named.kind() == SpeakerGrammar.Kind.NAME && named.type() != EntityType.ORGANIZATION ? named : null;
    }

    /**
     * The subject of a main clause that starts at token k, after an opening adverbial clause: an article and a role
     * with the verb after it ("la porte-parole a haussé le ton", "l'assessore ha risposto"), a name with the verb after
     * it, or, where the verb comes second, the verb and a name ("beloofde Bosker een busverbinding"). A name with a
     * comma after it is the adverbial clause's apposition, not the subject.
     */
    private SpeakerGrammar.Speaker mainClauseSubject(int k) {
        if (k + 2 < size() && is("det", k) && !capitalised(k + 1) && roleNoun(k + 1) && !capitalised(k + 2) && !breaksAfter(k + 1)) {
            // "o presidente da câmara, André Martins, prometeu": the role's holder in apposition
            SpeakerGrammar.Speaker holder = apposedHolder(k + 1);
            if (holder != null) {
                return holder;
            }
            return new SpeakerGrammar.Speaker(SpeakerGrammar.Kind.REFERENCE, start(k + 1), end(k + 1), null, null);
        }
        boolean verbSecond = r.doc.language.equals("de") || r.doc.language.equals("nl");
        // (a lower-case word that is a preposition or a function word is no verb: "…, am Sonntag Santorum …")
        boolean verbFirst = verbSecond && !capitalised(k) && !is("det", k) && !preposition(k)
                && !r.lex.isStopword(lower(k), r.doc.language) && k + 1 < size() && capitalised(k + 1);
        int at = verbFirst ? k + 1 : capitalised(k) ? k : -1;
        if (at < 0 || r.lex.calendar.contains(lower(at))) {
            return null;
        }
        Run run = runAt(at, size());
        boolean verbAfter = run.to() < size() && !capitalised(run.to()) && !breaksAfter(run.to() - 1);
        if (run.from() != at || !(at == k + 1 || verbAfter)) {
            return null;
        }
        SpeakerGrammar.Speaker named = name(run, false);
        return named != null && named.kind() == SpeakerGrammar.Kind.NAME && named.type() != EntityType.ORGANIZATION ? named : null;
    }

    /** The organisation a clause opens with as its subject ("Der Verband … hatte … gefordert"), or null. */
    SpeakerGrammar.Speaker bodySubject() {
        int verb = verbAfterOpeningName();
        if (verb < 0 && size() > 1 && is("det", 0) && capitalised(1)) {
            verb = 2;
            while (verb < size() && !breaksAfter(verb - 1) && (capitalised(verb) || is("of", verb) || is("det", verb) || is("link", verb))) {
                verb++;
            }
        }
        SpeakerGrammar.Speaker named = verb > 0 ? subjectBeforeVerb(0, verb) : null;
        return named != null && named.kind() == SpeakerGrammar.Kind.NAME && named.type() == EntityType.ORGANIZATION ? named : null;
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
        // "Er nannte …": a subject pronoun is a stopword, but the subject
        return preposition(0) || in("oblique-article", first) || !capitalised(0)
                || r.lex.isStopword(first, r.doc.language) && !is("det", 0) && !isPronoun(0);
    }

    /** After a verb of quoting ("zitiert der Focus John West"): the first person named, who is quoted. */
    SpeakerGrammar.Speaker quotedPerson(int verb) {
        if (verb <= 0 || !is("quoting", verb - 1)) {
            return null;
        }
        for (int k = verb; k < size(); k++) {
            if (capitalised(k) && (k == verb || !capitalised(k - 1) || breaksAfter(k - 1))) {
                SpeakerGrammar.Speaker named = name(runAt(k, size()), false);
                if (named != null && named.kind() == SpeakerGrammar.Kind.NAME && named.type() == EntityType.PERSON) {
                    return named;
                }
            }
        }
        return null;
    }

    /** A verb of calling or describing ("nannte", "bezeichnete", "called", "calificó"). */
    boolean isCallingVerb(int k) {
        return k >= 0 && k < t.size() && is("calling", k);
    }
}
