package org.newsstream.ingest.parse;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * What the main-text rules ask of every element (its text length, how much of it is link text, its commas and
 * how many paragraphs, list items, images and lines it holds), counted in one pass over the tree. Asking jsoup for
 * each element's text instead costs the depth of the page over again: seconds on a large page.
 */
final class PageStats {
    /** Tags that make a line of their own in a page's header (a byline, a date). */
    static final Set<String> LINE_TAGS = Set.of("p", "div", "span", "time", "address", "li", "small", "em", "strong");

    static final class Counts {
        int text;
        int links;
        int commas;
        int paragraphs;
        int items;
        int images;
        /** Elements of {@link #LINE_TAGS} below this one. */
        int lines;
    }

    private final Map<Element, Counts> counts = new IdentityHashMap<>();
    private static final Counts NONE = new Counts();

    private PageStats() {}

    static PageStats measure(Element root) {
        PageStats s = new PageStats();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {}

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof TextNode t && node.parent() instanceof Element parent) {
                    String text = t.text();
                    Counts c = s.counts.computeIfAbsent(parent, k -> new Counts());
                    c.text += text.strip().length();
                    c.commas += MainText.commas(text);
                } else if (node instanceof Element e && node != root) {
                    Counts c = s.counts.computeIfAbsent(e, k -> new Counts());
                    if (e.tagName().equals("a")) {
                        c.links = c.text;
                    }
                    Element parent = e.parent();
                    if (parent != null) {
                        Counts p = s.counts.computeIfAbsent(parent, k -> new Counts());
                        p.text += c.text;
                        p.links += c.links;
                        p.commas += c.commas;
                        p.paragraphs += c.paragraphs + (e.tagName().equals("p") ? 1 : 0);
                        p.items += c.items + (e.tagName().equals("li") ? 1 : 0);
                        p.images += c.images + (e.tagName().equals("img") ? 1 : 0);
                        p.lines += c.lines + (LINE_TAGS.contains(e.tagName()) ? 1 : 0);
                    }
                }
            }
        }, root);
        return s;
    }

    Counts of(Element e) {
        return counts.getOrDefault(e, NONE);
    }

    double linkDensity(Element e) {
        Counts c = of(e);
        return c.text == 0 ? 0 : Math.min(1.0, (double) c.links / c.text);
    }
}
