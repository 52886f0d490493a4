package org.newsstream.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsstream.avro.EntityType;

/**
 * The attribution grammar: for each quoted span, the phrase that names its speaker, read from the structure of
 * the sentence rather than from name lists. It runs before names are clustered, so what the sentence says of a
 * phrase (the subject of a speech verb is a person or an organisation) becomes evidence for the recognizer.
 *
 * <p>The shapes it reads hold across the languages we cover:
 * <ul>
 *   <li>after the quote, the verb first and the subject after it («…», explicó el director, Ana Ruiz /
 *       „…“, sagte Hauke Petersen / "…," said the chair of X, Dr. Ann Lee), or the subject first ("…," Lee said);
 *   <li>before the quote, a clause that introduces it with a colon or a comma (Ana Ruiz, directora de X,
 *       afirmó: «…» / In einer Stellungnahme erklärte der Verband: „…“);
 *   <li>a role in apposition hands over to the name after it (la fiscal del caso, Ana Ruiz, …); a name after
 *       "of" belongs to the role (the chair of X), so X does not speak;
 *   <li>a pronoun, a pronoun on the verb (a-t-elle ajouté, poursuit-elle) or no subject at all (añadió.)
 *       refers back; a noun for an organisation (the council, la préfecture) refers to one named before;
 *   <li>an organisation named with a statement noun speaks (hieß es in einer Stellungnahme der X).
 * </ul>
 * Which words are articles, auxiliaries, prepositions and statement nouns is in {@code attribution-words.txt}.
 */
public final class SpeakerGrammar {
    public enum Kind { NAME, PRONOUN, REFERENCE }

    /**
     * What a quote's attribution says of its speaker: a name (its position in the body and whether it is a person
     * or an organisation), a pronoun, or a reference by a common noun (the noun's position). {@code cue}: the verb.
     */
    public record Speaker(Kind kind, int start, int end, EntityType type, String cue) {
        Speaker withCue(String verb) {
            return new Speaker(kind, start, end, type, verb);
        }
    }

    /** "l'avocat", "dell'Università", "d'agriculture": an elided article or preposition is a word of its own. */
    private static final Pattern ELISION = Pattern.compile("(?i)^(l|d|dell|all|nell|dall|sull|un|qu)['’](\\p{L}.*)$");
    private static final int MAX_SEGMENT_TOKENS = 14;
    /** Fewer words than this in quotes inside a sentence are a term or a scare quote, not speech. */
    private static final int EMBEDDED_MIN_WORDS = 4;
    private static final int MAX_EMBEDDED_CLAUSE = 40;
    /** A verb of calling takes a short quote no further than this many words after it. */
    private static final int CALLED_WITHIN = 8;

    private final Lexicon lex;
    private final QuoteSpans bounds;

    public SpeakerGrammar(Lexicon lexicon, QuoteSpans bounds) {
        this.lex = lexicon;
        this.bounds = bounds;
    }

    /** The languages whose words may attribute a quote in an article of this language. */
    static Set<String> attributionLanguages(String language) {
        return switch (language) {
            case "id", "ms" -> Set.of("id", "ms", "en");
            case "und" -> Set.copyOf(Lexicon.LANGUAGES);
            case "en" -> Set.of("en");
            default -> Set.of(language, "en");
        };
    }

