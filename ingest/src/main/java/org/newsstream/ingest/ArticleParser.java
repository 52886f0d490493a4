package org.newsstream.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsstream.avro.RawArticle;
import org.newsstream.ingest.parse.Bylines;
import org.newsstream.ingest.parse.HtmlArticles;
import org.newsstream.ingest.parse.LanguageIdentifier;
import org.newsstream.ingest.parse.PageCharset;
import org.newsstream.ingest.parse.PageTimes;
import org.newsstream.ingest.parse.PlainTextArticles;
import org.newsstream.ingest.parse.SiteZones;

/**
 * Turns one input (file contents, a request body, a feed item's page) into raw articles.
 * <ul>
 *   <li>Plain text: the first non-blank line is the title, the rest the body (a text of one line is all body);
 *       byline, times and dateline are read from the page header, page furniture is dropped.</li>
 *   <li>HTML: metadata from the page's markup and its main text (see {@link HtmlArticles}).</li>
 *   <li>JSON (an object or an array) and JSON lines: RawArticle field names, or others through a field mapping.</li>
 * </ul>
 * A problem with one article is reported with its place and reason; the others still come out. Languages the
 * source does not state are detected.
 */
public final class ArticleParser {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** An article, or why there is none, with where it came from ("file.jsonl:3"). */
    public record Parsed(String origin, RawArticle article, String error, byte[] raw) {
        public boolean ok() {
            return article != null;
        }
    }

    /** Input formats; AUTO decides by file name and content. */
    public enum Format { AUTO, TEXT, HTML, JSON, JSONL }

    private final Map<String, String> fieldMapping;
    private final Format format;

    /** @param fieldMapping RawArticle field -> the input's JSON field (e.g. body -> text); empty for none. */
    public ArticleParser(Format format, Map<String, String> fieldMapping) {
        this.format = format;
        this.fieldMapping = Map.copyOf(fieldMapping);
    }

    public static ArticleParser defaults() {
        return new ArticleParser(Format.AUTO, Map.of());
    }

    /** Parses with default settings (auto format, RawArticle field names). */
    public static List<Parsed> parse(String source, byte[] content) {
        return defaults().parseContent(source, content);
    }

    public List<Parsed> parseContent(String source, byte[] content) {
        // A page is decoded as a browser decodes it (its own charset); everything else must be UTF-8.
        String head = new String(content, 0, Math.min(content.length, 512), StandardCharsets.ISO_8859_1).replace("\u00EF\u00BB\u00BF", "");
        if (format == Format.HTML || format == Format.AUTO && formatOf(source, head) == Format.HTML) {
            return List.of(html(source, PageCharset.decode(content, null), null, content));
        }
        String text;
        try {
            text = decode(content);
        } catch (CharacterCodingException e) {
            return List.of(new Parsed(source, null, "not valid UTF-8 text", content));
        }
        if (text.isBlank()) {
            return List.of(new Parsed(source, null, "empty input", content));
        }
        return switch (formatOf(source, text)) {
            case JSONL -> {
                List<Parsed> out = new ArrayList<>();
                String[] lines = text.split("\n");
                for (int i = 0; i < lines.length; i++) {
                    if (!lines[i].isBlank()) {
                        out.add(jsonLine(source + ":" + (i + 1), source, lines[i]));
                    }
                }
                yield out;
            }
            case JSON -> json(source, text, content);
            case HTML -> List.of(html(source, PageCharset.decode(content, null), null, content)); // a page after a long run of blank lines
            default -> List.of(plainText(source, text));
        };
    }

