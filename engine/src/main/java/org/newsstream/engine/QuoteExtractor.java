package org.newsstream.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsstream.avro.EntityType;

/**
 * Stage 4: direct quotations and who said them. The quoted spans come from {@link QuoteSpans}; each speaker from the
 * attribution grammar ({@link SpeakerGrammar}) where it can read the sentence, else from the older pattern rules
 * ({@link PatternAttribution}). Names resolve to their entity, so the speaker is the fullest name the article
 * gives; pronouns and roles refer back; a quote over several paragraphs takes the speaker named at its end. A few
 * words in quotes with no attribution are scare quotes, and title-cased ones the names of works, not speech.
 */
public final class QuoteExtractor {
    /** A quotation with its speaker (null when unattributed) and the speech verb that attributed it. */
    public record FoundQuote(String text, int start, int end, Coreference.Cluster speaker, String cue) {}

    private static final int MAX_SCARE_WORDS = 3;

    private final Lexicon lex;
    private final QuoteSpans bounds;
    private final SpeakerGrammar grammar;
    private final PatternAttribution patterns;

    public QuoteExtractor(Lexicon lexicon) {
        this.lex = lexicon;
        this.bounds = new QuoteSpans(lexicon);
        this.grammar = new SpeakerGrammar(lexicon, bounds);
        this.patterns = new PatternAttribution(lexicon, bounds);
    }

    /** The quoted spans of an article (found once; the grammar and {@link #extract} read them). */
    public List<QuoteSpans.Span> spans(Document doc) {
        return bounds.find(doc);
    }

    /** What the attribution grammar says of each span's speaker, before names are clustered. */
    public Map<QuoteSpans.Span, SpeakerGrammar.Speaker> speakers(Document doc, List<QuoteSpans.Span> spans, List<NameMention> recognized) {
        return grammar.speakers(doc, spans, recognized);
    }

