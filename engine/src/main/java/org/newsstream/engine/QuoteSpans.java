package org.newsstream.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Quoted spans, for every common quotation-mark style ("…", “…”, „…“, «…», »…«, ‹…›, 「…」, ‘…’), and the
 * sentence bounds that attribution reads around them. Found once per article; the attribution grammar and the
 * quote extractor both work on these spans.
 */
public final class QuoteSpans {
    /** A quotation: its marks ({@code open}, {@code close}) and its text without padding ({@code start}, {@code end}). */
    public record Span(int open, int close, int start, int end, Document.Paragraph paragraph) {}

    private static final String OPENERS = "\"“”„«»‹›「『‘‚'";

    private final Lexicon lex;

    /** Whitespace, including the no-break spaces French puts inside « » and before ":" (Java's isWhitespace excludes them). */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    public QuoteSpans(Lexicon lexicon) {
        this.lex = lexicon;
    }

    /** Every quoted span of the article's text paragraphs, in order. */
    public List<Span> find(Document doc) {
        List<Span> out = new ArrayList<>();
        for (Document.Paragraph p : doc.paragraphs) {
            if (p.kind() == Document.Kind.TEXT) {
                out.addAll(spans(doc, p));
            }
        }
        return out;
    }

    private static List<Span> spans(Document doc, Document.Paragraph p) {
        List<Span> out = new ArrayList<>();
        String b = doc.body;
        int i = p.start();
        while (i < p.end()) {
            char c = b.charAt(i);
            if (OPENERS.indexOf(c) >= 0 && openerContext(b, i, p)) {
                String closers = closersFor(c);
                boolean single = c == '‘' || c == '\'' || c == '‚';
                int j = findCloser(b, i + 1, p.end(), closers, single);
                if (j < 0 && single) {
                    i++;
                    continue; // an apostrophe, not a quote
                }
                int textStart = i + 1;
                int textEnd = j < 0 ? p.end() : j;
                while (textStart < textEnd && isSpace(b.charAt(textStart))) textStart++;
                while (textEnd > textStart && isSpace(b.charAt(textEnd - 1))) textEnd--;
                if (textEnd > textStart && !Tokens.words(b.substring(textStart, textEnd)).isEmpty()) {
                    out.add(new Span(i, j < 0 ? p.end() : j, textStart, textEnd, p));
                }
                i = j < 0 ? p.end() : j + 1;
            } else {
                i++;
            }
        }
        return out;
    }

    private static boolean openerContext(String b, int i, Document.Paragraph p) {
        if (i + 1 >= p.end()) {
            return false;
        }
        char prev = i == p.start() ? ' ' : b.charAt(i - 1);
        char next = b.charAt(i + 1);
        return (isSpace(prev) || "([{—–-:/".indexOf(prev) >= 0)
                && (Character.isLetterOrDigit(next) || isSpace(next) || "¿¡.…(".indexOf(next) >= 0);
    }

    private static String closersFor(char c) {
        return switch (c) {
            case '"' -> "\"";
            case '“' -> "”“";
            case '”' -> "”";
            case '„' -> "“”";
            case '«' -> "»";
            case '»' -> "«";
            case '‹' -> "›";
            case '›' -> "‹";
            case '「' -> "」";
            case '『' -> "』";
            case '‘' -> "’";
            case '‚' -> "‘’";
            default -> "'";
        };
    }

    private static int findCloser(String b, int from, int to, String closers, boolean single) {
        for (int j = from; j < to; j++) {
            if (closers.indexOf(b.charAt(j)) >= 0) {
                if (!single) {
                    return j;
                }
                // A single closing mark ends a word and is not followed by a letter (unlike don't, l'État).
                char next = j + 1 < b.length() ? b.charAt(j + 1) : ' ';
                if (!Character.isLetter(next) && !isSpace(b.charAt(j - 1))) {
                    return j;
                }
            }
        }
        return -1;
    }

