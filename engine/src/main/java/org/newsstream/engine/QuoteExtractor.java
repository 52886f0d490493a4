package org.newsstream.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsstream.avro.EntityType;

/**
 * Stage 4: direct quotations and who said them. Finds quoted spans for every common quotation-mark style,
 * then the attribution after the quote ("…," kata X / said X / X said / ujarnya), before it (X mengatakan, "…"),
 * around it (a quote split by its attribution), in its sentence, or in the paragraph before (a quote that runs
 * on). Pronouns and built-in pronouns resolve to the most recent person; names resolve to their entity, so
 * the speaker is the fullest name the article gives. A few words in quotes with no attribution are scare
 * quotes or titles, not speech.
 */
public final class QuoteExtractor {
    /** A quotation with its speaker (null when unattributed) and the speech verb that attributed it. */
    public record FoundQuote(String text, int start, int end, Coreference.Cluster speaker, String cue) {}

    private record Attribution(Coreference.Cluster speaker, boolean pronoun, String cue, int cueStart) {}

    /** Words that may stand between a speech verb and the quote ("said that", "mengatakan bahwa"). */
    private final Set<String> complementizers;
    /** Prepositions that make the following name the object of a post ("spokeswoman for Trump"), not the speaker. */
    private final Set<String> objectOf;
    /** Languages whose verbs go without a subject pronoun. */
    private final Set<String> proDrop;
    private static final int MAX_SCARE_WORDS = 3;

    private final Lexicon lex;
    private final QuoteSpans bounds;
    private final SpeakerGrammar grammar;