    static String decode(byte[] content) throws CharacterCodingException {
        String text = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(content)).toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text; // byte-order mark
    }

    /** What kind of stream an input is, by its name: WARC and JSON lines are read record by record, anything else whole. */
    public enum Stream { WARC, LINES, WHOLE }

    public static Stream streamOf(String source) {
        String name = source.toLowerCase(Locale.ROOT).replaceFirst("\\.gz$", "");
        if (name.endsWith(".warc")) {
            return Stream.WARC;
        }
        return name.endsWith(".jsonl") || name.endsWith(".ndjson") || source.equals("stdin") ? Stream.LINES : Stream.WHOLE;
    }

    Format formatOf(String source, String text) {
        if (format != Format.AUTO) {
            return format;
        }
        String name = source.toLowerCase(Locale.ROOT).replaceFirst("\\.gz$", "");
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return Format.JSONL;
        }
        if (name.endsWith(".json")) {
            return Format.JSON;
        }
        String head = text.stripLeading();
        String lower = head.substring(0, Math.min(200, head.length())).toLowerCase(Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")
                || lower.startsWith("<!doctype html") || lower.startsWith("<html")) {
            return Format.HTML;
        }
        return Format.TEXT;
    }

    Parsed plainText(String source, String text) {
        String t = text.replace("\r\n", "\n");
        int start = 0;
        while (start < t.length() && Character.isWhitespace(t.charAt(start))) start++;
        int nl = t.indexOf('\n', start);
        String title = (nl < 0 ? t.substring(start) : t.substring(start, nl)).strip();
        String original = nl < 0 ? "" : t.substring(nl + 1).strip();
        if (original.isEmpty() || !looksLikeHeadline(title, nl < 0 ? "" : t.substring(nl + 1))) {
            // A single line, or a first line that is plainly text (a paragraph, or a sentence wrapped onto the
            // next line), is all body: an article without a headline is still an article.
            original = t.substring(start).strip();
            title = null;
        }
        PlainTextArticles.Metadata m = PlainTextArticles.read(original);
        if (m.cleanBody().isBlank()) {
            return new Parsed(source, null, "no article text: every line is page furniture", text.getBytes(StandardCharsets.UTF_8));
        }
        return new Parsed(source, RawArticle.newBuilder()
                .setId(ArticleIds.of(null, title, m.cleanBody()))
                .setSource(source)
                .setTitle(title)
                .setByline(m.byline())
                .setLanguage(LanguageIdentifier.INSTANCE.detectOrNull((title == null ? "" : title + "\n") + m.cleanBody()))
                .setPublishedAt(m.publishedAt())
                .setModifiedAt(m.modifiedAt())
                .setDateline(m.dateline())
                .setBody(m.cleanBody())
                .setOriginalText(m.cleanBody().equals(original) ? null : original)
                .setIngestedAt(Instant.now())
                .build(), null, null);
    }

    /**
     * A headline is short, does not end a sentence, and stands on its own line (a blank line follows) or is
     * set in title case. "Rotterdam port engineers warn ..." followed by a blank line is one; a paragraph, or a
     * sentence wrapped onto the next line, is not.
     */
    static boolean looksLikeHeadline(String first, String rest) {
        java.util.List<String> words = java.util.Arrays.stream(first.split("\\s+")).filter(w -> !w.isEmpty()).toList();
        if (words.isEmpty() || words.size() > 25 || first.endsWith(".")) {
            return false;
        }
        // A headline stands alone (a blank line follows) or has the byline under it ("By Ana Ruiz", "Oleh Budi").
        boolean standsAlone = rest.startsWith("\n") || rest.startsWith("\r\n") || rest.isBlank()
                || Bylines.fromLine(rest.lines().findFirst().orElse("")) != null;
        long capitalised = words.stream().filter(w -> Character.isUpperCase(w.codePointAt(0))).count();
        return standsAlone || capitalised * 2 > words.size();
    }

    /** An HTML page as an article; {@code url} is where it was fetched from, when known. */
    public Parsed html(String source, String html, String url, byte[] raw) {
        HtmlArticles.Page page = HtmlArticles.read(html, url);
        if (page.body() == null || page.body().isBlank()) {
            return new Parsed(source, null, "no article text found in the HTML page", raw);
        }
        String canonical = page.url() != null ? page.url() : url;
        // No time in the page's markup: look for one printed in the text ("Diterbitkan 13 Sep 2023, 12:10 WIB").
        PlainTextArticles.Metadata fromText = page.publishedAt() == null
                ? PlainTextArticles.read(String.join("\n", page.dateLines()) + "\n" + page.body(), SiteZones.of(canonical, page.language())) : null;
        Map<String, String> metadata = new HashMap<>();
        if (url != null && !url.equals(canonical)) {
            metadata.put("fetchedUrl", url);
        }
        return new Parsed(source, RawArticle.newBuilder()
                .setId(ArticleIds.of(canonical, page.title(), page.body()))
                .setUrl(canonical)
                .setSource(source)
                .setTitle(page.title())
                .setByline(page.byline() != null ? page.byline() : fromText == null ? null : fromText.byline())
                .setLanguage(page.language() != null ? page.language()
                        : LanguageIdentifier.INSTANCE.detectOrNull((page.title() == null ? "" : page.title() + "\n") + page.body()))
                .setPublishedAt(page.publishedAt() != null ? page.publishedAt() : fromText.publishedAt())
                .setModifiedAt(page.modifiedAt() != null ? page.modifiedAt() : fromText == null ? null : fromText.modifiedAt())
                .setSection(page.section())
                .setDateline(PlainTextArticles.dateline(page.body()))
                .setBody(page.body())
                .setIngestedAt(Instant.now())
                .setMetadata(metadata)
                .build(), null, null);
    }

    private List<Parsed> json(String source, String text, byte[] content) {
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (IOException e) {
            return List.of(new Parsed(source, null, "malformed JSON: " + firstLine(e), content));
        }
        List<Parsed> out = new ArrayList<>();
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                out.add(fromNode(source + "[" + i + "]", source, node.get(i), node.get(i).toString()));
            }
        } else {
            out.add(fromNode(source, source, node, text));
        }
        return out;
    }

    /** One line of a JSON-lines input. */
    public Parsed jsonLine(String origin, String source, String line) {
        try {
            return fromNode(origin, source, JSON.readTree(line), line);
        } catch (IOException e) {
            return new Parsed(origin, null, "malformed JSON: " + firstLine(e), line.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** One JSON object; body is required, everything else optional. */
    Parsed fromNode(String origin, String source, JsonNode n, String raw) {
        byte[] bytes = raw.getBytes(StandardCharsets.UTF_8);
        if (!n.isObject()) {
            return new Parsed(origin, null, "expected a JSON object, got " + n.getNodeType(), bytes);
        }
        String body = text(n, "body");
        if (body == null || body.isBlank()) {
            return new Parsed(origin, null, "missing or empty field '" + fieldMapping.getOrDefault("body", "body") + "'", bytes);
        }
        String url = text(n, "url");
        String title = text(n, "title");
        Instant published;
        try {
            published = instant(field(n, "publishedAt"));
        } catch (DateTimeParseException | ArithmeticException e) {
            return new Parsed(origin, null, "field '" + fieldMapping.getOrDefault("publishedAt", "publishedAt")
                    + "' is not an ISO-8601 time or epoch millis: " + field(n, "publishedAt"), bytes);
        }
        Map<String, String> metadata = new HashMap<>();
        JsonNode md = field(n, "metadata");
        if (md != null && md.isObject()) {
            md.fields().forEachRemaining(e -> metadata.put(e.getKey(), e.getValue().asText()));
        }
        String id = text(n, "id");
        String language = text(n, "language");
        return new Parsed(origin, RawArticle.newBuilder()
                .setId(id != null && !id.isBlank() ? id : ArticleIds.of(url, title, body))
                .setUrl(url)
                .setSource(text(n, "source") != null ? text(n, "source") : source)
                .setTitle(title)
                .setByline(text(n, "byline"))
                .setLanguage(language != null ? language : LanguageIdentifier.INSTANCE.detectOrNull((title == null ? "" : title + "\n") + body))
                .setPublishedAt(published)
                .setSection(text(n, "section"))
                .setDateline(text(n, "dateline"))
                .setBody(body)
                .setIngestedAt(Instant.now())
                .setMetadata(metadata)
                .build(), null, null);
    }

    private JsonNode field(JsonNode n, String name) {
        JsonNode v = n.get(fieldMapping.getOrDefault(name, name));
        return v == null || v.isNull() ? null : v;
    }

    private String text(JsonNode n, String name) {
        JsonNode v = field(n, name);
        return v == null ? null : v.asText();
    }

    private static Instant instant(JsonNode v) {
        if (v == null) {
            return null;
        }
        if (v.isNumber()) {
            return Instant.ofEpochMilli(v.asLong());
        }
        Instant t = PageTimes.parseIso(v.asText());
        if (t == null) {
            throw new DateTimeParseException("not a time", v.asText(), 0);
        }
        return t;
    }

    private static String firstLine(Exception e) {
        return String.valueOf(e.getMessage()).lines().findFirst().orElse("");
    }
}
