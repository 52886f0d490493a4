package org.newsstream.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsstream.avro.EntityType;

/**
 * One article's quotes and names as the attribution rules read them: the cluster each name belongs to, the
 * spans, the speech verbs of the article's languages, the person named last, the subject of a sentence.
 */

final class QuoteContext {
    final Document doc;
    final List<Coreference.Cluster> clusters;
    final Map<Integer, Coreference.Cluster> clusterAt;
    final Map<Integer, NameMention> mentionAt;
    final Map<Integer, NameMention> mentionEndingAt;
    final Set<String> languages;
    List<QuoteSpans.Span> spans = List.of();

    private final Lexicon lex;
    private final QuoteSpans bounds;
    private final Set<String> objectOf;

    QuoteContext(Lexicon lex, QuoteSpans bounds, Document doc, List<Coreference.Cluster> clusters,
            Map<Integer, Coreference.Cluster> clusterAt, Map<Integer, NameMention> mentionAt,
            Map<Integer, NameMention> mentionEndingAt, Set<String> languages) {
        this.lex = lex;
        this.bounds = bounds;
        this.objectOf = lex.words("object-of");
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
            // a name that is all its quote ("die Nachrichtenagentur „Fars“") stands in the text, not in speech
            boolean nameOnly = mentionAt.containsKey(s.start()) && mentionAt.get(s.start()).end() == s.end();
            if (pos >= s.start() && pos < s.end() && !nameOnly) {
                return true;
            }
        }
        return false;
    }

    /** How far before a name its role may stand: "la vereadora do Ambiente, Joana Pereira" (five words). */
    private static final int ROLE_REACH = 6;

    /**
     * The person named last before pos with this role noun just before the name ("the mayor, Ana Ruiz", "Mayor Ana
     * Ruiz"), outside quotations; null when the article gave the role to no one.
     */
    Coreference.Cluster holderOfRole(String roleKey, int pos) {
        return lastBefore(pos, EntityType.PERSON, (c, m) -> {
            List<Tokens.Token> before = Tokens.tokenize(doc.body, Math.max(0, m.start() - 80), m.start());
            for (int k = Math.max(0, before.size() - ROLE_REACH); k < before.size(); k++) {
                // "Senator Claire X, Democrat of Y": the role is the nearer name's
                if (Tokens.key(before.get(k).text()).equals(roleKey) && !personNamedBetween(before.get(k).end(), m.start() - 1, c)) {
                    return true;
                }
            }
            return false;
        });
    }

    /**
     * The body named last before pos as the owner of this role ("een woordvoerder van het CBL", "a spokesperson for the
     * council"): an unnamed holder of the role speaks for it, as "zegt een woordvoerder van NS" does.
     */
    Coreference.Cluster bodyOfRole(String roleKey, int pos) {
        return lastBefore(pos, EntityType.ORGANIZATION, (c, m) -> {
            List<Tokens.Token> before = Tokens.tokenize(doc.body, Math.max(0, m.start() - 60), m.start());
            int k = before.size() - 1;
            while (k >= 0 && lex.isAttributionWord("det", before.get(k).lower(), Set.of(doc.language))) {
                k--;
            }
            return k >= 1 && lex.words("object-of").contains(before.get(k).lower()) && Tokens.key(before.get(k - 1).text()).equals(roleKey);
        });
    }

    /** Whichever of the two was named later before pos: the role's holder or the body it speaks for. */
    Coreference.Cluster laterNamed(Coreference.Cluster a, Coreference.Cluster b, int pos) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return lastMentionBefore(a, pos) >= lastMentionBefore(b, pos) ? a : b;
    }

    private int lastMentionBefore(Coreference.Cluster c, int pos) {
        int last = -1;
        for (NameMention m : c.mentions()) {
            if (m.start() < pos && !insideQuote(m.start())) {
                last = Math.max(last, m.start());
            }
        }
        return last;
    }

    /**
     * The holder of the role that opens the last sentence between from and to with an article and a role noun
     * ("A vereadora garantiu …", "The mayor said …"), when the article gave that role to someone; else null.
     */
    Coreference.Cluster roleSubjectBetween(int from, int to) {
        List<Tokens.Token> toks = Tokens.tokenize(doc.body, from, to);
        Coreference.Cluster found = null;
        int foundAt = -1;
        for (int k = 0; k + 1 < toks.size(); k++) {
            Tokens.Token det = toks.get(k);
            Tokens.Token role = toks.get(k + 1);
            String gap = k == 0 ? doc.body.substring(Math.max(0, det.start() - 3), det.start()) : doc.body.substring(toks.get(k - 1).end(), det.start());
            boolean opensSentence = k == 0 && (det.start() == 0 || gap.isBlank() || gap.chars().anyMatch(ch -> ".!?\n»”\"".indexOf(ch) >= 0))
                    || k > 0 && gap.chars().anyMatch(ch -> ".!?\n".indexOf(ch) >= 0);
            if (opensSentence && lex.isAttributionWord("det", det.lower(), Set.of(doc.language)) && !role.capitalised()
                    && lex.isTitle(role.lower())) {
                Coreference.Cluster holder = holderOfRole(Tokens.key(role.text()), det.start());
                if (holder != null) {
                    found = holder;
                    foundAt = det.start();
                }
            }
        }
        // "The senator … ¶ Taylor Hirth said she …": someone named since is the sentence's subject now
        return found != null && personNamedBetween(foundAt, to, found) ? null : found;
    }

    /**
     * The organisation that opens the last sentence between from and to as its subject, perhaps after an article
     * ("La Consejería de Sanidad defendió la medida."), when no person is named after it; null when none does.
     */
    Coreference.Cluster bodyOpeningSentenceBetween(int from, int to) {
        Coreference.Cluster found = null;
        int foundAt = -1;
        for (Coreference.Cluster c : clusters) {
            if (c.type() != EntityType.ORGANIZATION) {
                continue;
            }
            for (NameMention m : c.mentions()) {
                if (m.start() <= from || m.start() >= to || m.start() < foundAt || insideQuote(m.start()) || !inText(m.start())) {
                    continue;
                }
                int sentence = bounds.sentenceStart(doc.body, paragraphStart(m.start()), m.start());
                List<Tokens.Token> lead = Tokens.tokenize(doc.body, sentence, m.start());
                boolean opens = sentence >= from && (lead.isEmpty()
                        || lead.size() == 1 && lex.isAttributionWord("det", lead.get(0).lower(), languages));
                if (opens) {
                    found = c;
                    foundAt = m.start();
                }
            }
        }
        return found != null && personNamedBetween(foundAt, to, null) ? null : found;
    }

    /**
     * The body that opens the sentence before the one at pos ("Transport Scotland said it was working closely with
     * the operator. A spokeswoman added: …"), or the one at pos; null when none does.
     */
    Coreference.Cluster bodyOpeningSentenceBefore(int pos) {
        int own = bounds.sentenceStart(doc.body, paragraphStart(pos), pos);
        int before = own > 0 ? bounds.sentenceStart(doc.body, paragraphStart(own - 1), Math.max(0, own - 1)) : 0;
        return bodyOpeningSentenceBetween(before - 1, pos);
    }

    /**
     * Who issued the statement an attribution refers to ("the statement said"): in the last sentence before pos that
     * names a statement, the first organisation or person it names, or the body its subject's noun refers to ("The
     * trust said in a statement that …").
     */
    Coreference.Cluster statementIssuerBefore(int pos, java.util.function.BiFunction<String, Integer, Coreference.Cluster> bodyNamedBy) {
        List<Tokens.Token> toks = Tokens.tokenize(doc.body, 0, pos);
        for (int k = toks.size() - 1; k >= 0; k--) {
            Tokens.Token t = toks.get(k);
            if (t.start() >= pos - 1 || insideQuote(t.start()) || !lex.isAttributionWord("statement", t.lower(), languages)) {
                continue;
            }
            int from = bounds.sentenceStart(doc.body, paragraphStart(t.start()), t.start());
            int to = bounds.sentenceEnd(doc.body, t.end(), doc.body.length());
            Coreference.Cluster first = null;
            int firstAt = Integer.MAX_VALUE;
            for (Coreference.Cluster c : clusters) {
                if (c.type() != EntityType.ORGANIZATION && c.type() != EntityType.PERSON) {
                    continue;
                }
                for (NameMention m : c.mentions()) {
                    if (m.start() >= from && m.start() < Math.min(to, pos) && m.start() < firstAt && !insideQuote(m.start())) {
                        first = c;
                        firstAt = m.start();
                    }
                }
            }
            if (first != null) {
                return first;
            }
            List<Tokens.Token> lead = Tokens.tokenize(doc.body, from, Math.min(from + 40, t.start()));
            if (lead.size() >= 2 && lex.isAttributionWord("det", lead.get(0).lower(), languages) && lex.isOrgWord(lead.get(1).lower())) {
                return bodyNamedBy.apply(Tokens.key(lead.get(1).text()), from);
            }
            return null;
        }
        return null;
    }

    /** 'm' or 'f' when the person's given name says it, else 0. */
    char genderOf(Coreference.Cluster c) {
        for (String word : c.canonical().split(" ")) {
            char g = lex.givenNameGender(word.toLowerCase(java.util.Locale.ROOT));
            if (g != 0) {
                return g;
            }
            if (!lex.isTitle(word.toLowerCase(java.util.Locale.ROOT))) {
                return 0; // only the first word after any title is the given name
            }
        }
        return 0;
    }

    /** The person of that gender (0: of no known gender) named last before pos, outside quotations; null when none is. */
    Coreference.Cluster recentPersonOfGender(int pos, char gender) {
        return lastPersonBefore(pos, (c, m) -> genderOf(c) == gender);
    }

    /** The person named last before pos, outside quotations. */
    Coreference.Cluster recentPerson(int pos) {
        return lastPersonBefore(pos, (c, m) -> true);
    }

    /** The person whose mention the test accepts, named last before pos outside quotations; null when none is. */
    private Coreference.Cluster lastPersonBefore(int pos, java.util.function.BiPredicate<Coreference.Cluster, NameMention> accepts) {
        return lastBefore(pos, EntityType.PERSON, accepts);
    }

    private Coreference.Cluster lastBefore(int pos, EntityType type, java.util.function.BiPredicate<Coreference.Cluster, NameMention> accepts) {
        Coreference.Cluster best = null;
        int bestStart = -1;
        for (Coreference.Cluster c : clusters) {
            if (c.type() != type) {
                continue;
            }
            for (NameMention m : c.mentions()) {
                if (m.start() < pos && m.start() > bestStart && !insideQuote(m.start()) && inText(m.start()) && accepts.test(c, m)) {
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
        // "Quando a vereadora X lhe perguntou …, o presidente da câmara, André Martins, prometeu …": after an opening
        // adverbial clause, the people it names before its comma are not the sentence's subject
        int mainClause = mainClauseAfterOpeningClause(from, pos);
        if (mainClause > 0) {
            int sentenceFrom = from;
            List<NameMention> inMain = people.stream().filter(m -> m.start() >= mainClause).toList();
            if (!inMain.isEmpty()) {
                people = new ArrayList<>(people);
                people.removeIf(m -> m.start() >= sentenceFrom && !inMain.contains(m));
            }
        }
        NameMention first = null;
        NameMention firstFree = null;
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
            firstFree = firstFree == null && !object ? m : firstFree;
        }
        // "o advogado de X, Y, anunciou …": a name a preposition governs is not the sentence's subject
        return of.get(firstFree != null ? firstFree : first);
    }

    /**
     * Where the main clause starts in a sentence that opens with an adverbial clause ("When X, the counsel of Y, gave
     * a talk, she said"): after the first comma that follows a lower-case word and comes before one (a comma around
     * a name is an apposition inside the opening clause); -1 when the sentence opens otherwise.
     */
    private int mainClauseAfterOpeningClause(int from, int to) {
        List<Tokens.Token> toks = Tokens.tokenize(doc.body, from, to);
        if (toks.isEmpty() || !lex.isAttributionWord("subordinator", toks.get(0).lower(), languages)) {
            return -1;
        }
        for (int k = 1; k + 1 < toks.size(); k++) {
            String gap = doc.body.substring(toks.get(k).end(), toks.get(k + 1).start());
            if (gap.contains(".") || gap.contains("\n")) {
                return -1;
            }
            if (gap.contains(",") && !toks.get(k).capitalised() && !toks.get(k + 1).capitalised()) {
                return toks.get(k + 1).start();
            }
        }
        return -1;
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

    /**
     * The pronoun at pos is the subject of a main clause after an opening adverbial clause that names the last speaker
     * again ("Als Jeff X Santorum darauf ansprach, reagierte er"): the one who spoke before is still the one the
     * story follows, whoever the clause brings in.
     */
    boolean namedAgainInOpeningClause(Coreference.Cluster speaker, int pos) {
        int from = bounds.sentenceStart(doc.body, paragraphStart(pos), pos);
        List<Tokens.Token> toks = Tokens.tokenize(doc.body, from, pos);
        if (toks.isEmpty() || !lex.isAttributionWord("subordinator", toks.get(0).lower(), languages)) {
            return false;
        }
        boolean again = false;
        for (NameMention m : speaker.mentions()) {
            again |= m.start() > from && m.start() < pos && !insideQuote(m.start());
        }
        // (only against people the clause introduces: "When Flynn was asked about Putin, he said" keeps to the
        // people the story has followed, as any pronoun does)
        for (Coreference.Cluster c : clusters) {
            if (c != speaker && c.type() == EntityType.PERSON && c.mentions().stream().anyMatch(m -> m.start() < from)
                    && c.mentions().stream().anyMatch(m -> m.start() > from && m.start() < pos && !governed(m))) {
                return false;
            }
        }
        return again;
    }

    /** A preposition stands right before the name ("zu Romney", "about Putin"): it is no one's subject. */
    private boolean governed(NameMention m) {
        List<Tokens.Token> before = Tokens.tokenize(doc.body, Math.max(0, m.start() - 15), m.start());
        if (before.isEmpty()) {
            return false;
        }
        String w = before.get(before.size() - 1).lower();
        return lex.isAttributionWord("of", w, languages)
                || lex.isAttributionWord("adjunct", w, languages) && !lex.isAttributionWord("subordinator", w, languages);
    }

    /** A person other than {@code except} is named between the two offsets, outside quotations. */
    boolean personNamedBetween(int from, int to, Coreference.Cluster except) {
        for (Map.Entry<Integer, Coreference.Cluster> e : clusterAt.entrySet()) {
            if (e.getKey() > from && e.getKey() < to && e.getValue().type() == EntityType.PERSON && e.getValue() != except
                    && !insideQuote(e.getKey())) {
                return true;
            }
        }
        return false;
    }
}
