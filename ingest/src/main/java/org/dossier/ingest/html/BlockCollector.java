package org.dossier.ingest.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Cuts a page into {@link TextBlock}s: inline text belongs to the nearest block-level ancestor,
 * {@code <br>} breaks lines, and invisible or non-text elements (scripts, forms controls, hidden
 * elements) are skipped. Iterative, so any nesting depth is fine. One instance per page.
 */
final class BlockCollector implements NodeFilter {

    private static final Set<String> SKIPPED_TAGS = Set.of("script", "style", "template", "svg", "canvas",
            "iframe", "object", "embed", "button", "input", "select", "textarea", "option", "head", "link", "meta",
            "video", "audio", "map", "math", "dialog");
    static final Set<String> BLOCK_TAGS = Set.of("html", "body", "p", "div", "section", "article", "main",
            "header", "footer", "aside", "nav", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd",
            "blockquote", "pre", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "figure", "figcaption",
            "form", "fieldset", "address", "hr", "details", "summary", "center", "menu", "hgroup", "legend", "noscript");

    /** Where inline text goes while inside an element. */
    private record Context(Element owner, TextBlock.Kind kind, boolean inLink, boolean pre) {
    }

    private final List<TextBlock> blocks = new ArrayList<>();
    private final Deque<Context> stack = new ArrayDeque<>();
    private TextBlock current;

    static List<TextBlock> collect(Element root) {
        BlockCollector collector = new BlockCollector();
        collector.stack.push(new Context(root, TextBlock.Kind.PARAGRAPH, false, false));
        for (Node child : root.childNodes()) {
            NodeTraversor.filter(collector, child);
        }
        collector.blocks.removeIf(TextBlock::isEmpty);
        return collector.blocks;
    }

    @Override
    public FilterResult head(Node node, int depth) {
        Context ctx = stack.peek();
        if (node instanceof TextNode t) {
            String s = t.getWholeText();
            if (current == null) {
                if (s.isBlank()) {
                    return FilterResult.CONTINUE;
                }
                current = new TextBlock(ctx.owner(), ctx.kind(), blocks.size());
                blocks.add(current);
            }
            current.append(s, ctx.inLink(), ctx.pre());
            return FilterResult.CONTINUE;
        }
        if (!(node instanceof Element e)) {
            return FilterResult.SKIP_ENTIRELY; // comments, doctypes, data nodes
        }
        String tag = e.normalName();
        if (SKIPPED_TAGS.contains(tag) || isHidden(e)) {
            return FilterResult.SKIP_ENTIRELY;
        }
        if (tag.equals("br")) {
            if (current != null) {
                current.lineBreak();
            }
            return FilterResult.SKIP_ENTIRELY;
        }
        if (BLOCK_TAGS.contains(tag)) {
            current = null;
            stack.push(new Context(e, kindOf(tag, ctx.kind()), ctx.inLink(), ctx.pre() || tag.equals("pre")));
        } else {
            stack.push(new Context(ctx.owner(), ctx.kind(), ctx.inLink() || tag.equals("a"), ctx.pre()));
        }
        return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (node instanceof Element e) {
            stack.pop();
            if (BLOCK_TAGS.contains(e.normalName())) {
                current = null;
            }
        }
        return FilterResult.CONTINUE;
    }

    private static TextBlock.Kind kindOf(String tag, TextBlock.Kind inherited) {
        return switch (tag) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> TextBlock.Kind.HEADING;
            case "li", "dt", "dd" -> TextBlock.Kind.LIST_ITEM;
            case "td", "th" -> TextBlock.Kind.CELL;
            case "pre" -> TextBlock.Kind.PREFORMATTED;
            default -> inherited == TextBlock.Kind.HEADING || inherited == TextBlock.Kind.PREFORMATTED
                    ? inherited : TextBlock.Kind.PARAGRAPH;
        };
    }

    private static boolean isHidden(Element e) {
        if (e.hasAttr("hidden") || e.attr("aria-hidden").equalsIgnoreCase("true")) {
            return true;
        }
        String style = e.attr("style");
        if (style.isEmpty()) {
            return false;
        }
        String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return s.contains("display:none") || s.contains("visibility:hidden");
    }
}
