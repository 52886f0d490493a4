package org.newsstream.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsstream.avro.RawArticle;

/**
 * Turns file contents into raw articles. Plain text: the first non-blank line is the title, the rest the body
 * (a text of one line is all body).
 * JSON (one object or an array) and JSON lines: one article per object, with the RawArticle field names.
 * A problem with one article is reported with its place and reason; the others still come out.
 */
public final class ArticleParser {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** An article, or why there is none, with where it came from ("file.jsonl:3"). */
    public record Parsed(String origin, RawArticle article, String error, byte[] raw) {
        public boolean ok() {
            return article != null;
        }
    }

    private ArticleParser() {}

    public static List<Parsed> parse(String source, byte[] content) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            return List.of(new Parsed(source, null, "not valid UTF-8 text", content));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // byte-order mark
        }
        if (text.isBlank()) {
            return List.of(new Parsed(source, null, "empty input", content));
        }
        String lower = source.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
            return jsonLines(source, text);
        }
        if (lower.endsWith(".json")) {
            return json(source, text, content);
        }
        return List.of(plainText(source, text));
    }

    static Parsed plainText(String source, String text) {
        String t = text.replace("\r\n", "\n");
        int start = 0;
        while (start < t.length() && Character.isWhitespace(t.charAt(start))) start++;
        int nl = t.indexOf('\n', start);
        String title = (nl < 0 ? t.substring(start) : t.substring(start, nl)).strip();
        String body = nl < 0 ? "" : t.substring(nl + 1).strip();
        if (body.isEmpty()) {
            // A single line is all body: an article without a headline is still an article.
            body = title;
            title = null;
        }
        return new Parsed(source, RawArticle.newBuilder()
                .setId(ArticleIds.of(null, title, body))
                .setSource(source)
                .setTitle(title)
                .setBody(body)
                .setIngestedAt(Instant.now())
                .build(), null, null);
    }

    private static List<Parsed> jsonLines(String source, String text) {
        List<Parsed> out = new ArrayList<>();
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                out.add(fromJson(source + ":" + (i + 1), source, lines[i]));
            }
        }
        return out;
    }

    private static List<Parsed> json(String source, String text, byte[] content) {
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (IOException e) {
            return List.of(new Parsed(source, null, "malformed JSON: " + e.getMessage().lines().findFirst().orElse(""), content));
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

    private static Parsed fromJson(String origin, String source, String line) {
        try {
            return fromNode(origin, source, JSON.readTree(line), line);
        } catch (IOException e) {
            return new Parsed(origin, null, "malformed JSON: " + e.getMessage().lines().findFirst().orElse(""), line.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** One JSON object with RawArticle's field names; body is required, everything else optional. */
    static Parsed fromNode(String origin, String source, JsonNode n, String raw) {
        byte[] bytes = raw.getBytes(StandardCharsets.UTF_8);
        if (!n.isObject()) {
            return new Parsed(origin, null, "expected a JSON object, got " + n.getNodeType(), bytes);
        }
        String body = text(n, "body");
        if (body == null || body.isBlank()) {
            return new Parsed(origin, null, "missing or empty field 'body'", bytes);
        }
        String url = text(n, "url");
        String title = text(n, "title");
        Instant published;
        try {
            published = instant(n.get("publishedAt"));
        } catch (DateTimeParseException e) {
            return new Parsed(origin, null, "field 'publishedAt' is not an ISO-8601 time or epoch millis: " + n.get("publishedAt"), bytes);
        }
        Map<String, String> metadata = new HashMap<>();
        if (n.path("metadata").isObject()) {
            n.get("metadata").fields().forEachRemaining(e -> metadata.put(e.getKey(), e.getValue().asText()));
        }
        String id = text(n, "id");
        return new Parsed(origin, RawArticle.newBuilder()
                .setId(id != null && !id.isBlank() ? id : ArticleIds.of(url, title, body))
                .setUrl(url)
                .setSource(text(n, "source") != null ? text(n, "source") : source)
                .setTitle(title)
                .setByline(text(n, "byline"))
                .setLanguage(text(n, "language"))
                .setPublishedAt(published)
                .setBody(body)
                .setIngestedAt(Instant.now())
                .setMetadata(metadata)
                .build(), null, null);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Instant instant(JsonNode v) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isNumber()) {
            return Instant.ofEpochMilli(v.asLong());
        }
        return OffsetDateTime.parse(v.asText()).toInstant();
    }
}