    /** The speaker each span's attribution names, for the spans whose attribution the grammar can read. */
    public Map<QuoteSpans.Span, Speaker> speakers(Document doc, List<QuoteSpans.Span> spans, List<NameMention> recognized) {
        Clause.Reader reader = new Clause.Reader(doc, lex, attributionLanguages(doc.language), recognized);
        Map<QuoteSpans.Span, Speaker> out = new LinkedHashMap<>();
        for (int i = 0; i < spans.size(); i++) {
            QuoteSpans.Span s = spans.get(i);
            QuoteSpans.Span next = i + 1 < spans.size() && spans.get(i + 1).paragraph() == s.paragraph() ? spans.get(i + 1) : null;
            QuoteSpans.Span prev = i > 0 && spans.get(i - 1).paragraph() == s.paragraph() ? spans.get(i - 1) : null;
            Speaker found = after(doc, reader, s, next);
            if (found == null) {
                found = before(doc, reader, s, prev);
            } else if (found.kind() == Kind.REFERENCE && !lex.isOrgWord(Tokens.key(doc.text(found.start(), found.end())))
                    && (found.type() != null || lex.isTitle(Tokens.key(doc.text(found.start(), found.end()))))) {
                // "Lob bekam er von Petra Lange: „…“, sagte die frühere Gouverneurin": a role after the quote describes
                // the person the sentence named before it
                Speaker named = before(doc, reader, s, prev) != null ? lastPersonBefore(doc, reader, s, prev) : null;
                if (named != null) {
                    found = named;
                }
            }
            if (found == null) {
                found = reported(doc, reader, s);
            }
            if (found == null) {
                found = sentenceBefore(doc, reader, s, prev);
            }
            if (found != null) {
                out.put(s, found);
            }
        }
        return out;
    }

    /** The attribution that follows the quote, up to the end of its sentence or the next quote. */
    private Speaker after(Document doc, Clause.Reader reader, QuoteSpans.Span s, QuoteSpans.Span next) {
        int from = Math.min(s.close() + 1, s.paragraph().end());
        int ceiling = next == null ? s.paragraph().end() : next.open();
        String lead = spaced(doc.text(from, Math.min(ceiling, from + 3)));
        // „…“ (Konrad-Adenauer-Stiftung): the source in brackets right after the quote.
        if (lead.stripLeading().startsWith("(")) {
            int open = doc.body.indexOf('(', from);
            int close = doc.body.indexOf(')', open);
            if (close > open + 1 && close - open < 80) {
                Clause source = reader.read(open + 1, close);
                Speaker named = source.isEmpty() ? null : source.subjectBeforeVerb(0, source.size());
                if (named != null && named.kind() == Kind.NAME) {
                    return named;
                }
                for (NameMention m : reader.recognized) {
                    // "(Konrad-Adenauer-Stiftung)": a body's name the recognizer found there, though its last word is a noun
                    if (named != null && m.start() == named.start() && m.type() == EntityType.ORGANIZATION) {
                        return new Speaker(Kind.NAME, m.start(), m.end(), m.type(), null);
                    }
                }
            }
            return null;
        }
        // "…" Then a new sentence: nothing attributes the quote here (its own last mark ended it).
        if (!lead.isEmpty() && !lead.startsWith(",") && !lead.startsWith(" ") && "–—-".indexOf(lead.charAt(0)) < 0) {
            return null;
        }
        String quoted = doc.text(s.start(), s.end());
        String mark = lead.stripLeading();
        boolean handsOver = mark.startsWith(",") || mark.startsWith("–") || mark.startsWith("—")
                || quoted.endsWith(",") || quoted.endsWith("?") || quoted.endsWith("!");
        Clause c = reader.read(from, bounds.sentenceEnd(doc.body, from, ceiling));
        if (c.isEmpty()) {
            return null;
        }
        int verb = c.verbAt(0, handsOver);
        if (verb > 0) {
            if (c.pronounBuiltIn(0)) {
                return new Speaker(Kind.PRONOUN, c.start(0), c.end(verb - 1), null, c.text(0, verb));
            }
            Speaker quotedPerson = c.quotedPerson(verb);
            if (quotedPerson != null) {
                return quotedPerson.withCue(c.text(0, verb));
            }
            Speaker subject = c.subjectAfterVerb(verb);
            // «…», añadió. / «…», ha scritto su Twitter.: the verb, perhaps a phrase of place or means, and no subject
            boolean nothingButAdjunct = verb == c.size() || c.is("adjunct", verb) || c.onlyPredicativeFrom(verb);
            if (subject == null && nothingButAdjunct && lex.words("pro-drop-language").contains(doc.language)) {
                return new Speaker(Kind.PRONOUN, c.start(0), c.end(verb - 1), null, c.text(0, verb)); // «…», añadió.
            }
            subject = subject != null ? subject : c.statementSpeaker();
            if (subject == null && verb < c.size() && c.is("statement", verb)) {
                // "menurut kenyataan itu", "according to the statement": the statement named before, and who issued it
                subject = new Speaker(Kind.REFERENCE, c.start(verb), c.end(verb), EntityType.ORGANIZATION, null);
            }
            if (subject == null && doc.malayLanguage()) {
                subject = demonstrativePhrase(doc, c, verb);
            }
            return subject == null ? null : subject.withCue(c.text(0, verb));
        }
        if (!handsOver) {
            // "„…“ wären, so die Grünen, die Folge": the sentence goes on after the quote, and a verb of saying set off by
            // commas inside it has its subject after it
            for (int k = 1; Character.isLowerCase(c.text(0, 1).codePointAt(0)) && k < Math.min(c.size(), MAX_SEGMENT_TOKENS); k++) {
                int n = c.cueAt(k);
                Speaker subject = n > 0 && c.gap(k - 1).contains(",") ? c.subjectBeforeComma(k + n) : null;
                if (subject != null) {
                    return subject.withCue(c.text(k, k + n));
                }
            }
            return null;
        }
        // The subject first, then the verb: "…," Halloran said / the council said / he added.
        for (int k = 1; k < Math.min(c.size(), MAX_SEGMENT_TOKENS); k++) {
            Speaker quotedPerson = c.quotedPerson(k + 1); // "the Herald quoted Ann Lee as saying"
            if (quotedPerson != null) {
                return quotedPerson.withCue(c.text(k, k + 1));
            }
            int n = c.cueAt(k);
            if (n > 0 && c.is("statement", k) && k + n < c.size() && c.cueAt(k + n) > 0) {
                continue; // "the statement said": the statement is the subject of the verb after it
            }
            if (n > 0) {
                Speaker subject = c.subjectBeforeVerb(0, k);
                subject = subject != null ? subject : c.statementSpeaker();
                return subject == null ? null : subject.withCue(c.text(k, k + n));
            }
        }
        return c.statementSpeaker();
    }

