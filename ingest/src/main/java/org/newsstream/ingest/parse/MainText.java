package org.newsstream.ingest.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.newsstream.engine.PageText;

/**
 * The main text of a news page. What it takes from the known extractors (docs/page-extraction.md says more):
 * <ul>
 *   <li>readability.js: every paragraph gives its parent and grandparents a score (its length and its commas),
 *       class and id names weigh for or against a container, the score is scaled down by link density, and the
 *       best container's siblings join it when they score nearly as well;</li>
 *   <li>trafilatura and news-please: page furniture goes first (navigation, comments, related lists, share bars,
 *       hidden elements, captions), a heading such as "Related" or "Kommentare" ends the article in its box, and a
 *       fallback chain runs when the first pass finds little: a gentler cleaning, then the page's own
 *       {@code articleBody}.</li>
 * </ul>
 * The page's document is changed in place.
 */
final class MainText {
    private MainText() {}

    /** Tags that never hold article text. */
    private static final String NEVER_TEXT = "script, style, noscript, template, svg, iframe, object, embed, button, select, "
            + "input, textarea, nav, aside, footer, picture, video, audio, canvas, map, dialog, figcaption";
    /** Class or id names of page furniture (readability's "unlikely candidates", with news sites' own). */
    private static final Pattern UNLIKELY = Pattern.compile("-ad-|\\bads?\\b|ad-slot|advert|ai2html|banner|breadcrumb|combx|comment|"
            + "community|cover-wrap|disqus|extra|footer|gdpr|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|"
            + "social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|share|sharing|newsletter|subscri|"
            + "promo|recommend|outbrain|taboola|cookie|consent|modal|navbar|\\bnav\\b|read-?more|baca-?juga|\\btags?\\b|tag-list|"
            + "popular|populer|trending|most-read|author-bio|\\bbio\\b|signup|paywall|toolbar|widget|teaser|caption|credit|byline|"
            + "meta-|dateline|timestamp|print|hidden");
    /** Patterns of class and id names are matched against {@link #names}, in lower case (faster than (?i) on every element). */
    private static String names(Element e) {
        return (e.className() + " " + e.id()).toLowerCase(java.util.Locale.ROOT);
    }

    /** Names that keep a container whatever else its name says ("article-content-share" is still content). */
    private static final Pattern MAYBE = Pattern.compile("and|article|body|column|content|main|shadow|story|text|post|entry");
    private static final Pattern POSITIVE = Pattern.compile("article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story|"
            + "artikel|isi|berita|detail");
    private static final Pattern NEGATIVE = Pattern.compile("-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footer|"
            + "footnote|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|"
            + "tags|tool|widget|caption|credit|byline|newsletter|subscribe|recommend|teaser");
    /** Class names of the standfirst, the summary under the headline (French "chapô", Spanish "entradilla"). */
    private static final Pattern STANDFIRST = Pattern.compile("standfirst|chapo|chapeau|__desc|-desc\\b|\\bdesc\\b|subtitle|subtitulo|"
            + "sottotitolo|sous-titre|\\bdek\\b|entradilla|article-summary|article__summary|lead-text|intro-text");
    /** Class names of a box that holds a photo and its caption. */
    private static final Pattern IMAGE_BOX = Pattern.compile("\\b(image|img|photo|picture|figure|media|gallery|thumb|caption|wp-caption)");
    private static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");
    private static final List<String> ARTICLE_END = headings();