    public List<FoundQuote> extract(Document doc, List<QuoteSpans.Span> spans, Map<QuoteSpans.Span, SpeakerGrammar.Speaker> said,
            List<Coreference.Cluster> clusters) {
        Map<Integer, Coreference.Cluster> clusterAt = new HashMap<>();
        Map<Integer, NameMention> mentionAt = new HashMap<>();
        Map<Integer, NameMention> mentionEndingAt = new HashMap<>();
        for (Coreference.Cluster c : clusters) {
            for (NameMention m : c.mentions()) {
                // two names from one offset ("Israeli" the place of "the Israeli military"): the longer is the one named
                NameMention there = mentionAt.get(m.start());
                if (there == null || there.end() < m.end()) {
                    clusterAt.put(m.start(), c);
                    mentionAt.put(m.start(), m);
                }
                mentionEndingAt.put(m.end(), m);
            }
        }
        QuoteContext ctx = new QuoteContext(lex, bounds, doc, clusters, clusterAt, mentionAt, mentionEndingAt, SpeakerGrammar.attributionLanguages(doc.language));
        ctx.spans = spans;
        List<FoundQuote> out = new ArrayList<>();
        Attribution previous = null;
        QuoteSpans.Span previousSpan = null;
        for (int i = 0; i < spans.size(); i++) {
            QuoteSpans.Span s = spans.get(i);
            String text = doc.text(s.start(), s.end());
            // The grammar's reading of the sentence first; the older pattern rules where it has none.
            Attribution a = fromGrammar(ctx, said.get(s), previous, previousSpan);
            // German capitalises nouns, so a sentence may look title-cased: there a comma handing over to the
            // attribution ("„Das ist ein Skandal“, empörte sich X") shows speech.
            boolean handsOver = s.close() + 1 < doc.body.length() && doc.body.charAt(s.close() + 1) == ',';
            // and a verb of calling before the quote ("nannte den Bericht eine „Verhöhnung Polens“") does too.
            boolean called = a != null && a.cue() != null && lex.isAttributionWord("calling",
                    Tokens.key(a.cue()).substring(Tokens.key(a.cue()).lastIndexOf(' ') + 1), SpeakerGrammar.attributionLanguages(doc.language));
            if (a != null && titleCased(doc, text) && !(doc.language.equals("de") && (handsOver || called))) {
                continue; // "appeared on “Meet the Press”": the name of a programme or a work, not speech
            }
            if (titleOfAWork(doc, s) || listedAfterAnother(doc, s, i == 0 ? null : spans.get(i - 1)) || nameOrEpithet(doc, s)) {
                continue; // "mit dem Song „I don't want to set the world on fire“", "unter dem Motto „…“"
            }
            if (a == null) {
                a = patterns.attribute(ctx, s, previous, previousSpan);
            }
            int words = Tokens.words(text).size();
            // A scare quote or the title of a work ("Meet the Press"), unless a speech verb stands right by it:
            // carrying the previous speaker on does not make a title speech. A short quote that is a sentence of
            // its own («Es inaceptable».) is speech all the same.
            // (nor does a body the article never named: "la calificó de «desproporcionada»")
            boolean noOne = a == null || a == previous || a.speaker() == null && !a.pronoun();
            if (noOne && (words <= MAX_SCARE_WORDS && !standsAlone(ctx.doc, s) || looksLikeTitle(text))) {
                continue;
            }
            Coreference.Cluster speaker = a == null ? null : a.pronoun() ? ctx.recentPerson(a.cueStart()) : a.speaker();
            out.add(new FoundQuote(text, s.start(), s.end(), speaker, a == null ? null : a.cue()));
            previous = a == null ? null : new Attribution(speaker, false, a.cue(), a.cueStart());
            previousSpan = s;
        }
        // A quote that runs over paragraphs leaves its first paragraphs open ("“We waited. ¶ “Now it is here,” she
        // said."): they are the same speaker's, named at the end.
        for (int i = out.size() - 2; i >= 0; i--) {
            FoundQuote q = out.get(i);
            FoundQuote next = out.get(i + 1);
            QuoteSpans.Span span = spanOf(spans, q);
            if (q.speaker() == null && next.speaker() != null && span != null && span.close() >= span.paragraph().end()
                    && ctx.doc.text(span.paragraph().end(), next.start()).strip().length() <= 1) {
                out.set(i, new FoundQuote(q.text(), q.start(), q.end(), next.speaker(), next.cue()));
            }
        }
        return out;
    }

    private static QuoteSpans.Span spanOf(List<QuoteSpans.Span> spans, FoundQuote q) {
        for (QuoteSpans.Span s : spans) {
            if (s.start() == q.start()) {
                return s;
            }
        }
        return null;
    }

