package org.newsstream.ingest.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * An article from a news page's HTML: metadata from the page's own markup (JSON-LD NewsArticle, Open Graph,
 * article:* meta tags, {@code <time>}, {@code <html lang>}), and the main text ({@link MainText}).
 */
public final class HtmlArticles {
    private HtmlArticles() {}

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The page as an article; body empty when no article text was found. */
    public record Page(String url, String title, String byline, Instant publishedAt, Instant modifiedAt,
                       String language, String section, String body, List<String> dateLines) {}

    public static Page read(String html, String baseUrl) {
        Document doc = Jsoup.parse(html, baseUrl == null ? "" : baseUrl);
        JsonNode ld = newsArticleJsonLd(doc);
        String url = firstNonBlank(attr(doc, "link[rel=canonical]", "abs:href"), meta(doc, "og:url"), text(ld, "url"), baseUrl);
        String title = firstNonBlank(meta(doc, "og:title"), text(ld, "headline"), textOf(doc.selectFirst("h1")), doc.title());
        // The schema.org author, then a byline line the page shows ("Por …", "Von …"), then a byline element, then
        // the meta tags (often a generic "Redacción", or a profile URL).
        List<String> shortLines = shortLines(doc);
        String byline = Bylines.clean(firstNonBlank(author(ld), visibleByline(shortLines),
                textOf(doc.selectFirst("[itemprop=author], [rel=author], .byline, .author, [class*=byline], [class*=author-name], [class*=autor]")),
                meta(doc, "author"), notUrl(meta(doc, "article:author"))));
        String lang = firstNonBlank(doc.selectFirst("html") == null ? null : doc.selectFirst("html").attr("lang"), meta(doc, "og:locale"));
        if (lang != null) {
            lang = lang.split("[-_]")[0].toLowerCase(Locale.ROOT);
            if (lang.length() != 2) {
                lang = null;
            }
        }
        // A time the page prints without a zone is in the site's own ("12:10" on a .co.id site is WIB).
        ZoneId zone = SiteZones.of(url, lang);
        Instant published = firstTime(zone, text(ld, "datePublished"), meta(doc, "article:published_time"),
                meta(doc, "pubdate"), meta(doc, "date"), meta(doc, "dc.date"), meta(doc, "datePublished"),
                attr(doc, "time[datetime]", "datetime"), attr(doc, "[itemprop=datePublished]", "datetime"), textOf(doc.selectFirst("time")));
        Instant modified = firstTime(zone, text(ld, "dateModified"), meta(doc, "article:modified_time"), meta(doc, "og:updated_time"),
                meta(doc, "dateModified"), attr(doc, "[itemprop=dateModified]", "datetime"));
        if (published == null) {
            published = firstTime(zone, visibleDateLine(shortLines)); // "Publié le 5 novembre 2024 à 18h05"
        }
        String section = firstNonBlank(meta(doc, "article:section"), text(ld, "articleSection"));
        MainText.Result main = MainText.of(doc, title, text(ld, "articleBody"), () -> Jsoup.parse(html, baseUrl == null ? "" : baseUrl));
        return new Page(url, title == null ? null : title.strip(), byline, published, modified, lang, section, main.text(), main.dateLines());
    }

    /** Lines short enough to be a byline or a date line, in page order (before the main text is cut out). */
    private static List<String> shortLines(Document doc) {
        List<String> out = new ArrayList<>();
        if (doc.body() == null) {
            return out;
        }
        PageStats stats = PageStats.measure(doc.body());
        for (Element e : doc.body().getAllElements()) {
            // the innermost: "<div><span>Por Ana Ruiz</span><span>Valencia</span></div>" is two lines, not "Por Ana RuizValencia"
            PageStats.Counts c = stats.of(e);
            if (PageStats.LINE_TAGS.contains(e.tagName()) && c.lines == 0 && c.text > 0 && c.text <= 120) {
                out.add(e.text());
            }
        }
        return out;
    }

    private static String visibleByline(List<String> lines) {
        for (String line : lines) {
            String names = Bylines.fromLine(line);
            if (names != null) {
                return names;
            }
        }
        return null;
    }

    private static String visibleDateLine(List<String> lines) {
        for (String line : lines) {
            // "Senin, 18 November 2019 - 12:10 WIB", or a byline with its date ("Oleh X - Januari 18, 2024 @ 3:45pm")
            if (line.length() <= 80 && PageTimes.isDateLine(line) || Bylines.fromLine(line) != null && PageTimes.find(line) != null) {
                return line;
            }
        }
        return null;
    }

    private static String notUrl(String s) {
        return s == null || s.startsWith("http") ? null : s;
    }

    private static JsonNode newsArticleJsonLd(Document doc) {
        for (Element s : doc.select("script[type=application/ld+json]")) {
            try {
                JsonNode n = JSON.readTree(s.data());
                JsonNode found = findArticle(n);
                if (found != null) {
                    return found;
                }
            } catch (Exception e) {
                // broken JSON-LD is common; the other sources of metadata still apply
            }
        }
        return null;
    }

    private static JsonNode findArticle(JsonNode n) {
        if (n == null) {
            return null;
        }
        if (n.isArray()) {
            for (JsonNode x : n) {
                JsonNode f = findArticle(x);
                if (f != null) {
                    return f;
                }
            }
            return null;
        }
        if (n.has("@graph")) {
            return findArticle(n.get("@graph"));
        }
        String type = n.path("@type").toString();
        return type.contains("Article") || type.contains("NewsArticle") || type.contains("Report") ? n : null;
    }

    private static String author(JsonNode ld) {
        if (ld == null || !ld.has("author")) {
            return null;
        }
        JsonNode a = ld.get("author");
        List<String> names = new ArrayList<>();
        for (JsonNode x : a.isArray() ? a : List.of(a)) {
            names.add(x.isTextual() ? x.asText() : x.path("name").asText(""));
        }
        String joined = String.join(", ", names.stream().filter(s -> !s.isBlank()).toList());
        return joined.isBlank() ? null : joined;
    }

    private static String text(JsonNode n, String field) {
        if (n == null || !n.has(field)) {
            return null;
        }
        JsonNode v = n.get(field);
        if (v.isArray() && v.size() > 0) {
            v = v.get(0);
        }
        return v.isTextual() ? v.asText() : null;
    }

    private static String meta(Document doc, String name) {
        Element e = doc.selectFirst("meta[property=" + name + "], meta[name=" + name + "], meta[itemprop=" + name + "]");
        return e == null ? null : blankToNull(e.attr("content"));
    }

    private static String attr(Document doc, String css, String attr) {
        Element e = doc.selectFirst(css);
        return e == null ? null : blankToNull(e.attr(attr));
    }

    private static String textOf(Element e) {
        return e == null ? null : blankToNull(e.text());
    }

    private static Instant firstTime(ZoneId zone, String... values) {
        for (String v : values) {
            if (v != null) {
                Instant t = PageTimes.parseIso(v.strip(), zone);
                if (t == null) {
                    t = PageTimes.find(v, zone);
                }
                if (t != null) {
                    return t;
                }
            }
        }
        return null;
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