    private static List<String> headings() {
        try (var in = MainText.class.getResourceAsStream("article-end-headings.txt")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (java.io.IOException | NullPointerException e) {
            throw new IllegalStateException("missing article-end-headings.txt", e);
        }
    }

    /** "Related stories", "Baca juga", "Kommentare": a heading of what follows an article. */
    static boolean endsArticle(String heading) {
        String h = heading.strip().toLowerCase(java.util.Locale.ROOT);
        return ARTICLE_END.stream().anyMatch(h::startsWith);
    }

    /** Less article text than this and the next step of the fallback chain runs. */
    private static final int ENOUGH_CHARS = 250;
    private static final int MIN_PARAGRAPH_CHARS = 25;

    /**
     * The main text, blocks separated by blank lines (empty when the page has none), and the lines that only date
     * the page, set aside for its metadata.
     */
    record Result(String text, List<String> dateLines) {}

    static Result of(org.jsoup.nodes.Document page, String title, String articleBody) {
        org.jsoup.nodes.Document copy = page.clone();
        return of(page, title, articleBody, () -> copy);
    }

    /** @param again the page parsed afresh, for the gentler second pass (the first changes the document it reads) */
    static Result of(org.jsoup.nodes.Document page, String title, String articleBody, java.util.function.Supplier<org.jsoup.nodes.Document> again) {
        Result strict = extract(page, title, true);
        if (strict.text().length() >= ENOUGH_CHARS) {
            return strict;
        }
        Result lenient = extract(again.get(), title, false);
        Result best = lenient.text().length() > strict.text().length() ? lenient : strict;
        if (articleBody != null && articleBody.strip().length() > best.text().length()) {
            return new Result(articleBody.strip(), best.dateLines());
        }
        return best;
    }

    private static Result extract(org.jsoup.nodes.Document page, String title, boolean dropUnlikely) {
        Element body = page.body();
        if (body == null) {
            return new Result("", List.of());
        }
        body.select(NEVER_TEXT).remove();
        removeFurniture(body, dropUnlikely, PageStats.measure(body));
        PageStats stats = PageStats.measure(body);
        Scored scored = topCandidate(body, stats);
        List<Element> content = scored == null ? List.of(body) : withSiblings(scored, stats);
        Set<String> seen = new HashSet<>();
        String headline = title == null ? "" : title.strip();
        List<String> out = new ArrayList<>();
        List<String> dateLines = new ArrayList<>();
        for (Element e : content) {
            cleanConditionally(e, stats);
            for (TextBlocks.Block b : TextBlocks.of(e)) {
                String t = b.text();
                // a repeated caption or teaser goes; a short cell or a number repeats in any table
                if (t.isEmpty() || t.equals(headline) || t.length() > 20 && !seen.add(t) || PageText.isFurniture(t)) {
                    continue;
                }
                if (b.isTeaser()) {
                    continue;
                }
                if (PageTimes.isDateLine(t)) {
                    dateLines.add(t);
                    continue;
                }
                out.add(t);
            }
        }
        return new Result(String.join("\n\n", out), dateLines);
    }

    private static void removeFurniture(Element body, boolean dropUnlikely, PageStats stats) {
        for (Element e : new ArrayList<>(body.select("[hidden], [aria-hidden=true], [style]"))) {
            if (e.hasAttr("hidden") || e.attr("aria-hidden").equals("true") || HIDDEN_STYLE.matcher(e.attr("style")).find()) {
                e.remove();
            }
        }
        // a header, a form or a figure holds the article only on pages that put everything inside one
        for (Element e : new ArrayList<>(body.select("header, form, figure"))) {
            if (e.parent() != null && stats.of(e).paragraphs < 3) {
                e.remove();
            }
        }
        // a photo with its caption in a box of its own ("div.image > img + p"): the caption is not article text
        for (Element img : new ArrayList<>(body.select("img"))) {
            Element box = img.parent();
            for (int up = 0; box != null && up < 3 && !box.tagName().equals("body"); up++, box = box.parent()) {
                if (!box.className().isEmpty() && IMAGE_BOX.matcher(box.className().toLowerCase(java.util.Locale.ROOT)).find()) {
                    if (box.parent() != null && stats.of(box).text < 400 && stats.of(box).paragraphs <= 2) {
                        box.remove();
                    }
                    break;
                }
            }
        }
        // "You may also like", "Baca juga", "Comments": a heading of furniture titles what follows it to the end of its box
        for (Element h : new ArrayList<>(body.select("h1, h2, h3, h4, h5, h6"))) {
            if (h.parent() != null && h.text().length() < 60 && endsArticle(h.text())) {
                for (Element sib : new ArrayList<>(h.nextElementSiblings())) {
                    sib.remove();
                }
                h.remove();
            }
        }
        // the standfirst under the headline (a summary the page also gives as its description) is not the article's text;
        // boxes whose names say furniture go, unless they hold the article's paragraphs or an embedded post (counted afresh,
        // after the removals above)
        stats = PageStats.measure(body);
        // a page repeats its class names thousands of times: each distinct one is matched once
        Map<String, Boolean> standfirst = new HashMap<>();
        Map<String, Boolean> unlikely = new HashMap<>();
        for (Element e : new ArrayList<>(body.getAllElements())) {
            if (e.parent() == null || !e.hasAttr("class") && !e.hasAttr("id")) {
                continue;
            }
            PageStats.Counts c = stats.of(e);
            boolean isStandfirst = c.paragraphs <= 1 && c.text < 500
                    && standfirst.computeIfAbsent(e.className(), k -> STANDFIRST.matcher(k.toLowerCase(java.util.Locale.ROOT)).find());
            boolean isFurniture = dropUnlikely && c.paragraphs < 3 && !e.tagName().equals("a")
                    && unlikely.computeIfAbsent(names(e), k -> UNLIKELY.matcher(k).find() && !MAYBE.matcher(k).find())
                    && e.selectFirst("blockquote") == null;
            if (isStandfirst || isFurniture) {
                e.remove();
            }
        }
    }

    /** The best container and the score of every element that got one. */
    private record Scored(Element top, Map<Element, Double> scores) {}

    /** readability's scoring: paragraphs give their ancestors points; link density scales them down. */
    private static Scored topCandidate(Element body, PageStats stats) {
        Map<Element, Double> score = new HashMap<>();
        for (Element e : body.select("p, td, pre, div, section, article")) {
            if (!e.tagName().equals("p") && !e.tagName().equals("td") && !e.tagName().equals("pre") && hasBlockChild(e)) {
                continue; // a container; its own paragraphs give the points
            }
            String text = e.text();
            if (text.length() < MIN_PARAGRAPH_CHARS) {
                continue;
            }
            double points = 1 + commas(text) + Math.min(text.length() / 100, 3);
            Element ancestor = e.parent();
            for (int level = 0; ancestor != null && level < 5; level++, ancestor = ancestor.parent()) {
                if (!score.containsKey(ancestor)) {
                    score.put(ancestor, initialScore(ancestor));
                }
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                score.merge(ancestor, points / divider, Double::sum);
            }
        }
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, Double> en : score.entrySet()) {
            double s = en.getValue() * (1 - stats.linkDensity(en.getKey()));
            en.setValue(s);
            if (s > bestScore) {
                best = en.getKey();
                bestScore = s;
            }
        }
        if (best == null) {
            return null;
        }
        // One paragraph per box ("div.card > div.card-content > p", each a "card"): when three of the five best
        // candidates that score nearly as well share an ancestor, that ancestor holds the article (readability).
        final double top = bestScore;
        List<Element> close = score.entrySet().stream().filter(en -> en.getValue() >= top * 0.75)
                .sorted((a, b) -> Double.compare(b.getValue(), a.getValue())).limit(5).map(Map.Entry::getKey).toList();
        if (close.size() >= 3) {
            for (Element ancestor = best.parent(); ancestor != null && !ancestor.tagName().equals("body"); ancestor = ancestor.parent()) {
                final Element a = ancestor;
                if (close.stream().filter(c -> c != a && c.parents().contains(a)).count() >= 3) {
                    best = ancestor;
                    break;
                }
            }
        }
        // A parent that scores nearly as well holds more of the article (paragraphs split across several divs).
        Element parent = best.parent();
        while (parent != null && !parent.tagName().equals("body") && score.getOrDefault(parent, 0.0) >= bestScore * 0.75
                && stats.of(parent).text < stats.of(best).text * 3) {
            best = parent;
            bestScore = Math.max(bestScore, score.get(parent));
            parent = parent.parent();
        }
        // A box that is its parent's only child says no more than its parent.
        while (best.parent() != null && !best.parent().tagName().equals("body") && best.parent().children().size() == 1) {
            best = best.parent();
        }
        return new Scored(best, score);
    }