    /**
     * The word before the opening mark (or before "wie", "like", "como" listing examples) is a noun for a work, a motto
     * or a slogan, or a German compound ending in one ("Gedichtsammlung"): the quote is its title.
     */
    private boolean titleOfAWork(Document doc, QuoteSpans.Span s) {
        List<Tokens.Token> before = Tokens.tokenize(doc.body, Math.max(s.paragraph().start(), s.open() - 40), s.open());
        if (before.isEmpty() || !doc.body.substring(before.get(before.size() - 1).end(), s.open()).isBlank()) {
            return false;
        }
        int k = before.size() - 1;
        if (k > 0 && lex.words("example-marker").contains(before.get(k).lower())) {
            k--;
        }
        String word = before.get(k).lower();
        Set<String> works = lex.words("work-noun");
        if (works.contains(word)) {
            return true;
        }
        for (String w : works) {
            if (doc.language.equals("de") && w.length() >= 4 && word.length() > w.length() + 3 && word.endsWith(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A name or an epithet, not speech: a quote that fills its brackets ("die Oppositionspartei („Demokraten“)"), or one
     * in apposition after a comma and an article that closes with the apposition ("Brasilia, die „Hauptstadt aus dem
     * Nichts“, entstand …"; a relative clause would go on after the quote: "…, der „keine Chance“ sah").
     */
    private boolean nameOrEpithet(Document doc, QuoteSpans.Span s) {
        String before = doc.text(Math.max(s.paragraph().start(), s.open() - 30), s.open()).stripTrailing();
        String after = doc.text(Math.min(s.close() + 1, s.paragraph().end()), Math.min(s.close() + 3, s.paragraph().end())).stripLeading();
        if (before.endsWith("(") && after.startsWith(")")) {
            return true;
        }
        List<Tokens.Token> t = Tokens.tokenize(before, 0, before.length());
        List<Tokens.Token> quoted = Tokens.tokenize(doc.body, s.start(), s.end());
        if (!t.isEmpty() && Character.isLetter(before.charAt(before.length() - 1)) && quoted.size() < 4
                && quoted.stream().allMatch(Tokens.Token::capitalised)
                && lex.isAttributionWord("definite-article", t.get(t.size() - 1).lower(), Set.of(doc.language))) {
            return true; // "Der „Ermittlungsausschuss Frankfurt“, ein Gremium …": an article before capitalised words names something
        }
        if (doc.language.equals("de") && quoted.size() >= 2 && quoted.size() < 4 && !t.isEmpty() && Character.isLetter(before.charAt(before.length() - 1))
                && quoted.get(0).capitalised() && lex.isAttributionWord("det", quoted.get(0).lower(), Set.of("de"))) {
            return true; // "dessen Netzwerk „Die wahre Religion“": a short German phrase opening with a capitalised article mid-sentence names something
        }
        if (after.isEmpty() || ",.;)".indexOf(after.charAt(0)) < 0) {
            return false;
        }
        return t.size() >= 2 && lex.isAttributionWord("det", t.get(t.size() - 1).lower(), Set.of(doc.language))
                && before.substring(t.get(t.size() - 2).end(), t.get(t.size() - 1).start()).strip().equals(",")
                && !lex.isAttributionWord("possessive", t.get(t.size() - 1).lower(), Set.of(doc.language));
    }

    /** "„Von Kopf bis Fuß“ und „Singin' in the Rain“": a quote listed after another with only "," or "and" between is a title. */
    private boolean listedAfterAnother(Document doc, QuoteSpans.Span s, QuoteSpans.Span before) {
        if (before == null || before.paragraph() != s.paragraph()) {
            return false;
        }
        String between = doc.text(Math.min(before.close() + 1, s.open()), s.open()).strip();
        return between.equals(",") || lex.words("org-joiner").contains(between.toLowerCase(java.util.Locale.ROOT));
    }

    /** The quote is a sentence of its own: nothing of its sentence stands before or after it. */
    private static boolean standsAlone(Document doc, QuoteSpans.Span s) {
        String before = doc.text(s.paragraph().start(), s.open()).strip();
        String after = s.close() + 1 <= s.paragraph().end() ? doc.text(Math.min(s.close() + 1, s.paragraph().end()), s.paragraph().end()).strip() : "";
        boolean opens = before.isEmpty() || ".!?:»«\"”“„".indexOf(before.charAt(before.length() - 1)) >= 0;
        boolean closes = after.isEmpty() || ".!?".indexOf(after.charAt(0)) >= 0 || ".!?".indexOf(doc.text(s.start(), s.end()).charAt(s.end() - s.start() - 1)) >= 0;
        return opens && closes;
    }

    /** The entity the grammar's speaker stands for: its name's cluster, the person a pronoun refers back to, or the organisation a noun does. */
    private Attribution fromGrammar(QuoteContext ctx, SpeakerGrammar.Speaker g, Attribution previous, QuoteSpans.Span previousSpan) {
        if (g == null) {
            return null;
        }
        String cue = g.cue();
        switch (g.kind()) {
            case NAME -> {
                Coreference.Cluster c = ctx.clusterAt.get(g.start());
                return c == null ? null : new Attribution(c, false, cue, g.start());
            }
            case PRONOUN -> {
                if (impersonal(ctx.doc, g)) {
                    return new Attribution(null, false, cue, g.start()); // "assure-t-on dans l'entourage du préfet": no one named
                }
                // "he added": the person who spoke last, unless another person was named since; then the subject
                // of the last sentence that names a person ("Jo Vanstraelen, the lawyer of X, reacted. "…", he said").
                // Names in the previous quote's own attribution ("said the chair of X, Dr. Y") are not someone new.
                int since = previousSpan == null ? 0 : bounds.sentenceEnd(ctx.doc.body,
                        Math.min(previousSpan.close() + 1, previousSpan.paragraph().end()), previousSpan.paragraph().end());
                Coreference.Cluster referent;
                Coreference.Cluster roleHolder = previousSpan == null ? null : ctx.roleSubjectBetween(since, g.start());
                // «…», señaló en un comunicado.: a verb with no pronoun goes on from the subject of the sentence
                // before, and a body may be that subject ("La Consejería de Sanidad defendió la medida.")
                // (only where the language leaves the subject out: "katanya", "ujarnya" have "he/she" built in)
                boolean proDrop = lex.words("pro-drop-language").contains(ctx.doc.language) && pronounGender(ctx.doc, g) == 0
                        && !saysAPronoun(ctx.doc, g);
                Coreference.Cluster body = proDrop ? ctx.bodyOpeningSentenceBetween(since, g.start()) : null;
                if (body != null) {
                    return new Attribution(body, false, cue, g.start());
                }
                if (roleHolder != null) {
                    // "… said Rui Barros. The councillor said that … «…», she added.": the role's holder
                    referent = roleHolder;
                } else if (previous != null && previous.speaker() != null && previous.speaker().type() == EntityType.PERSON
                        && previousSpan != null && (!ctx.personNamedBetween(since, g.start(), previous.speaker())
                        || ctx.namedAgainInOpeningClause(previous.speaker(), g.start()))) {
                    referent = previous.speaker();
                } else {
                    referent = ctx.subjectOfLastSentenceWithPerson(g.start());
                }
                // "« … », a-t-il précisé" after a woman spoke: "il" is the man named last, not her.
                char gender = pronounGender(ctx.doc, g);
                if (gender != 0 && referent != null && ctx.genderOf(referent) != 0 && ctx.genderOf(referent) != gender) {
                    Coreference.Cluster agreeing = ctx.recentPersonOfGender(g.start(), gender);
                    Tokens.Token spokesperson = agreeing == null ? unnamedSpokesperson(ctx, g.start(), gender) : null;
                    if (spokesperson != null) {
                        // "Laut einer Sprecherin gibt es keine Hinweise. „…“, sagte sie.": the spokeswoman, for her body
                        Coreference.Cluster owner = bodyNamedRightAfter(ctx, spokesperson.end());
                        return new Attribution(owner != null ? owner : ctx.bodyOpeningSentenceBefore(spokesperson.start()), false, cue, g.start());
                    }
                    if (agreeing == null) {
                        // no one of that gender known: whoever may be ("er" after "Landrat Volker X … Katja Y"), not
                        // the one it cannot be
                        agreeing = ctx.recentPersonOfGender(g.start(), (char) 0);
                    }
                    if (agreeing != null) {
                        referent = agreeing;
                    }
                }
                return referent != null ? new Attribution(referent, false, cue, g.start()) : new Attribution(null, true, cue, g.start());
            }
            default -> {
                String written = Tokens.key(ctx.doc.text(g.start(), g.end()));
                String genitive = ctx.doc.language.equals("de") ? lex.germanGenitiveNoun(written) : null;
                String noun = genitive != null ? genitive : written; // "nach Angaben des Verbandes": the Verband
                if (lex.isAttributionWord("statement", noun, SpeakerGrammar.attributionLanguages(ctx.doc.language))) {
                    // "“…,” the statement said": the body or person the article said issued a statement
                    Coreference.Cluster issuer = ctx.statementIssuerBefore(g.start(), (bodyNoun, at) -> bodyNamedBy(ctx, bodyNoun, at));
                    return issuer == null ? null : new Attribution(issuer, false, cue, g.start());
                }
                // the word lists hold words as written ("préfecture"); the key drops accents for comparing names
                boolean body = lex.isOrgWord(noun) || lex.isOrgWord(ctx.doc.text(g.start(), g.end()).toLowerCase(java.util.Locale.ROOT))
                        || lex.isGenericBodyNoun(noun, ctx.doc.language); // "a empresa", "the company": a body, never a person
                Coreference.Cluster owner = lex.words("spokesperson-noun").contains(noun) ? bodyNamedRightAfter(ctx, g.end()) : null;
                if (owner != null) {
                    // "sagte ein Sprecher des Auswärtigen Amtes", "disse fonte da APDL à agência Lusa": the body named
                    // right after the spokesperson or source
                    return new Attribution(owner, false, cue, g.start());
                }
                if (!body && indefinite(ctx.doc, g.start())) {
                    // "Transport Scotland said … A spokeswoman added:": a spokesperson speaks for the body that spoke
                    // just before; any other "sagte ein Sprecher", "said a spokesman" is someone not named
                    Coreference.Cluster spokenFor = lex.words("spokesperson-noun").contains(noun) ? ctx.bodyOpeningSentenceBefore(g.start()) : null;
                    return new Attribution(spokenFor, false, cue, g.start());
                }
                if (!body) {
                    // "a vereadora do Ambiente, Joana Pereira … A vereadora garantiu": the person the article gave
                    // that role to; else the role refers back as a pronoun does ("so der Datenschützer")
                    Coreference.Cluster holder = ctx.laterNamed(ctx.holderOfRole(noun, g.start()), ctx.bodyOfRole(noun, g.start()), g.start());
                    if (holder != null) {
                        return new Attribution(holder, false, cue, g.start());
                    }
                    return fromGrammar(ctx, new SpeakerGrammar.Speaker(SpeakerGrammar.Kind.PRONOUN, g.start(), g.end(), null, cue),
                            previous, previousSpan);
                }
                // (a body the article never named: no one else's, so no speaker rather than another rule's guess)
                return new Attribution(bodyNamedBy(ctx, noun, g.start()), false, cue, g.start());
            }
        }
    }

    /**
     * An unnamed spokesperson of this gender in the sentence of pos or the one before ("Laut einer Sprecherin", "a
     * spokeswoman said"), or null: the pronoun that cannot be the person named last is her (or him).
     */
    private Tokens.Token unnamedSpokesperson(QuoteContext ctx, int pos, char gender) {
        int own = bounds.sentenceStart(ctx.doc.body, 0, pos);
        int from = own > 0 ? bounds.sentenceStart(ctx.doc.body, 0, own - 1) : 0;
        for (Tokens.Token t : Tokens.tokenize(ctx.doc.body, from, pos)) {
            String key = Tokens.key(t.text());
            if (!ctx.insideQuote(t.start()) && lex.words("spokesperson-noun").contains(key) && spokespersonGender(key) == gender
                    && indefinite(ctx.doc, t.start())) {
                return t;
            }
        }
        return null;
    }

    /** The sex a spokesperson's noun gives: "Sprecherin", "spokeswoman", "woordvoerster"; 0 when the noun does not say. */
    private static char spokespersonGender(String key) {
        if (key.endsWith("in") || key.endsWith("woman") || key.endsWith("ster")) {
            return 'f';
        }
        return key.endsWith("man") || key.endsWith("er") ? 'm' : 0;
    }

    /** The body whose name follows pos after only "of" words and articles ("des", "da", "de la", "for the"), or null. */
    private Coreference.Cluster bodyNamedRightAfter(QuoteContext ctx, int pos) {
        Set<String> languages = SpeakerGrammar.attributionLanguages(ctx.doc.language);
        List<Tokens.Token> next = Tokens.tokenize(ctx.doc.body, pos, Math.min(ctx.doc.body.length(), pos + 60));
        for (int k = 0; k < next.size() && k < 4; k++) {
            Tokens.Token t = next.get(k);
            Coreference.Cluster c = ctx.clusterAt.get(t.start());
            if (c != null) {
                return c.type() == EntityType.ORGANIZATION ? c : null;
            }
            boolean link = lex.isAttributionWord("of", t.lower(), languages) || lex.isAttributionWord("det", t.lower(), languages)
                    || lex.words("object-of").contains(t.lower());
            if (!link || !ctx.doc.text(k == 0 ? pos : next.get(k - 1).end(), t.start()).isBlank()) {
                return null;
            }
        }
        return null;
    }

    /**
     * "the council said": the organisation named last before pos whose name holds the noun, else the last one when the
     * noun fits any body; null when none does.
     */
    private Coreference.Cluster bodyNamedBy(QuoteContext ctx, String noun, int pos) {
        Coreference.Cluster best = null;
        int bestAt = -1;
        boolean bestHolds = false;
        for (Coreference.Cluster c : ctx.clusters) {
            if (c.type() != EntityType.ORGANIZATION) {
                continue;
            }
            boolean holds = holdsNoun(c.canonical(), noun, lex.words("association-noun")) || describedBy(ctx.doc, c, noun)
                    || lex.words("party-noun").contains(noun) && lex.isParty(c.canonical()); // "die Partei": the party named last
            for (NameMention m : c.mentions()) {
                if (spokenTo(ctx.doc, m, pos)) {
                    continue; // "ha detto all'Ansa un portavoce dell'azienda": the agency told is not the body
                }
                if (m.start() < pos && !ctx.insideQuote(m.start()) && (holds && !bestHolds || holds == bestHolds && m.start() > bestAt)) {
                    best = c;
                    bestAt = m.start();
                    bestHolds = holds;
                }
            }
        }
        // "Laut Polizei" with no police named: not the last body of another kind ("Bürgerinitiative …")
        return best != null && !bestHolds && !lex.isGenericBodyNoun(noun, ctx.doc.language) ? null : best;
    }

    /**
     * The article put the noun, or a compound ending in it, right before the body's name: "die Betreibergesellschaft
     * Ostsee Wind GmbH", "dem Flughafenverband ADV" (then "der Verband", "der Betreibergesellschaft" are that body).
     */
    private static boolean describedBy(Document doc, Coreference.Cluster c, String noun) {
        for (NameMention m : c.mentions()) {
            if (Tokens.key(Tokens.wordBefore(doc.body, m.start())).endsWith(noun)) {
                return true;
            }
        }
        return false;
    }

    /** The mention stands just before the attribution's subject, after a preposition: whom the speaker told. */
    private boolean spokenTo(Document doc, NameMention m, int subjectStart) {
        if (m.start() >= subjectStart || subjectStart - m.end() > 40) {
            return false;
        }
        List<Tokens.Token> before = Tokens.tokenize(doc.body, Math.max(0, m.start() - 8), m.start());
        return !before.isEmpty() && lex.isAttributionWord("adjunct", before.get(before.size() - 1).lower(), Set.of(doc.language));
    }

    /** A pronoun of its own stands in the attribution ("he said", "sagte sie"), not only a verb ("señaló", "ha aggiunto"). */
    private boolean saysAPronoun(Document doc, SpeakerGrammar.Speaker g) {
        for (Tokens.Token t : Tokens.tokenize(doc.body, g.start(), g.end())) {
            if (lex.isPronoun(t.lower())) {
                return true;
            }
        }
        return false;
    }

    /** The attribution's pronoun is an impersonal one ("assure-t-on", "so man"): it names no one. */
    private boolean impersonal(Document doc, SpeakerGrammar.Speaker g) {
        for (Tokens.Token t : Tokens.tokenize(doc.body, g.start(), g.end())) {
            String[] parts = t.text().toLowerCase(java.util.Locale.ROOT).split("-");
            if (lex.isAttributionWord("impersonal", parts[parts.length - 1], Set.of(doc.language))) {
                return true;
            }
        }
        return false;
    }

    /** The gender the pronoun of an attribution says ("elle", "a-t-il", "sagte sie"), or 0. */
    private char pronounGender(Document doc, SpeakerGrammar.Speaker g) {
        for (Tokens.Token t : Tokens.tokenize(doc.body, g.start(), g.end())) {
            for (String part : t.text().toLowerCase(java.util.Locale.ROOT).split("-")) {
                char gender = lex.pronounGender(part, doc.language);
                if (gender != 0) {
                    return gender;
                }
                if (doc.language.equals("de") && lex.isGermanPersonNoun(part)) {
                    // a German noun for a person says their sex: "der Betonbauer", "die Architektin"
                    return part.endsWith("in") ? 'f' : 'm';
                }
            }
        }
        return 0;
    }

    /** The role noun at pos has an indefinite article before it ("ein Sprecher", "un portavoz", "seorang juru bicara"). */
    private boolean indefinite(Document doc, int pos) {
        List<Tokens.Token> before = Tokens.tokenize(doc.body, Math.max(0, pos - 25), pos);
        for (int k = before.size() - 1; k >= 0 && k >= before.size() - 3; k--) {
            String w = before.get(k).lower();
            if (lex.isAttributionWord("indefinite", w, SpeakerGrammar.attributionLanguages(doc.language))) {
                return true;
            }
            if (lex.isAttributionWord("det", w, SpeakerGrammar.attributionLanguages(doc.language)) || !lex.isStopword(w) && k < before.size() - 1) {
                return false;
            }
        }
        return false;
    }

    /**
     * The body's name holds the noun as a word ("the council": "Perth and Kinross Council") or, where words compound,
     * as the head of one ("de bond": "Koninklijke Nederlandsche Schaatsenbond", "der Verband": "Fußballverband").
     */
    static boolean holdsNoun(String canonical, String noun, Set<String> associationNouns) {
        boolean association = associationNouns.contains(noun);
        for (String w : Tokens.key(canonical).split(" ")) {
            if (w.equals(noun) || noun.length() >= 4 && w.endsWith(noun)) {
                return true;
            }
            // "der Verband" for the Naturschutzbund: German and Dutch call any association by any of these nouns
            if (association && associationNouns.stream().anyMatch(a -> w.equals(a) || w.length() > a.length() + 2 && w.endsWith(a))) {
                return true;
            }
        }
        return false;
    }


    /** "Meet the Press", "Fox News Sunday.": every word capitalised but the short ones, as names of works are. */
    private boolean titleCased(Document doc, String text) {
        List<String> words = Tokens.words(text);
        // A title opens with a capital: "ein Stück aus dem Tollhaus" is German speech, every noun capitalised.
        boolean titleCased = words.size() >= 2 && words.size() <= 8 && !text.endsWith(",") && Character.isUpperCase(words.get(0).codePointAt(0))
                && words.stream().anyMatch(w -> Character.isUpperCase(w.codePointAt(0)) && w.length() > 3)
                && words.stream().allMatch(w -> Character.isUpperCase(w.codePointAt(0)) || Character.isDigit(w.codePointAt(0)) || w.length() <= 3);
        if (titleCased && doc.language.equals("de") && words.stream().anyMatch(w -> Character.isLowerCase(w.codePointAt(0)))) {
            // German capitalises its nouns: common nouns and the small words between them ("Schadensersatzbetrag in Höhe
            // von 750.000 Euro an") are a phrase, not a title
            return !words.stream().filter(w -> Character.isUpperCase(w.codePointAt(0)) && w.length() > 3)
                    .allMatch(w -> lex.mayBeGermanNoun(w.toLowerCase(java.util.Locale.ROOT)));
        }
        return titleCased;
    }

    private static boolean looksLikeTitle(String text) {
        List<String> words = Tokens.words(text);
        char last = text.charAt(text.length() - 1);
        long capitalised = words.stream().filter(w -> Character.isUpperCase(w.codePointAt(0)) || Character.isDigit(w.codePointAt(0))).count();
        boolean shortTitle = words.size() <= 4 && last == '.'; // "Meet the Press."
        return words.size() <= 12 && (".,!?…".indexOf(last) < 0 || shortTitle) && capitalised * 10 >= words.size() * 6;
    }
}
