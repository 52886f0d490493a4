package org.newsstream.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An article laid out for the rule-based stages: its body split into paragraphs, each marked as article
 * text, a heading (title-case line), or page furniture (boilerplate and repeated lines) to skip.
 */
public final class Document {
    public enum Kind { TEXT, HEADING, BOILERPLATE }

    public record Paragraph(int start, int end, Kind kind) {}

    public final String id;
    public final String title;
    public final String body;
    public final String language;
    public final List<Paragraph> paragraphs;
    /** Lower-case words that occur in lower case somewhere in the text: capitalised, they are not names. */
    final Set<String> lowercaseWords = new HashSet<>();
    /** How often each word (as written) occurs in the text: a surname used alone elsewhere marks a person. */
    final Map<String, Integer> wordCounts = new HashMap<>();

    /** Indonesian or Malay: one language family, whose names and posts behave alike (single names, posts before names). */
    boolean malayLanguage() {
        return language.equals("id") || language.equals("ms");
    }

    Document(String id, String title, String body, String language, List<Paragraph> paragraphs,
             Map<Paragraph, List<Tokens.Token>> tokenized) {
        tokens.putAll(tokenized);
        this.id = id;
        this.title = title;
        this.body = body;
        this.language = language;
        this.paragraphs = paragraphs;
        for (Paragraph p : paragraphs) {
            if (p.kind() == Kind.TEXT) {
                for (Tokens.Token t : tokens(p)) {
                    wordCounts.merge(t.text(), 1, Integer::sum);
                    if (Character.isLowerCase(t.text().codePointAt(0))) {
                        lowercaseWords.add(t.text());
                    }
                }
            }
        }
    }

    /** Each paragraph's tokens, made once: the layout, the chunker and the recognizer's passes all read them. */
    private final Map<Paragraph, List<Tokens.Token>> tokens = new HashMap<>();

    /** The paragraph's words with their offsets in the body (read-only). */
    List<Tokens.Token> tokens(Paragraph p) {
        return tokens.computeIfAbsent(p, k -> java.util.Collections.unmodifiableList(Tokens.tokenize(body, k.start(), k.end())));
    }

    /** Splits the body into lines, marks boilerplate, repeats and headings. */
    static Document layout(ArticleInput a, String language, Lexicon lexicon) {
        String body = a.body();
        List<Paragraph> out = new ArrayList<>();
        Map<Paragraph, List<Tokens.Token>> tokenized = new HashMap<>();
        Set<String> seen = new HashSet<>();
        int i = 0;
        while (i < body.length()) {
            int nl = body.indexOf('\n', i);
            int end = nl < 0 ? body.length() : nl;
            int s = i;
            int e = end;
            while (s < e && Character.isWhitespace(body.charAt(s))) s++;
            while (e > s && Character.isWhitespace(body.charAt(e - 1))) e--;
            if (e > s) {
                String line = body.substring(s, e);
                List<Tokens.Token> words = Tokens.tokenize(body, s, e);
                Paragraph p = new Paragraph(s, e, kindOf(line, words, seen, lexicon));
                out.add(p);
                tokenized.put(p, java.util.Collections.unmodifiableList(words)); // (the layout's tokens are the document's)
            }
            i = end + 1;
        }
        return new Document(a.id(), a.title(), body, language, out, tokenized);
    }

    static Kind kindOf(String line, Set<String> seen, Lexicon lexicon) {
        return kindOf(line, Tokens.tokenize(line, 0, line.length()), seen, lexicon);
    }

    private static Kind kindOf(String line, List<Tokens.Token> tokens, Set<String> seen, Lexicon lexicon) {
        if (!seen.add(line)) {
            return Kind.BOILERPLATE; // a repeated line: photo captions and teasers are printed twice
        }
        List<String> words = new java.util.AbstractList<>() {
            @Override
            public String get(int index) {
                return tokens.get(index).text();
            }

            @Override
            public int size() {
                return tokens.size();
            }
        };
        boolean bullet = line.startsWith("*") || line.startsWith("•") || line.startsWith("►") || line.startsWith("»");
        if ((bullet || words.size() <= 12) && lexicon.hasBoilerplateMarker(line)) {
            return Kind.BOILERPLATE;
        }
        char last = line.charAt(line.length() - 1);
        // Every closing quotation mark ends a sentence: German „…“ and »…«, French and Swiss «…».
        boolean sentenceEnd = ".!?\"”’»)“«‹›」』".indexOf(last) >= 0;
        // A line that ends in a colon after a few words introduces what follows ("X sagte auf Twitter:").
        boolean introduces = last == ':' && words.size() >= 3;
        if (!sentenceEnd && !introduces && words.size() <= 20) {
            long caps = words.stream().filter(w -> Character.isUpperCase(w.codePointAt(0))).count();
            if (words.isEmpty() || caps * 2 >= words.size() || words.size() <= 3) {
                return Kind.HEADING;
            }
        }
        return Kind.TEXT;
    }

    /** The text paragraph before p (skipping headings and page furniture), or null. */
    // \uFFFD: the dash of a page decoded with the wrong charset
    private static final java.util.regex.Pattern DATELINE = java.util.regex.Pattern.compile("^(.{1,80}?)\\s+[-–—\uFFFD]{1,2}\\s");
    /** "KOTA BHARU: …": the Malaysian dateline, the town in capitals and a colon. */
    private static final java.util.regex.Pattern CAPITALS_COLON = java.util.regex.Pattern.compile("^(\\p{Lu}[\\p{Lu} .'’-]{1,40}):\\s");

    /** Where the dateline ("PERTH, Scotland —", "KUPANG, Kompas —") that opens the first text paragraph ends; -1 when none. */
    public int datelineEnd() {
        for (Paragraph p : paragraphs) {
            if (p.kind() == Kind.TEXT) {
                java.util.regex.Matcher m = DATELINE.matcher(body).region(p.start(), p.end());
                java.util.regex.Matcher colon = CAPITALS_COLON.matcher(body).region(p.start(), p.end());
                return m.lookingAt() ? m.end(1) : colon.lookingAt() ? colon.end(1) : -1;
            }
        }
        return -1;
    }

    public Paragraph previousText(Paragraph p) {
        for (int k = paragraphs.indexOf(p) - 1; k >= 0; k--) {
            if (paragraphs.get(k).kind() == Kind.TEXT) {
                return paragraphs.get(k);
            }
        }
        return null;
    }

    public String text(int start, int end) {
        return body.substring(start, end);
    }
}
