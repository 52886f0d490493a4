package org.newsstream.engine;

import java.util.List;
import java.util.Set;
import org.newsstream.avro.EntityType;

/**
 * The older pattern rules of attribution, for what the {@link SpeakerGrammar} cannot read: a speech verb next to the
 * quote with a known name around it, a colon after a name, a sentence ending in a speech verb before the quote, an
 * introducing paragraph, a quote that runs on from the one before.
 */
final class PatternAttribution {
    private final Lexicon lex;
    private final QuoteSpans bounds;
    /** Words that may stand between a speech verb and the quote ("said that", "mengatakan bahwa"). */
    private final Set<String> complementizers;
    private final Set<String> proDrop;

    PatternAttribution(Lexicon lexicon, QuoteSpans bounds) {
        this.lex = lexicon;
        this.bounds = bounds;
        this.complementizers = lexicon.words("complementizer");
        this.proDrop = lexicon.words("pro-drop-language");
    }


    Attribution attribute(QuoteContext ctx, QuoteSpans.Span s, Attribution previous, QuoteSpans.Span previousSpan) {
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
                && !ctx.personNamedBetween(bounds.sentenceEnd(doc.body, Math.min(previousSpan.close() + 1, p.end()), s.open()),
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

    private Attribution nameThenLaterCue(QuoteContext ctx, List<Tokens.Token> after) {
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
}
