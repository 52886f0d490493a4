package org.newsstream.ingest.parse;

import java.time.Instant;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsstream.engine.PageText;

/**
 * Metadata from a scraped plain-text page such as the seed article: byline ("oleh Khairisa Ferida"),
 * published and updated times in the page's language and zone, the dateline ("Liputan6.com, Moskow -"),
 * and a body without page furniture.
 */
public final class PlainTextArticles {
    private PlainTextArticles() {}

    /** What the page says about itself; null fields were not found. */
    public record Metadata(String byline, Instant publishedAt, Instant modifiedAt, String dateline, String cleanBody) {}

    private static final Pattern PUBLISHED = Pattern.compile(
            "(?i)(diterbitkan|dipublikasikan|published|publicado|publié|veröffentlicht|pubblicato|gepubliceerd|diterbit)\\b:?\\s*([^\\n]{6,60})");
    private static final Pattern UPDATED = Pattern.compile(
            "(?i)(diperbarui|updated|last updated|actualizado|mis à jour|aktualisiert|aggiornato|bijgewerkt|atualizado|dikemas kini)\\b:?\\s*([^\\n]{6,60})");
    /** "Liputan6.com, Moskow -", "JAKARTA, Liputan6.com -", "GENEVA (Reuters) -", "MOSCOW, Sept 13 (Reuters) -". */
    private static final Pattern DATELINE = Pattern.compile("^([^\\n]{2,80}?)\\s+[-–—]{1,2}\\s+\\S");
    private static final Pattern DOMAIN = Pattern.compile("[\\p{L}\\d-]+\\.(?:com|co\\.id|co\\.uk|net|org|id|my|news|tv)");

    public static Metadata read(String body) {
        return read(body, java.time.ZoneOffset.UTC);
    }

    /** @param siteZone the zone of times printed without one */
    public static Metadata read(String body, java.time.ZoneId siteZone) {
        String byline = null;
        // Bylines and dates stand in the page's header: the first lines, never deep in the story.
        String header = String.join("\n", body.lines().limit(12).filter(l -> l.length() < 160).toList());
        for (String line : header.split("\n")) {
            byline = Bylines.fromLine(line);
            if (byline != null) {
                break;
            }
        }
        Instant published = null;
        Matcher p = PUBLISHED.matcher(header);
        if (p.find()) {
            published = PageTimes.find(p.group(2), siteZone);
        }
        Instant modified = null;
        Matcher u = UPDATED.matcher(header);
        if (u.find()) {
            modified = PageTimes.find(u.group(2), siteZone);
        }
        String clean = PageText.clean(body);
        return new Metadata(byline, published, modified, dateline(clean), clean);
    }

    /** The place of the dateline that opens one of the first paragraphs, or null. */
    public static String dateline(String body) {
        int seen = 0;
        for (String para : body.split("\n")) {
            String s = para.strip();
            if (s.isEmpty()) {
                continue;
            }
            if (++seen > 8) {
                return null;
            }
            Matcher m = DATELINE.matcher(s);
            if (!m.find()) {
                continue;
            }
            String prefix = m.group(1);
            // A dateline is a place set off by a comma or an agency in brackets, or a place in capitals.
            if (!prefix.contains(",") && !prefix.contains("(") && !prefix.equals(prefix.toUpperCase(Locale.ROOT))) {
                continue;
            }
            for (String part : prefix.replaceAll("\\([^)]*\\)", ",").split(",")) {
                String c = part.strip();
                if (c.isEmpty() || DOMAIN.matcher(c).find() || c.matches(".*\\d.*") || !Character.isUpperCase(c.codePointAt(0))
                        || c.split("\\s+").length > 4) {
                    continue;
                }
                return c.equals(c.toUpperCase(Locale.ROOT)) ? titleCase(c) : c;
            }
        }
        return null;
    }

    private static String titleCase(String s) {
        StringBuilder b = new StringBuilder();
        for (String w : s.toLowerCase(Locale.ROOT).split(" ")) {
            if (!w.isEmpty()) {
                b.append(b.length() > 0 ? " " : "").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
            }
        }
        return b.toString();
    }
}