    /**
     * Indonesian and Malay: "ujar perempuan berusia 48 tahun itu", "kata lembaga tersebut": a phrase in lower case that
     * "itu" or "tersebut" closes refers to whom the article named before: a body when its noun is a body's, else the
     * person, as a pronoun would.
     */
    private Speaker demonstrativePhrase(Document doc, Clause c, int verb) {
        for (int k = verb; k < c.size() && k < verb + 8; k++) {
            if (c.capitalised(k) || k > verb && c.gap(k - 1).strip().length() > 0) {
                return null;
            }
            if (k > verb && (c.lower(k).equals("itu") || c.lower(k).equals("tersebut"))) {
                String noun = c.lower(verb);
                boolean body = lex.isOrgWord(noun) || lex.isGenericBodyNoun(Tokens.key(noun), doc.language);
                return body ? new Speaker(Kind.REFERENCE, c.start(verb), c.end(verb), EntityType.ORGANIZATION, null)
                        : new Speaker(Kind.PRONOUN, c.start(verb), c.end(k), null, null);
            }
        }
        return null;
    }

    /** The person named last in the sentence before the quote. */
    private Speaker lastPersonBefore(Document doc, Clause.Reader reader, QuoteSpans.Span s, QuoteSpans.Span prev) {
        int floor = prev != null ? prev.close() + 1 : s.paragraph().start();
        return reader.read(bounds.sentenceStart(doc.body, floor, s.open()), s.open()).lastPersonNamed();
    }

