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

    /** A word with its offsets in the text it came from. */
    public record Token(String text, int start, int end) {
        public boolean capitalised() {
            return Character.isUpperCase(text.codePointAt(0));
        }

        public String lower() {
            return text.toLowerCase(Locale.ROOT);
        }
    }

    // Letters and digits, joined by hyphens, apostrophes or dots inside a word (Jong-un, O'Brien, Liputan6.com).
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{Nd}][\\p{L}\\p{M}\\p{Nd}]*(?:[-'’.][\\p{L}\\p{Nd}][\\p{L}\\p{M}\\p{Nd}]*)*");

    public static List<Token> tokenize(String text, int from, int to) {
        List<Token> out = new ArrayList<>();
        Matcher m = WORD.matcher(text).region(from, to);
        while (m.find()) {
            String w = m.group();
            int end = m.end();
            // "Obama's" is Obama: the possessive is not part of the name.
            if (w.length() > 3 && (w.endsWith("'s") || w.endsWith("’s"))) {
                w = w.substring(0, w.length() - 2);
                end -= 2;
            }
            // French and Italian elide the article or preposition onto the next word: "l'Allemagne",
            // "dell'Università", "d'Esquadra". The word after it stands alone ("L'Aquila", "O'Brien" stay whole).
            Matcher e = ELISION.matcher(w);
            if (e.matches()) {
                int cut = m.start() + e.end(1) + 1;
                out.add(new Token(w.substring(0, e.end(1) + 1), m.start(), cut));
                out.add(new Token(w.substring(e.end(1) + 1), cut, end));
                continue;
            }
            out.add(new Token(w, m.start(), end));
        }
        return out;
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