    /** readability: siblings that score nearly as well as the best container, or read as prose, join it. */
    private static List<Element> withSiblings(Scored scored, PageStats stats) {
        Element top = scored.top();
        Map<Element, Double> score = scored.scores();
        double topScore = score.getOrDefault(top, 0.0);
        double threshold = Math.max(10, topScore * 0.2);
        Element parent = top.parent();
        if (parent == null || top.tagName().equals("body")) {
            return List.of(top);
        }
        List<Element> out = new ArrayList<>();
        for (Element sib : parent.children()) {
            if (sib == top) {
                out.add(sib);
                continue;
            }
            double bonus = !top.className().isEmpty() && sib.className().equals(top.className()) ? topScore * 0.2 : 0;
            boolean joins = score.getOrDefault(sib, 0.0) + bonus >= threshold;
            if (!joins && sib.tagName().equals("p")) {
                String t = sib.text();
                double ld = stats.linkDensity(sib);
                joins = t.length() > 80 && ld < 0.25 || t.length() > 0 && t.length() <= 80 && ld == 0 && t.matches("(?s).*\\.( |$).*");
            }
            if (joins) {
                out.add(sib);
            }
        }
        return out;
    }

    /** readability's conditional cleaning: lists, tables and boxes inside the content that look like furniture go. */
    private static void cleanConditionally(Element content, PageStats stats) {
        for (Element e : new ArrayList<>(content.select("ul, ol, table, div, section"))) {
            if (e == content || e.parent() == null) {
                continue;
            }
            PageStats.Counts c = stats.of(e);
            if (c.commas >= 10 || e.selectFirst("blockquote") != null) {
                continue; // prose, or a quotation the article embeds (a post with its links)
            }
            double ld = stats.linkDensity(e);
            double weight = classWeight(e);
            boolean list = e.tagName().equals("ul") || e.tagName().equals("ol");
            boolean junk = weight < 0
                    || c.images > 1 && c.paragraphs * 2 < c.images && c.text < 200
                    || !list && c.items - 100 > c.paragraphs
                    || weight < 25 && ld > 0.33 && c.text < 1000
                    || weight >= 25 && ld > 0.5
                    || list && ld > 0.5;
            if (junk) {
                e.remove();
            }
        }
    }

    private static boolean hasBlockChild(Element e) {
        for (Element c : e.children()) {
            if (TextBlocks.isBlock(c.tagName()) && !c.tagName().equals("br")) {
                return true;
            }
        }
        return false;
    }

    private static double initialScore(Element e) {
        double s = switch (e.tagName()) {
            case "div", "article", "section", "main" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return s + classWeight(e);
    }

    private static double classWeight(Element e) {
        double w = 0;
        for (String names : new String[] {e.className(), e.id()}) {
            if (names.isEmpty()) {
                continue;
            }
            names = names.toLowerCase(java.util.Locale.ROOT);
            if (NEGATIVE.matcher(names).find()) {
                w -= 25;
            }
            if (POSITIVE.matcher(names).find()) {
                w += 25;
            }
        }
        if (e.hasAttr("itemprop") && e.attr("itemprop").equals("articleBody")) {
            w += 50;
        }
        return w;
    }

    static int commas(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '，' || c == '、' || c == '،') {
                n++;
            }
        }
        return n;
    }
}