    /** The clause that introduces the quote: "X, role, said:" / "In a statement, X said:" / "said X:". */
    private Speaker before(Document doc, Clause.Reader reader, QuoteSpans.Span s, QuoteSpans.Span prev) {
        int floor = prev != null ? prev.close() + 1 : s.paragraph().start();
        if (prev != null && Tokens.fewerWordsThan(doc.body, prev.start(), prev.end(), EMBEDDED_MIN_WORDS)
                && bounds.sentenceStart(doc.body, floor, s.open()) == floor && !spaced(doc.text(floor, s.open())).strip().endsWith(":")
                && Tokens.tokenize(doc.body, floor, s.open()).stream().anyMatch(t -> lex.words("coordination").contains(t.lower()))) {
            // "X said the company was “delighted” and would “keep listening …”": a term in quotes earlier in the
            // sentence, coordinated with the quote, is no boundary; the sentence's own clause introduces the quote
            floor = s.paragraph().start();
        }
        int from = bounds.sentenceStart(doc.body, floor, s.open());
        int to = s.open();
        String lead = spaced(doc.text(from, to)).strip();
        if (lead.isEmpty() && prev == null) {
            // A quote that opens its paragraph, introduced by the paragraph before ("X über Y:" ¶ „…“).
            Document.Paragraph intro = doc.previousText(s.paragraph());
            if (intro != null && spaced(doc.text(intro.start(), intro.end())).strip().endsWith(":")) {
                to = intro.end();
                from = bounds.sentenceStart(doc.body, intro.start(), to - 1);
                lead = spaced(doc.text(from, to)).strip();
            }
        }
        if (lead.isEmpty()) {
            return null;
        }
        char last = lead.charAt(lead.length() - 1);
        // A colon inside the sentence ends what came before it: "… schlossen sich an: Der Sprecher X bewertete „…“".
        int colon = doc.body.lastIndexOf(':', to - 1);
        if (colon >= from && spaced(doc.text(colon + 1, to)).strip().length() > 3) {
            from = colon + 1;
            lead = spaced(doc.text(from, to)).strip();
            if (lead.isEmpty()) {
                return null;
            }
            last = lead.charAt(lead.length() - 1);
        }
        Clause c = reader.read(from, to);
        if (c.isEmpty()) {
            return null;
        }
        int verbAt = -1;
        int verbLength = 0;
        for (int k = c.size() - 1; k >= 0 && verbAt < 0; k--) {
            // "In een verklaring liet X weten:": the noun is no verb; "So wird er zitiert:": "so" attributes only after a quote
            int n = c.isStatementNoun(k) ? 0 : c.cueAt(k);
            if (n == 1 && c.text(k, k + 1).length() <= 2) {
                n = 0; // a one-word cue of two letters ("so") attributes only after a quote
            }
            if (n > 0) {
                verbAt = k;
                verbLength = n;
            }
        }
        int splitCue = verbAt < 0 ? c.splitCueAt() : -1;
        if (splitCue < 0 && verbAt < 0) {
            splitCue = separableCue(doc, c, s); // "Er räumte jedoch ein, dass …", "kündigte X weitere „…“ an"
        }
        if (splitCue >= 0) {
            verbAt = splitCue; // "In een verklaring liet de bond weten:"
            verbLength = 1;
        }
        if (verbAt < 0 && last == ',' && c.size() >= 2 && c.is("opinion-of", 0) && (c.capitalised(1) || c.is("det", 1))) {
            // "Pour Jean-François Knepper, délégué FO, « … »", "Para la alcaldesa, Ana Ruiz, «…»": whose view the quote is
            Speaker holder = c.subject(1, c.size());
            if (holder != null && holder.kind() == Kind.NAME && holder.type() != EntityType.ORGANIZATION) {
                return holder;
            }
        }
        if (verbAt < 0 && last != ':' && c.size() >= 4 && c.is("opinion-of", 0) && c.is("det", 1) && !c.capitalised(1)) {
            // "Para a bastonária da Ordem dos Enfermeiros, Ana Rita Cavaco, a greve «…»": whose view it is, a role and its
            // holder in apposition, then the clause that holds the quote
            Speaker holder = c.apposedHolder(2);
            int comma = 2;
            while (holder == null && comma < c.size() - 1 && !c.gap(comma).contains(",")) {
                comma++;
            }
            if (holder == null && comma < c.size() - 1) {
                // "Para el historiador Guillermo Fatás, el resultado es «…»": the role and its holder up to the comma
                Speaker named = c.subject(1, comma + 1);
                holder = named != null && named.kind() == Kind.NAME && named.type() != EntityType.ORGANIZATION ? named : null;
            }
            if (holder != null) {
                return holder;
            }
        }
        if (verbAt < 0 && last != ',' && last != ':' && c.size() >= 3 && c.is("opinion-of", 0) && c.capitalised(1)
                && (c.is("adjunct", 0) || !doc.language.equals("de"))) {
            // "Laut Polizei verlief die Demonstration „friedlich“", "Per Legambiente la pista è «…»", "Selon la
            // préfecture, …": the quote inside a sentence that opens with whose account it is
            Speaker source = c.name(c.runAt(1, c.size()), false);
            if (source != null && source.kind() == Kind.NAME) {
                return source;
            }
        }
        if (verbAt < 0 && last != ':') {
            // "Zunächst war seitens der Bundeswehr von „…“ die Rede": an adverbial of source says whose words they are
            Speaker source = c.sourceAdverbial();
            return source != null && (last != ',' || c.is("source-marker", 0)) ? source : null;
            // (only a colon introduces a quote whatever the verb: "stellte klar:")
        }
        if (verbAt < 0) {
            // A clause that introduces a quote with a colon ends with its verb, whatever the verb ("anunció:",
            // "stellte klar:", "laat weten:").
            // "Sammy Torres, ein Angehöriger der Familie, über das Schweigen:": no verb, a person opens the clause
            Speaker opener = c.isEmpty() || !c.capitalised(0) ? null : c.name(c.runAt(0, c.size()), false);
            if (opener != null && opener.kind() == Kind.NAME && opener.type() == EntityType.PERSON && c.cueAt(0) == 0) {
                return opener;
            }
            int opening = c.verbAfterOpeningName();
            Speaker named = opening > 0 ? c.subjectBeforeVerb(0, opening) : null;
            if (named != null && named.kind() == Kind.NAME) {
                return named; // "Karl Maier vom Hotel Sonne kommentierte die Erhöhung:"
            }
            boolean verbLast = c.size() > 1 && !Character.isUpperCase(c.text(c.size() - 1, c.size()).codePointAt(0));
            return verbLast ? c.subjectBeforeVerb(0, c.size() - 1) : c.subjectBeforeVerb(0, c.size()); // "X, The Post:"
        }
        // A quote inside the sentence ("X called the plan „…“", "Wie X sagte, werde „…“"): the verb's subject
        // speaks, wherever the verb stands in the clause before the quote.
        boolean embedded = last != ':' && last != ',' && verbAt + verbLength < c.size() - 3;
        if (embedded && c.size() > MAX_EMBEDDED_CLAUSE) {
            return null;
        }
        if (c.pronounBuiltIn(verbAt)) {
            return new Speaker(Kind.PRONOUN, c.start(verbAt), c.end(verbAt + verbLength - 1), null, c.text(verbAt, verbAt + verbLength));
        }
        boolean fragment = last != ':' && last != ',' && Tokens.fewerWordsThan(doc.body, s.start(), s.end(), EMBEDDED_MIN_WORDS)
                && !(c.isCallingVerb(verbAt + verbLength - 1) && c.size() - verbAt <= CALLED_WITHIN);
        if (fragment && !doc.language.equals("de")) {
            // a word or two in quotes inside a sentence is a term, not a statement, unless a verb of calling takes
            // it ("nannte den Bericht eine „Verhöhnung“", "called it a "disgrace"")
            return null;
        }
        // "… und unterstrich, dass es „klüger“ sei": a verb coordinated after a quote goes on with its speaker
        if (verbAt == 1 && in(c, "coordination", 0) && fragmentAfterQuote(doc, s, from)) {
            return new Speaker(Kind.PRONOUN, c.start(0), c.end(verbAt), null, c.text(verbAt, verbAt + verbLength));
        }
        // German and Dutch put the verb second: what stands before it may be an object or an adverbial, and the
        // subject follows ("Den Unterschied schilderte X so:"). Elsewhere the subject comes first.
        boolean verbSecond = doc.language.equals("de") || doc.language.equals("nl");
        // What stands before the verb is the subject unless it is a phrase of time, place or manner, or an object
        // ("den", "dem", "des": not the subject's case): then the subject follows the verb.
        // "… mahnte an, dass die Grundlagen …": what follows a comma and "dass" is another clause, not the subject
        // ("aseguró que la Junta «…»": after "que", "che", "that", the reported clause's subject, not the speaker)
        boolean thatClause = verbAt + verbLength < c.size() && c.is("complementizer", verbAt + verbLength);
        boolean complement = verbAt + verbLength < c.size() && c.gap(verbAt + verbLength - 1).contains(",")
                || verbAt + verbLength + 1 < c.size() && c.gap(verbAt + verbLength).contains(",") && !c.capitalised(verbAt + verbLength)
                || thatClause;
        boolean subjectFollows = verbSecond && (verbAt == 0 || c.opensWithAdjunctOrObject()) && !complement;
        Speaker subject = subjectFollows ? c.subjectAfterVerb(verbAt + verbLength) : null;
        if (subject == null || subject.kind() != Kind.NAME) {
            Speaker first = verbAt > 0 ? c.subjectBeforeVerb(0, verbAt) : null;
            for (int end = verbAt; first == null && verbAt > 1 && end >= 2 && c.is("as-reporting", 0); end--) {
                // "Wie der Architekt (nie müde wurde zu) betonen, „…“": the clause of "as" opens with its subject
                first = c.subjectBeforeVerb(1, end);
            }
            subject = first != null ? first : subject;
        }
        if (subject == null && !subjectFollows && !complement) {
            subject = c.subjectAfterVerb(verbAt + verbLength); // "said X:", "erklärte der Verband:"
        }
        Speaker conjunct = subject == null || subject.kind() != Kind.NAME ? c.subjectOfFirstConjunct(verbAt) : null;
        subject = conjunct != null ? conjunct : subject;
        // (the verb opens the clause or follows a comma: "Em comunicado, a empresa sublinha que" has its subject)
        if (subject == null && thatClause && lex.words("pro-drop-language").contains(doc.language)
                && (verbAt == 0 || c.gap(verbAt - 1).contains(","))
                && IntStream.range(0, verbAt).noneMatch(k -> c.capitalised(k) && !(k == 0 && (c.is("adjunct", 0) || c.is("det", 0)
                        || lex.isFunctionWord(c.lower(0), doc.language))))) {
            // "A la salida, aseguró que la Junta «…»": the verb's subject left out, as the language does: the one who
            // spoke before
            return new Speaker(Kind.PRONOUN, c.start(verbAt), c.end(verbAt + verbLength - 1), null, c.text(verbAt, verbAt + verbLength));
        }
        boolean personsRole = subject != null && subject.kind() == Kind.REFERENCE && isPersonsRole(doc, subject);
        if (fragment && (subject == null || subject.kind() == Kind.REFERENCE && !personsRole
                || subject.type() == EntityType.ORGANIZATION && c.isCallingVerb(verbAt + verbLength - 1))) {
            // German news quotes a phrase of what a person or a named body said inside its own sentence ("Er fordert
            // eine „rechtssichere Frist“", "Wie die Ministerin betonte, sei der Ausbau „ohne Alternative“", "Der Verband
            // hatte die „maroden Sozialsysteme“ beklagt"); a group's word in quotes, or what a body calls something, is
            // a term ("die Händler sprechen von „Kaufzurückhaltung“")
            return null;
        }
        return subject == null ? null : subject.withCue(c.text(verbAt, verbAt + verbLength));
    }

