package org.newsstream.engine;

import java.util.List;

/**
 * The words of an attribution clause as the grammar reads them: offsets, capitals, the gaps between words, the
 * closed word classes of the lexicon, speech verbs, and where a segment ends. {@link NameRuns} and {@link Clause}
 * build on it.
 */
abstract class ClauseWords {

    final Clause.Reader r;
    final List<Tokens.Token> t;

    ClauseWords(Clause.Reader r, List<Tokens.Token> tokens) {
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

    String lower(int i) {
        return t.get(i).lower();
    }

    /** A word of one of the closed classes of name-words.txt. */
    boolean in(String wordClass, String lower) {
        return r.lex.words(wordClass).contains(lower);
    }

    boolean connector(String lower) {
        return in("particle", lower) || in("org-coordination", lower);
    }

    boolean companySuffix(String lower) {
        return in("company-suffix", lower.replace(".", ""));
    }

    boolean isPronoun(int i) {
        return r.lex.isPronoun(lower(i), r.languages);
    }

    boolean capitalised(int i) {
        return t.get(i).capitalised();
    }

    boolean is(String wordClass, int i) {
        return r.lex.isAttributionWord(wordClass, lower(i), r.languages);
    }

    /** A preposition or an adjunct's opening word: what follows it is governed, not a subject ("of", "in", "bei"). */
    boolean preposition(int i) {
        return is("of", i) || is("adjunct", i);
    }

    /** What stands between token i and the next, with no-break spaces as plain ones. */
    String gap(int i) {
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

    /**
     * Dutch and German split a two-word cue around the subject and put its second word last: "liet de bond weten",
     * "teilte die Behörde mit". The index of the first word when the clause ends with the second; -1 when none.
     */
    int splitCueAt() {
        if (t.size() < 3 || !(r.doc.language.equals("nl") || r.doc.language.equals("de"))) {
            return -1;
        }
        Tokens.Token last = t.get(t.size() - 1);
        for (int k = t.size() - 3; k >= 0; k--) {
            Lexicon.Cue cue = r.lex.cueAt(List.of(t.get(k), last), 0, c -> c.tokens().size() == 2 && c.language().equals(r.doc.language));
            if (cue != null) {
                return k;
            }
        }
        return -1;
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

    boolean sentenceInitial(int i) {
        String before = r.doc.body.substring(Math.max(0, start(i) - 3), start(i)).strip();
        return before.isEmpty() || ".!?\"“”«»„:".indexOf(before.charAt(before.length() - 1)) >= 0;
    }

    /** Only a space, a hyphen, a slash, brackets or the full stop of a title or an initial between token i and the next. */
    boolean joined(int i) {
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
    boolean abbreviation(int i) {
        return capitalised(i) && t.get(i).text().length() >= 2 && t.get(i).text().length() <= 5 && gap(i).startsWith(".");
    }

    boolean orgWordWithin(int from, int to) {
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

    boolean allCaps(int i) {
        String w = t.get(i).text();
        return w.length() >= 2 && w.equals(w.toUpperCase(java.util.Locale.ROOT)) && w.chars().anyMatch(Character::isLetter);
    }
}