    /**
     * No sentence of news runs longer: attribution reads no further from a quote, so a text without full stops (a
     * page of quotation marks, one enormous line) costs time in proportion to its length, not its square.
     */
    static final int MAX_SENTENCE_CHARS = 1_000;
    private static final java.util.Set<String> ALL_LANGUAGES = java.util.Set.copyOf(Lexicon.LANGUAGES);

    /** Where the sentence that contains pos starts (not before floor). */
    public int sentenceStart(String b, int floor, int pos) {
        floor = Math.max(floor, pos - MAX_SENTENCE_CHARS);
        for (int k = pos - 1; k > floor; k--) {
            if (endsSentence(b, k)) {
                return k + 1;
            }
        }
        return floor;
    }

    /** Where the sentence that starts at pos ends (not after ceiling). */
    public int sentenceEnd(String b, int pos, int ceiling) {
        ceiling = Math.min(ceiling, pos + MAX_SENTENCE_CHARS);
        for (int k = pos; k < ceiling; k++) {
            if (endsSentence(b, k)) {
                return k;
            }
        }
        return Math.max(pos, ceiling);
    }

    /**
     * "übernommen.Karl Maier sagte": web text that lost the space after a full stop. A lower-case word, the stop, then
     * a capitalised word is a sentence break; "z.B.", "U.S." and "example.com" are not.
     */
    private static boolean missingSpace(String b, int k) {
        return b.charAt(k) == '.' && k >= 3 && k + 2 < b.length()
                && Character.isLowerCase(b.charAt(k - 1)) && Character.isLowerCase(b.charAt(k - 2)) && Character.isLowerCase(b.charAt(k - 3))
                && Character.isUpperCase(b.charAt(k + 1)) && Character.isLowerCase(b.charAt(k + 2));
    }

    /** A full stop that ends a sentence, not the one of "Rep.", "Mr.", "U.S." or an initial. */
    public boolean endsSentence(String b, int k) {
        char c = b.charAt(k);
        if (c != '.' && c != '!' && c != '?') {
            return false;
        }
        if (k + 1 < b.length() && !isSpace(b.charAt(k + 1)) && !missingSpace(b, k)) {
            return false;
        }
        if (c == '.') {
            int w = k;
            while (w > 0 && Character.isLetter(b.charAt(w - 1))) w--;
            String word = b.substring(w, k);
            // (a title's abbreviation is capitalised or short, "Gen.", "dhr.": not "… said Anne Lee, an adviser. The …")
            boolean abbreviation = !word.isEmpty() && (Character.isUpperCase(word.charAt(0)) || word.length() <= 4);
            String lower = word.toLowerCase(java.util.Locale.ROOT);
            if (abbreviation && (lex.isTitle(lower) || lex.isAttributionWord("honorific", lower, ALL_LANGUAGES))
                    || (word.length() <= 2 && !word.isEmpty() && Character.isUpperCase(word.charAt(0)))
                    || (w > 0 && b.charAt(w - 1) == '.')) {
                return false;
            }
            // "am 3. Juni", "der 2. Weltkrieg": a day or an ordinal of one or two digits before a month or a lower-case word
            int d = k;
            while (d > 0 && Character.isDigit(b.charAt(d - 1))) d--;
            if (word.isEmpty() && k - d >= 1 && k - d <= 2 && (d == 0 || !Character.isLetterOrDigit(b.charAt(d - 1)))) {
                int n = k + 1;
                while (n < b.length() && isSpace(b.charAt(n))) n++;
                int e = n;
                while (e < b.length() && Character.isLetter(b.charAt(e))) e++;
                String next = b.substring(n, e);
                if (!next.isEmpty() && (Character.isLowerCase(next.charAt(0)) || lex.calendar.contains(next.toLowerCase(java.util.Locale.ROOT)))) {
                    return false;
                }
            }
        }
        return true;
    }
}