    private static boolean in(Clause c, String wordClass, int k) {
        return c.is(wordClass, k) || c.in(wordClass, c.lower(k));
    }

    /** The clause before the quote opens right after another quote of the same sentence ("„…“ und unterstrich, dass …"). */
    private boolean fragmentAfterQuote(Document doc, QuoteSpans.Span s, int from) {
        String before = doc.text(s.paragraph().start(), from).stripTrailing();
        return !before.isEmpty() && "“”\"»«".indexOf(before.charAt(before.length() - 1)) >= 0;
    }

    /**
     * German separates a verb's particle and puts it at the end of its clause: "Er räumte jedoch ein, dass …", "kündigte
     * der Präsident weitere „…“ an". The index of the verb when a two-word German cue has its first word in the clause
     * and its particle at the end of the main clause (before a comma) or after the quote, before the sentence ends; -1.
     */
    private int separableCue(Document doc, Clause c, QuoteSpans.Span s) {
        if (!doc.language.equals("de")) {
            return -1;
        }
        int start = Math.min(s.close() + 1, s.paragraph().end());
        int end = Math.min(bounds.sentenceEnd(doc.body, start, s.paragraph().end()) + 1, s.paragraph().end());
        String after = doc.text(start, end);
        for (int k = 0; k < c.size(); k++) {
            for (Lexicon.Cue cue : lex.cuesStartingWith(c.lower(k))) {
                if (cue.tokens().size() != 2 || !cue.language().equals("de")) {
                    continue;
                }
                String particle = cue.tokens().get(1);
                for (int j = k + 1; j < c.size(); j++) {
                    if (c.lower(j).equals(particle) && (j + 1 == c.size() || c.gap(j).contains(","))) {
                        return k;
                    }
                }
                if (java.util.regex.Pattern.compile("(?i)(^|\\s)" + java.util.regex.Pattern.quote(particle) + "\\s*[.,;!?]").matcher(after).find()) {
                    return k;
                }
            }
        }
        // "X hatte am Montag „…“ gefordert": a perfect's auxiliary before the quote, the speech verb's participle at
        // the sentence's end after it
        java.util.regex.Matcher last = PARTICIPLE_AT_END.matcher(after);
        if (last.find() && isSpeechParticiple(last.group(1).toLowerCase(java.util.Locale.ROOT))) {
            for (int k = 0; k < c.size(); k++) {
                if (PERFECT_AUXILIARIES.contains(c.lower(k))) {
                    return k;
                }
            }
        }
        return -1;
    }