    public QuoteExtractor(Lexicon lexicon) {
        this.lex = lexicon;
        this.complementizers = lexicon.words("complementizer");
        this.objectOf = lexicon.words("object-of");
        this.proDrop = lexicon.words("pro-drop-language");
        this.bounds = new QuoteSpans(lexicon);
        this.grammar = new SpeakerGrammar(lexicon, bounds);
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
                clusterAt.put(m.start(), c);
                mentionAt.put(m.start(), m);
                mentionEndingAt.put(m.end(), m);
            }
        }
        Context ctx = new Context(doc, clusters, clusterAt, mentionAt, mentionEndingAt, SpeakerGrammar.attributionLanguages(doc.language));
        ctx.spans = spans;
        List<FoundQuote> out = new ArrayList<>();
        Attribution previous = null;
        QuoteSpans.Span previousSpan = null;
        for (QuoteSpans.Span s : spans) {
            String text = doc.text(s.start(), s.end());
            // The grammar's reading of the sentence first; the older pattern rules where it has none.
            Attribution a = fromGrammar(ctx, said.get(s), previous, previousSpan);
            // German capitalises nouns, so a sentence may look title-cased: there a comma handing over to the
            // attribution ("„Das ist ein Skandal“, empörte sich X") shows speech.
            boolean handsOver = s.close() + 1 < doc.body.length() && doc.body.charAt(s.close() + 1) == ',';
            if (a != null && titleCased(text) && !(doc.language.equals("de") && handsOver)) {
                continue; // "appeared on “Meet the Press”": the name of a programme or a work, not speech
            }
            if (a == null) {
                a = attribute(ctx, s, previous, previousSpan);
            }
            int words = Tokens.words(text).size();
            // A scare quote or the title of a work ("Meet the Press"), unless a speech verb stands right by it:
            // carrying the previous speaker on does not make a title speech. A short quote that is a sentence of
            // its own («Es inaceptable».) is speech all the same.
            if ((a == null || a == previous) && (words <= MAX_SCARE_WORDS && !standsAlone(ctx.doc, s) || looksLikeTitle(text))) {
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

    /** The quote is a sentence of its own: nothing of its sentence stands before or after it. */
    private static boolean standsAlone(Document doc, QuoteSpans.Span s) {
        String before = doc.text(s.paragraph().start(), s.open()).strip();
        String after = s.close() + 1 <= s.paragraph().end() ? doc.text(Math.min(s.close() + 1, s.paragraph().end()), s.paragraph().end()).strip() : "";
        boolean opens = before.isEmpty() || ".!?:»«\"”“„".indexOf(before.charAt(before.length() - 1)) >= 0;
        boolean closes = after.isEmpty() || ".!?".indexOf(after.charAt(0)) >= 0 || ".!?".indexOf(doc.text(s.start(), s.end()).charAt(s.end() - s.start() - 1)) >= 0;
        return opens && closes;
    }

    /** The entity the grammar's speaker stands for: its name's cluster, the person a pronoun refers back to, or the organisation a noun does. */
    private Attribution fromGrammar(Context ctx, SpeakerGrammar.Speaker g, Attribution previous, QuoteSpans.Span previousSpan) {
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
                // "he added": the person who spoke last, unless another person was named since; then the subject
                // of the last sentence that names a person ("Jo Vanstraelen, the lawyer of X, reacted. "…", he said").
                // Names in the previous quote's own attribution ("said the chair of X, Dr. Y") are not someone new.
                int since = previousSpan == null ? 0 : bounds.sentenceEnd(ctx.doc.body,
                        Math.min(previousSpan.close() + 1, previousSpan.paragraph().end()), previousSpan.paragraph().end());
                if (previous != null && previous.speaker() != null && previous.speaker().type() == EntityType.PERSON
                        && previousSpan != null && !personNamedBetween(ctx, since, g.start(), previous.speaker())) {
                    return new Attribution(previous.speaker(), false, cue, g.start());
                }
                Coreference.Cluster subject = ctx.subjectOfLastSentenceWithPerson(g.start());
                return subject != null ? new Attribution(subject, false, cue, g.start()) : new Attribution(null, true, cue, g.start());
            }
            default -> {
                String noun = Tokens.key(ctx.doc.text(g.start(), g.end()));
                if (!lex.isOrgWord(noun)) {
                    // "so der Datenschützer": a person's role refers back, as a pronoun does
                    return fromGrammar(ctx, new SpeakerGrammar.Speaker(SpeakerGrammar.Kind.PRONOUN, g.start(), g.end(), null, cue),
                            previous, previousSpan);
                }
                // "the council said": the organisation named last whose name holds the noun, else the last one.
                Coreference.Cluster best = null;
                int bestAt = -1;
                boolean bestHolds = false;
                for (Coreference.Cluster c : ctx.clusters) {
                    if (c.type() != EntityType.ORGANIZATION) {
                        continue;
                    }
                    boolean holds = (" " + Tokens.key(c.canonical()) + " ").contains(" " + noun + " ");
                    for (NameMention m : c.mentions()) {
                        if (m.start() < g.start() && !ctx.insideQuote(m.start()) && (holds && !bestHolds || holds == bestHolds && m.start() > bestAt)) {
                            best = c;
                            bestAt = m.start();
                            bestHolds = holds;
                        }
                    }
                }
                return best == null ? null : new Attribution(best, false, cue, g.start());
            }
        }
    }

    /** "Meet the Press", "Fox News Sunday.": every word capitalised but the short ones, as names of works are. */
    private static boolean titleCased(String text) {
        List<String> words = Tokens.words(text);
        return words.size() >= 2 && words.size() <= 8 && !text.endsWith(",")
                && words.stream().anyMatch(w -> Character.isUpperCase(w.codePointAt(0)) && w.length() > 3)
                && words.stream().allMatch(w -> Character.isUpperCase(w.codePointAt(0)) || Character.isDigit(w.codePointAt(0)) || w.length() <= 3);
    }

    private static boolean looksLikeTitle(String text) {
        List<String> words = Tokens.words(text);
        char last = text.charAt(text.length() - 1);
        long capitalised = words.stream().filter(w -> Character.isUpperCase(w.codePointAt(0)) || Character.isDigit(w.codePointAt(0))).count();
        boolean shortTitle = words.size() <= 4 && last == '.'; // "Meet the Press."
        return words.size() <= 12 && (".,!?…".indexOf(last) < 0 || shortTitle) && capitalised * 10 >= words.size() * 6;
    }

    // ---- attribution ----------------------------------------------------------------------------

    private final class Context {
        final Document doc;
        final List<Coreference.Cluster> clusters;
        final Map<Integer, Coreference.Cluster> clusterAt;
        final Map<Integer, NameMention> mentionAt;
        final Map<Integer, NameMention> mentionEndingAt;
        final Set<String> languages;
        List<QuoteSpans.Span> spans = List.of();

        Context(Document doc, List<Coreference.Cluster> clusters, Map<Integer, Coreference.Cluster> clusterAt,
                Map<Integer, NameMention> mentionAt, Map<Integer, NameMention> mentionEndingAt, Set<String> languages) {
            this.doc = doc;
            this.clusters = clusters;
            this.clusterAt = clusterAt;
            this.mentionAt = mentionAt;
            this.mentionEndingAt = mentionEndingAt;
            this.languages = languages;
        }

        /** The speech verb starting at token i, or null. */
        Lexicon.Cue cueAt(List<Tokens.Token> toks, int i) {
            // Short forms ("so", "dit", "zei") only count in their own language; longer ones are unambiguous
            // enough to count anywhere, so a misdetected language does not cost the attribution.
            return lex.cueAt(toks, i, cue -> cue.tokens().size() > 1 || cue.form().length() >= 4
                    || languages.contains(cue.language()));
        }

        boolean insideQuote(int pos) {
            for (QuoteSpans.Span s : spans) {
                if (pos >= s.start() && pos < s.end()) {
                    return true;
                }
            }
            return false;
        }

        /** The person named last before pos, outside quotations. */
        Coreference.Cluster recentPerson(int pos) {
            Coreference.Cluster best = null;
            int bestStart = -1;
            for (Coreference.Cluster c : clusters) {
                if (c.type() != EntityType.PERSON) {
                    continue;
                }
                for (NameMention m : c.mentions()) {
                    if (m.start() < pos && m.start() > bestStart && !insideQuote(m.start()) && inText(m.start())) {
                        best = c;
                        bestStart = m.start();
                    }
                }
            }
            return best;
        }

        /**
         * The subject of the sentence that names a person last before pos: the person a speech verb follows
         * ("… juru bicara Kremlin Dmitry Peskov mengatakan …"), else the first person the sentence names.
         */
        Coreference.Cluster subjectOfLastSentenceWithPerson(int pos) {
            List<NameMention> people = new ArrayList<>();
            Map<NameMention, Coreference.Cluster> of = new HashMap<>();
            for (Coreference.Cluster c : clusters) {
                if (c.type() == EntityType.PERSON) {
                    for (NameMention m : c.mentions()) {
                        if (m.start() < pos && !insideQuote(m.start()) && inText(m.start())) {
                            people.add(m);
                            of.put(m, c);
                        }
                    }
                }
            }
            if (people.isEmpty()) {
                return null;
            }
            people.sort((a, b) -> Integer.compare(a.start(), b.start()));
            NameMention last = people.get(people.size() - 1);
            int from = bounds.sentenceStart(doc.body, paragraphStart(last.start()), last.start());
            NameMention first = null;
            for (NameMention m : people) {
                if (m.start() < from) {
                    continue;
                }
                first = first == null ? m : first;
                // "X said", "Y, the coach, said": a person right before a speech verb (or before the comma that ends
                // an apposition) is its subject, unless a preposition makes it the object of a role ("lawyer of Z,").
                List<Tokens.Token> next = Tokens.tokenize(doc.body, m.end(), Math.min(doc.body.length(), m.end() + 40));
                String gap = next.isEmpty() ? "" : doc.body.substring(m.end(), next.get(0).start()).strip();
                List<Tokens.Token> before = Tokens.tokenize(doc.body, Math.max(from, m.start() - 20), m.start());
                boolean object = !before.isEmpty() && lex.isAttributionWord("of", before.get(before.size() - 1).lower(), languages);
                if (!next.isEmpty() && (gap.isEmpty() || gap.equals(",")) && !object && cueAt(next, 0) != null) {
                    return of.get(m);
                }
            }
            return of.get(first);
        }

        int paragraphStart(int pos) {
            for (Document.Paragraph p : doc.paragraphs) {
                if (pos >= p.start() && pos < p.end()) {
                    return p.start();
                }
            }
            return 0;
        }

        boolean inText(int pos) {
            for (Document.Paragraph p : doc.paragraphs) {
                if (pos >= p.start() && pos < p.end()) {
                    return p.kind() == Document.Kind.TEXT;
                }
            }
            return false;
        }

        /**
         * A speaker named right after token i: "said Rep. Jerry Nadler", "kata Kepala Polresta Tangerang
         * Komisaris Besar Zain Dwi Nugroho". Titles and the name of a post may come first; a person wins over
         * the organisation the post belongs to.
         */
        Attribution speakerAfter(List<Tokens.Token> toks, int i, Lexicon.Cue cue, int cueStart) {
            Coreference.Cluster organisation = null;
            int lowercase = 0;
            for (int k = i; k < Math.min(toks.size(), i + 14); k++) {
                Tokens.Token t = toks.get(k);
                if (k > i && !sameRun(toks.get(k - 1), t)) {
                    break; // a comma or a full stop ends the attribution
                }
                Coreference.Cluster c = clusterAt.get(t.start());
                if (c != null && c.type() == EntityType.PERSON) {
                    // "said a spokeswoman for Trump Hotels, Jennifer Rodstrom": the name after the comma speaks,
                    // not the one the post belongs to.
                    if (k > i && objectOf.contains(toks.get(k - 1).lower())) {
                        Coreference.Cluster apposed = apposedPerson(toks, k, c);
                        if (apposed != null) {
                            return new Attribution(apposed, false, cue.form(), cueStart);
                        }
                    }
                    return new Attribution(c, false, cue.form(), cueStart);
                }
                if (c != null && c.type() == EntityType.ORGANIZATION && organisation == null) {
                    organisation = c;
                }
                if (lex.isPronoun(t.lower()) && organisation == null) {
                    return new Attribution(null, true, cue.form(), cueStart);
                }
                if (!t.capitalised() && !lex.isTitle(t.lower()) && ++lowercase > 3) {
                    break;
                }
            }
            return organisation == null ? null : new Attribution(organisation, false, cue.form(), cueStart);
        }

        /** A different person named right after a comma that follows token k's name, within a few words. */
        Coreference.Cluster apposedPerson(List<Tokens.Token> toks, int k, Coreference.Cluster first) {
            boolean comma = false;
            for (int j = k + 1; j < Math.min(toks.size(), k + 8); j++) {
                String gap = doc.body.substring(toks.get(j - 1).end(), toks.get(j).start());
                comma |= gap.contains(",");
                if (gap.contains(".") || gap.contains(";")) {
                    return null;
                }
                Coreference.Cluster c = clusterAt.get(toks.get(j).start());
                if (comma && c != null && c != first && c.type() == EntityType.PERSON) {
                    return c;
                }
            }
            return null;
        }

        /** Only spaces (or the full stop of a title or an initial) between two tokens. */
        boolean sameRun(Tokens.Token a, Tokens.Token b) {
            String gap = doc.body.substring(a.end(), b.start());
            // "Brigjen (Pol) Whisnu Hermawan": brackets inside a post do not end the attribution
            return gap.isBlank() || gap.strip().matches("[()]+")
                    || (gap.strip().equals(".") && (lex.isTitle(a.lower()) || a.text().length() == 1));
        }

        /** The speaker named closest before token i in toks (same sentence), skipping places. */
        Attribution speakerBefore(List<Tokens.Token> toks, int i, Lexicon.Cue cue, int cueStart, int maxBack) {
            Coreference.Cluster organisation = null; // "Sadie Weiner, the DSCC spokeswoman, said": the person speaks
            for (int k = i - 1; k >= Math.max(0, i - maxBack); k--) {
                Tokens.Token t = toks.get(k);
                NameMention m = mentionEndingAt.get(t.end());
                if (m != null && m.type() == EntityType.ORGANIZATION && organisation == null) {
                    organisation = clusterAt.get(m.start());
                } else if (m != null && m.type() != EntityType.LOCATION && m.type() != EntityType.OTHER) {
                    return new Attribution(clusterAt.get(m.start()), false, cue.form(), cueStart);
                }
                if (lex.isPronoun(t.lower())) {
                    if (organisation == null) {
                        return new Attribution(null, true, cue.form(), cueStart);
                    }
                    break;
                }
                if (organisation != null && sentenceEndsAfter(t)) {
                    break;
                }
            }
            if (organisation != null) {
                return new Attribution(organisation, false, cue.form(), cueStart);
            }
            return null;
        }

        /** A sentence, or a quotation, ends right after token t. */
        boolean sentenceEndsAfter(Tokens.Token t) {
            return t.end() < doc.body.length() && (bounds.endsSentence(doc.body, t.end()) || "\"”»".indexOf(doc.body.charAt(t.end())) >= 0);
        }
    }

    private Attribution attribute(Context ctx, QuoteSpans.Span s, Attribution previous, QuoteSpans.Span previousSpan) {
        Document doc = ctx.doc;
        Document.Paragraph p = s.paragraph();
        int nextOpen = p.end();
        int prevClose = p.start();
        for (QuoteSpans.Span o : ctx.spans) {
            if (o.paragraph() == p && o.open() > s.close() && o.open() < nextOpen) {
                nextOpen = o.open();
            }
            if (o.paragraph() == p && o.close() < s.open() && o.close() + 1 > prevClose) {
                prevClose = o.close() + 1;
            }
        }
        // After the quote: "…," kata X / said X / X said / ujarnya.
        int afterStart = Math.min(s.close() + 1, p.end());
        List<Tokens.Token> after = Tokens.tokenize(doc.body, afterStart, bounds.sentenceEnd(doc.body, afterStart, nextOpen));
        for (int i = 0; i < Math.min(after.size(), 6); i++) {
            Lexicon.Cue cue = ctx.cueAt(after, i);
            if (cue == null) {
                continue;
            }
            int cueStart = after.get(i).start();
            if (cue.pronounBuiltIn()) {
                return new Attribution(null, true, cue.form(), cueStart);
            }
            Attribution a = i == 0 ? ctx.speakerAfter(after, i + cue.tokens().size(), cue, cueStart)
                    : ctx.speakerBefore(after, i, cue, cueStart, i);
            if (a == null && i > 0) {
                a = ctx.speakerAfter(after, i + cue.tokens().size(), cue, cueStart);
            }
            if (a == null && i == 0 && proDrop.contains(cue.language()) && after.size() == cue.tokens().size()) {
                // "…", dijo. / disse. / ha detto.: Spanish, Portuguese and Italian leave the subject out; the
                // speaker is the most recent fitting person, as for a pronoun.
                a = new Attribution(null, true, cue.form(), cueStart);
            }
            if (a != null) {
                return a;
            }
            break;
        }
        // English "…," Burton fumed: a quote that hands over with a comma, then a name and a verb, whatever the verb.
        if (doc.language.equals("en") && after.size() >= 2 && ",?!—–".indexOf(doc.body.charAt(Math.max(s.start(), s.end() - 1))) >= 0) {
            NameMention m = ctx.mentionAt.get(after.get(0).start());
            if (m != null && m.type() == EntityType.PERSON) {
                int k = 0;
                while (k < after.size() && after.get(k).end() <= m.end()) k++;
                if (k < after.size() && !after.get(k).capitalised() && ctx.sameRun(after.get(k - 1), after.get(k))
                        && after.get(k).lower().matches("[a-z]+(ed|s)")) {
                    return new Attribution(ctx.clusterAt.get(m.start()), false, after.get(k).lower(), after.get(k).start());
                }
            }
        }
        // "…," Chris Weston, chief strategist at IG, said / Republican pollster Bill McInturff, …, told NBC.
        Attribution appositive = nameThenLaterCue(ctx, after);
        if (appositive != null) {
            return appositive;
        }
        // Before the quote, introducing it: X mengatakan, "…" / said X: "…".
        int sentenceStart = bounds.sentenceStart(doc.body, prevClose, s.open());
        List<Tokens.Token> before = Tokens.tokenize(doc.body, sentenceStart, s.open());
        for (int i = before.size() - 1; i >= Math.max(0, before.size() - 4); i--) {
            Lexicon.Cue cue = ctx.cueAt(before, i);
            if (cue == null) {
                continue;
            }
            int end = i + cue.tokens().size();
            boolean introduces = true;
            for (int k = end; k < before.size(); k++) {
                Tokens.Token t = before.get(k);
                introduces &= complementizers.contains(t.lower()) || ctx.mentionAt.containsKey(t.start())
                        || ctx.mentionEndingAt.containsKey(t.end()) || lex.isTitle(t.lower()) || lex.isPronoun(t.lower());
            }
            if (!introduces) {
                break;
            }
            int cueStart = before.get(i).start();
            if (previous != null && previousSpan != null && previousSpan.paragraph() == p && previous.cueStart() == cueStart) {
                return previous; // the second half of a quote split around its attribution
            }
            if (previous != null && previous.speaker() != null && previousSpan != null && previousSpan.paragraph() == p
                    && cue.form().endsWith("ing") && cue.language().equals("en")) {
                return previous; // "…," Warren said to Obama, adding, "…": the same subject goes on
            }
            if (cue.pronounBuiltIn()) {
                return new Attribution(null, true, cue.form(), cueStart);
            }
            // "Isikoff told Sidewire, "…"": a name right before the verb is its subject and speaks, whoever is
            // named after it; otherwise the name after the verb speaks ("said Rep. Jerry Nadler: "…"").
            NameMention subject = i > 0 ? ctx.mentionEndingAt.get(before.get(i - 1).end()) : null;
            Attribution a = subject != null && subject.type() == EntityType.PERSON
                    ? ctx.speakerBefore(before, i, cue, cueStart, 1) : null;
            if (a == null) {
                a = ctx.speakerAfter(before, end, cue, cueStart);
            }
            if (a == null) {
                a = ctx.speakerBefore(before, i, cue, cueStart, i);
            }
            if (a != null) {
                return a;
            }
            break;
        }
        // "Meghan McCain, Twitter: "…"": a name, perhaps where it was said, then a colon.
        String lead = doc.text(sentenceStart, s.open()).stripTrailing();
        if (lead.endsWith(":")) {
            // "Windsor Mann, editor of The Quotable Hitchens:": the name that opens the line, then its post
            NameMention opening = before.isEmpty() ? null : ctx.mentionAt.get(before.get(0).start());
            if (opening != null && opening.type() == EntityType.PERSON && opening.end() < doc.body.length()
                    && doc.body.charAt(opening.end()) == ',') {
                return new Attribution(ctx.clusterAt.get(opening.start()), false, ":", opening.start());
            }
            for (int k = before.size() - 1; k >= Math.max(0, before.size() - 10); k--) {
                Coreference.Cluster c = ctx.clusterAt.get(before.get(k).start());
                if (c != null && c.type() == EntityType.PERSON) {
                    return new Attribution(c, false, ":", before.get(k).start());
                }
            }
        }
        // "Her friend Brittany Lockwood, 20, chimed in. "I did not think …"": a sentence of the same paragraph that
        // ends with a speech verb hands over to the quote that opens the next one.
        if (before.isEmpty() && sentenceStart > prevClose) {
            List<Tokens.Token> previousSentence = Tokens.tokenize(doc.body,
                    bounds.sentenceStart(doc.body, prevClose, sentenceStart - 1), sentenceStart);
            for (int i = Math.max(0, previousSentence.size() - 3); i < previousSentence.size(); i++) {
                Lexicon.Cue cue = ctx.cueAt(previousSentence, i);
                if (cue != null && i + cue.tokens().size() == previousSentence.size() && !cue.pronounBuiltIn()) {
                    Attribution a = ctx.speakerBefore(previousSentence, i, cue, previousSentence.get(i).start(), Math.min(i, 12));
                    if (a != null && a.speaker() != null) {
                        return a;
                    }
                }
            }
        }
        // "Millikin University's Media Coordinator Dane Lisser wrote:" and the quote as the next paragraph.
        Document.Paragraph intro = doc.previousText(p);
        if (doc.text(p.start(), s.open()).isBlank() && intro != null && doc.text(intro.start(), intro.end()).strip().endsWith(":")) {
            List<Tokens.Token> lastSentence = Tokens.tokenize(doc.body,
                    bounds.sentenceStart(doc.body, intro.start(), intro.end() - 1), intro.end());
            for (int k = lastSentence.size() - 1; k >= 0; k--) {
                Coreference.Cluster c = ctx.clusterAt.get(lastSentence.get(k).start());
                if (c != null && c.type() == EntityType.PERSON) {
                    return new Attribution(c, false, ":", lastSentence.get(k).start());
                }
            }
        }
        // A second quote in the same paragraph with no attribution of its own: the same speaker goes on
        // ("…," said Chris Low. "The market reaction …"), unless someone else was named in between.
        // Names in the previous quote's own attribution sentence ("said Marlon Marshall, Mrs. Clinton's director")
        // do not count as someone else speaking.
        if (previous != null && previous.speaker() != null && previousSpan != null && previousSpan.paragraph() == p
                && !personNamedBetween(ctx, bounds.sentenceEnd(doc.body, Math.min(previousSpan.close() + 1, p.end()), s.open()),
                s.open(), previous.speaker())) {
            return previous;
        }
        // A quote that runs on from the paragraph before, with no attribution of its own.
        boolean wholeParagraph = doc.text(p.start(), s.open()).isBlank() && doc.text(Math.min(s.close() + 1, p.end()), p.end()).strip().length() <= 1;
        if (wholeParagraph && previous != null && previous.speaker() != null && previousSpan != null
                && previousSpan.paragraph().end() < p.start()) {
            return previous;
        }
        return null;
    }

    private Attribution nameThenLaterCue(Context ctx, List<Tokens.Token> after) {
        for (int i = 0; i < Math.min(after.size(), 6); i++) {
            Tokens.Token t = after.get(i);
            Coreference.Cluster c = ctx.clusterAt.get(t.start());
            if (c == null) {
                if (t.capitalised() && !lex.isTitle(t.lower()) && i > 0) {
                    return null; // something else is named first
                }
                continue;
            }
            if (c.type() != EntityType.PERSON) {
                return null;
            }
            NameMention m = ctx.mentionAt.get(t.start());
            int end = m.end();
            // the name must be followed by a comma (an apposition), then a speech verb in the same sentence
            if (end >= ctx.doc.body.length() || ctx.doc.body.charAt(end) != ',') {
                return null;
            }
            for (int k = i + 1; k < Math.min(after.size(), i + 25); k++) {
                Lexicon.Cue cue = ctx.cueAt(after, k);
                if (cue != null && after.get(k).start() > end) {
                    return new Attribution(c, false, cue.form(), after.get(k).start());
                }
            }
            return null;
        }
        return null;
    }

    private static boolean personNamedBetween(Context ctx, int from, int to, Coreference.Cluster except) {
        for (Map.Entry<Integer, Coreference.Cluster> e : ctx.clusterAt.entrySet()) {
            if (e.getKey() > from && e.getKey() < to && e.getValue().type() == EntityType.PERSON && e.getValue() != except
                    && !ctx.insideQuote(e.getKey())) {
                return true;
            }
        }
        return false;
    }


}
