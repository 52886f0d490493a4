package org.newsstream.ingest.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The text of the chosen content, cut into blocks at block-level tags (paragraphs, headings, list items, rows,
 * line breaks), in document order. The cells of a table row are one block; links stay in the text of their block.
 */
final class TextBlocks {
    private TextBlocks() {}

    /** Tags that end a block of text. */
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6",
            "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "br", "hr", "header", "figure",
            "center", "address", "form", "fieldset", "details", "summary", "body");

    static boolean isBlock(String tag) {
        return BLOCKS.contains(tag);
    }

    /** A block's text, and how many of its characters are link text. */
    static final class Block {
        private final StringBuilder text = new StringBuilder();
        private int linkChars;

        String text() {
            return text.toString().replaceAll("\\s+", " ").strip();
        }

        /**
         * A line that is one link and no sentence ("Fans really want X in the Hall", "China furious at Y [INSIGHT]"):
         * a teaser for another page. A link that shows its address, or a sentence with a link in it, stays.
         */
        boolean isTeaser() {
            String t = text();
            if (t.isEmpty()) {
                return false;
            }
            char last = t.charAt(t.length() - 1);
            return linkChars >= t.length() * 0.95 && ".!?:;\"”»…)".indexOf(last) < 0 && !t.startsWith("http") && !t.startsWith("www.");
        }
    }

    static List<Block> of(Element root) {
        List<Block> out = new ArrayList<>();
        out.add(new Block());
        collect(root, out, false);
        out.removeIf(b -> b.text.toString().isBlank());
        return out;
    }

    private static void collect(Node node, List<Block> out, boolean inLink) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode t) {
                String s = t.text();
                Block b = out.get(out.size() - 1);
                b.text.append(s);
                if (inLink) {
                    b.linkChars += s.strip().length();
                }
            } else if (child instanceof Element e) {
                if (e.tagName().equals("td") || e.tagName().equals("th")) {
                    out.get(out.size() - 1).text.append(' '); // the cells of a row are one line
                }
                boolean block = BLOCKS.contains(e.tagName());
                if (block) {
                    out.add(new Block());
                }
                collect(e, out, inLink || e.tagName().equals("a"));
                if (block) {
                    out.add(new Block());
                }
            }
        }
    }
}