    private static final java.util.regex.Pattern PARTICIPLE_AT_END = java.util.regex.Pattern.compile("(\\p{L}+)\\s*[.!?]\\s*$");
    private static final Set<String> PERFECT_AUXILIARIES = Set.of("hat", "hatte", "haben", "hatten", "habe", "hätte", "hätten");

    /** "gefordert", "gesagt", "erklärt": the participle of a German speech verb whose preterite ("forderte") is a cue. */
    private boolean isSpeechParticiple(String word) {
        if (!word.endsWith("t")) {
            return false;
        }
        String stem = word.startsWith("ge") ? word.substring(2) : word;
        return lex.cuesStartingWith(stem + "e").stream().anyMatch(cue -> cue.language().equals("de") && cue.tokens().size() == 1);
    }

    /**
     * A quote in a sentence of reported speech ("Das Virus sei „…“", German Konjunktiv I) with no attribution of its
     * own goes on reporting the last speaker: the pronoun of the sentence before's verb of saying ("in der er …
     * aufforderte. Es sei an der Zeit, dass „…“"), else a pronoun's reference, resolved the same way.
     */
    private Speaker reported(Document doc, Clause.Reader reader, QuoteSpans.Span s) {
        if (Tokens.fewerWordsThan(doc.body, s.start(), s.end(), EMBEDDED_MIN_WORDS)) {
            return null;
        }
        int from = bounds.sentenceStart(doc.body, s.paragraph().start(), s.open());
        int to = bounds.sentenceEnd(doc.body, Math.min(s.close() + 1, s.paragraph().end()), s.paragraph().end());
        Clause c = reader.read(from, Math.min(s.paragraph().end(), to + 1));
        for (int k = 0; k < c.size(); k++) {
            if (c.isReported(k) && (c.start(k) < s.open() || c.start(k) > s.close())) {
                int before = bounds.sentenceStart(doc.body, s.paragraph().start(), Math.max(s.paragraph().start(), from - 1));
                Clause previous = before < from ? reader.read(before, from) : null;
                Speaker said = previous == null ? null : previous.pronounOfSpeech();
                if (said == null && previous != null && speaks(doc, previous)) {
                    said = previous.bodySubject(); // "Die Behörde hatte den Antrag damit begründet, dass … Demnach sei er „…“"
                }
                return said != null ? said : new Speaker(Kind.PRONOUN, c.start(k), c.end(k), null, null);
            }
        }
        return null;
    }

