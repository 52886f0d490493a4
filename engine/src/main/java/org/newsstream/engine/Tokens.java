package org.newsstream.engine;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Tokenisation and name normalisation shared by every stage. */
public final class Tokens {
    private Tokens() {}

    /** A word with its offsets in the text it came from, and its lower-case form (asked for all the time, made once). */
    public record Token(String text, int start, int end, String lower) {
        public Token(String text, int start, int end) {
            this(text, start, end, text.toLowerCase(Locale.ROOT));
        }

        public boolean capitalised() {
            return Character.isUpperCase(text.codePointAt(0));
        }
    }

    /**
     * Words: letters and digits (and marks after them), joined by hyphens, apostrophes or dots inside a word (Jong-un,
     * O'Brien, Liputan6.com). A hand-written scanner: a regular expression costs several times as much, on every
     * stage's every sentence.
     */
    public static List<Token> tokenize(String text, int from, int to) {
        List<Token> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            int c = text.codePointAt(i);
            if (!startsWord(c)) {
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            i = wordPart(text, i, to);
            // joiners: a hyphen, an apostrophe or a dot with a letter or digit right after it
            while (i + 1 < to && isJoiner(text.charAt(i)) && startsWord(text.codePointAt(i + 1))) {
                i = wordPart(text, i + 1, to);
            }
            add(out, text, start, i);
        }
        return out;
    }

    /** Whether text[from, to) has fewer than n words, reading no more of it than it takes to tell. */
    public static boolean fewerWordsThan(String text, int from, int to, int n) {
        int prefix = Math.min(to, from + 40 * n);
        int words = tokenize(text, from, prefix).size();
        return words >= n ? false : prefix == to || tokenize(text, from, to).size() < n;
    }

    /**
     * The word right before offset, across spaces only, lower case ("aus" before "aus Posen"); "" when punctuation
     * or the start of the text stands there.
     */
    public static String wordBefore(String text, int offset) {
        int start = wordBeforeStart(text, offset);
        int end = start;
        while (end < offset && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return text.substring(start, end).toLowerCase(Locale.ROOT);
    }

    /** Where the word {@link #wordBefore} returns starts (offset itself when there is none). */
    public static int wordBeforeStart(String text, int offset) {
        int end = offset;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return start == end ? offset : start;
    }

    private static boolean startsWord(int c) {
        if (c < 128) { // most of any text in our languages: no Unicode tables needed
            return asciiLetterOrDigit(c);
        }
        return Character.isLetter(c) || Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER;
    }

    private static boolean asciiLetterOrDigit(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    private static boolean isJoiner(char c) {
        return c == '-' || c == '\'' || c == '’' || c == '.';
    }

    /** The end of a run of letters, marks and digits that starts at i. */
    private static int wordPart(String text, int i, int to) {
        while (i < to) {
            char ch = text.charAt(i);
            if (ch < 128) {
                if (!asciiLetterOrDigit(ch)) {
                    break;
                }
                i++;
                continue;
            }
            int c = text.codePointAt(i);
            int type = Character.getType(c);
            if (!(Character.isLetter(c) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.NON_SPACING_MARK
                    || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK)) {
                break;
            }
            i += Character.charCount(c);
        }
        return i;
    }

    private static void add(List<Token> out, String text, int start, int end) {
        String w = text.substring(start, end);
        // "Obama's" is Obama: the possessive is not part of the name.
        if (w.length() > 3 && (w.endsWith("'s") || w.endsWith("’s"))) {
            w = w.substring(0, w.length() - 2);
            end -= 2;
        }
        // French and Italian elide the article or preposition onto the next word: "l'Allemagne",
        // "dell'Università", "d'Esquadra". The word after it stands alone ("L'Aquila", "O'Brien" stay whole).
        if (w.indexOf('\'') > 0 || w.indexOf('’') > 0) {
            Matcher e = ELISION.matcher(w);
            if (e.matches()) {
                int cut = start + e.end(1) + 1;
                out.add(new Token(w.substring(0, e.end(1) + 1), start, cut));
                out.add(new Token(w.substring(e.end(1) + 1), cut, end));
                return;
            }
        }
        out.add(new Token(w, start, end));
    }

    private static final Pattern ELISION = Pattern.compile("(l|d|dell|all|nell|dall|sull|dagl|degl|un|qu|s|j|n|c)['’](\\p{L}.*)");

    public static List<String> words(String text) {
        return tokenize(text, 0, text.length()).stream().map(Token::text).toList();
    }

    /** Comparison key for names: lower case, no diacritics, hyphens as spaces ("Kim Jong-un" = "Kim Jong Un"). */
    public static String key(String name) {
        String s = name;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) { // only non-ASCII text needs the (slow) decomposition
                s = Normalizer.normalize(s, Normalizer.Form.NFKD);
                break;
            }
        }
        StringBuilder b = new StringBuilder(s.length());
        boolean space = true; // collapses runs and trims the front
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK || Character.getType(c) == Character.COMBINING_SPACING_MARK) {
                continue;
            }
            if (Character.isWhitespace(c) || c == '-' || c == '\u2010' || c == '\'' || c == '\u2019' || c == '.') {
                if (!space) {
                    b.append(' ');
                    space = true;
                }
            } else {
                b.append(Character.toLowerCase(c));
                space = false;
            }
        }
        if (b.length() > 0 && b.charAt(b.length() - 1) == ' ') {
            b.setLength(b.length() - 1);
        }
        return b.toString();
    }
}
