package dev.newsclaims.ingest;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * HTML → article text: the headline first, then one paragraph per block element, separated by
 * blank lines. Scripts, styles, navigation, headers, footers, asides and forms are dropped; when the
 * page has an {@code <article>} (or {@code <main>}), only that is read.
 */
final class HtmlText {

    private static final String NOISE = "script, style, noscript, template, nav, header, footer, aside, form, iframe, svg,"
            + " button, select, figure figcaption, [hidden], [aria-hidden=true]";
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3", "h4",
            "h5", "h6", "li", "ul", "ol", "blockquote", "pre", "br", "tr", "table", "dd", "dt", "figure", "hr", "address");

    String toText(String html) {
        Document doc = Jsoup.parse(html);
        String headline = headline(doc);
        doc.select(NOISE).remove();
        Element root = doc.selectFirst("article");
        if (root == null) {
            root = doc.selectFirst("main");
        }
        if (root == null) {
            root = doc.body();
        }
        StringBuilder out = new StringBuilder();
        if (headline != null) {
            out.append(headline).append("\n\n");
        }
        StringBuilder paragraph = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    paragraph.append(text.text());
                } else if (node instanceof Element el && BLOCKS.contains(el.normalName())) {
                    flush(paragraph, out, headline);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element el && BLOCKS.contains(el.normalName())) {
                    flush(paragraph, out, headline);
                }
            }
        }, root);
        flush(paragraph, out, headline);
        return out.toString().strip();
    }

    private static String headline(Document doc) {
        Element h1 = doc.selectFirst("h1");
        String text = h1 != null ? h1.text() : doc.title();
        text = text == null ? "" : text.strip();
        return text.isEmpty() ? null : text;
    }

    private static void flush(StringBuilder paragraph, StringBuilder out, String headline) {
        String text = paragraph.toString().replaceAll("\\s+", " ").strip();
        paragraph.setLength(0);
        if (text.isEmpty() || text.equals(headline)) {
            return; // the headline is already first
        }
        out.append(text).append("\n\n");
    }
}