    /**
     * "Einen Tag später spielte er den Ausbruch herunter. „…“": a quote that is a sentence of its own, with no
     * attribution, right after a sentence whose subject is a person, is that person's.
     */
    private Speaker sentenceBefore(Document doc, Clause.Reader reader, QuoteSpans.Span s, QuoteSpans.Span prev) {
        if (Tokens.fewerWordsThan(doc.body, s.start(), s.end(), EMBEDDED_MIN_WORDS)) {
            return null;
        }
        int floor = prev != null ? prev.close() + 1 : s.paragraph().start();
        int sentenceStart = bounds.sentenceStart(doc.body, floor, s.open());
        if (!spaced(doc.text(sentenceStart, s.open())).isBlank() || sentenceStart <= floor) {
            return null; // the quote does not open its sentence, or no sentence of the paragraph stands before it
        }
        String after = doc.text(Math.min(s.close() + 1, s.paragraph().end()), s.paragraph().end()).stripLeading();
        if (!after.isEmpty() && !Character.isUpperCase(after.codePointAt(0)) && "„“\"«»".indexOf(after.charAt(0)) < 0) {
            return null; // the sentence goes on after the quote
        }
        // The sentence before may hold a term in quotes ("… die Umstellung der „maroden Sozialsysteme“ … gefordert."):
        // it starts where that term's sentence starts.
        int previousStart = bounds.sentenceStart(doc.body, floor, sentenceStart - 1);
        if (prev != null && previousStart == floor && Tokens.fewerWordsThan(doc.body, prev.start(), prev.end(), EMBEDDED_MIN_WORDS)
                && doc.text(floor, sentenceStart).chars().anyMatch(Character::isLetter)) {
            int termSentence = bounds.sentenceStart(doc.body, s.paragraph().start(), prev.open());
            if (doc.text(termSentence, prev.open()).chars().anyMatch(Character::isLetter)) {
                previousStart = termSentence; // (a quote opening its sentence is speech, with its own attribution)
            }
        }
        Clause c = reader.read(previousStart, sentenceStart);
        Speaker subject = c.sentenceSubject();
        if (subject == null) {
            // "Der Wirtschaftsrat der CDU hatte … gefordert. „…“": a body whose statement the sentence reports goes on
            subject = speaks(doc, c) ? c.bodySubject() : null;
        }
        return subject;
    }

    /** A reference to someone by a title or, in German, a noun for what they do ("die Ministerin"), not to a group. */
    private boolean isPersonsRole(Document doc, Speaker reference) {
        String word = doc.text(reference.start(), reference.end()).toLowerCase(java.util.Locale.ROOT);
        if (doc.language.equals("de") && Tokens.wordBefore(doc.body, reference.start()).equals("die") && !word.endsWith("in")) {
            return false; // "die Händler": "die" before a masculine noun makes it plural, a group
        }
        return lex.isTitle(word) || doc.language.equals("de") && lex.isGermanPersonNoun(word);
    }

    /** The clause has a verb of saying, or in German a speech verb's participle ("hatte … gefordert"). */
    private boolean speaks(Document doc, Clause c) {
        for (int k = 0; k < c.size(); k++) {
            if (c.cueAt(k) > 0 || doc.language.equals("de") && isSpeechParticiple(c.lower(k))) {
                return true;
            }
        }
        return false;
    }

    /** Splits "l'avocat" into "l'" and "avocat", keeping offsets. */
    static List<Tokens.Token> words(String body, int from, int to) {
        List<Tokens.Token> out = new ArrayList<>();
        for (Tokens.Token t : Tokens.tokenize(body, from, to)) {
            Matcher m = ELISION.matcher(t.text());
            if (m.matches()) {
                int cut = t.start() + m.start(2);
                out.add(new Tokens.Token(body.substring(t.start(), cut), t.start(), cut));
                out.add(new Tokens.Token(m.group(2), cut, t.end()));
            } else {
                out.add(t);
            }
        }
        return out;
    }

    /** No-break spaces (French « », " :") as plain ones, so that strip() and startsWith(" ") see them. */
    static String spaced(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ').replace('\u2009', ' ');
    }

}
