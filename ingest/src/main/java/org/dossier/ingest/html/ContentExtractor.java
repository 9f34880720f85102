package org.dossier.ingest.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds a page's main text. The page is cut into text blocks (paragraphs, headings, list items,
 * cells); each block gets a value from its length, link density and punctuation, pulled down
 * when an ancestor's class, id, role or tag names boilerplate (navigation, comments, share bars,
 * cookie banners, newsletter boxes, related links, footers) and up when the page's JSON-LD
 * articleBody holds its text. The element whose blocks sum to the highest value is the content
 * container; within it, blocks are kept by their class and that of their neighbours.
 * Stateless and thread-safe.
 */
final class ContentExtractor {

    private static final Set<String> DROPPED_TAGS = Set.of("script", "style", "noscript", "template", "svg", "canvas",
            "iframe", "object", "embed", "button", "input", "select", "textarea", "option", "head", "link", "meta",
            "video", "audio", "map", "math", "dialog");
    private static final Set<String> BLOCK_TAGS = Set.of("html", "body", "p", "div", "section", "article", "main",
            "header", "footer", "aside", "nav", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd",
            "blockquote", "pre", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "figure", "figcaption",
            "form", "fieldset", "address", "hr", "details", "summary", "center", "menu", "hgroup", "legend");
    private static final Set<String> BOILERPLATE_TAGS = Set.of("nav", "aside", "footer", "menu", "form");

    /** Class/id words that mark boilerplate wherever they stand. */
    private static final Pattern BOILERPLATE_HINT = Pattern.compile("(?<![a-z0-9])(?:"
            + "comment|disqus|discussion|repl(?:y|ies)|respond|share|sharing|social|sociable|shariff|addthis|"
            + "related|recommend|more-?stories|read-?more|also-?read|read-?also|"
            + "newsletter|subscri|signup|sign-up|login|register|paywall|"
            + "cookie|consent|gdpr|privacy|"
            + "sidebar|side-bar|widget|footer|breadcrumb|nav|navbar|menu|masthead|topbar|"
            + "promo|advert|ad|ads|adslot|adsense|sponsor|banner|popup|modal|overlay|"
            + "byline|author|bio|avatar|profile|tags?|tag-?list|keywords|categor|topics|"
            + "pagination|pager|prev|next|toolbar|tools|print|rating|vote|"
            + "outbrain|taboola|trending|popular|most-?read|teaser|carousel|slider|gallery-thumbs|"
            + "skip|hidden|sr-only|visually-hidden|screen-reader|caption|credit|copyright|meta|date|time|dateline"
            + ")(?![a-z])");
    private static final Pattern ROLE_HINT = Pattern.compile(
            "(?i)navigation|menu|menubar|complementary|contentinfo|banner|alert|alertdialog|dialog|search");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?\u3002\u061f\"\u201d\u00bb)]\\s*$");
    private static final Pattern PUNCT = Pattern.compile("[.,;:!?\u3001\u3002\u060c]");

    private ContentExtractor() {
    }

    static String extract(Document doc, PageMetadata meta) {
        Element body = doc.body();
        if (body == null) {
            return "";
        }
        List<TextBlock> blocks = new ArrayList<>();
        walk(body, body, TextBlock.Kind.PARAGRAPH, false, false, blocks, new TextBlock[1]);
        blocks.removeIf(TextBlock::isEmpty);
        if (blocks.isEmpty()) {
            return "";
        }
        for (TextBlock b : blocks) {
            b.value = baseValue(b);
        }
        markBoilerplate(blocks);
        markArticleBody(blocks, meta.articleBody());
        for (TextBlock b : blocks) {
            b.value = finalValue(b);
        }
        Element container = container(blocks);
        if (container == null) {
            return "";
        }
        List<TextBlock> inside = new ArrayList<>();
        for (TextBlock b : blocks) {
            if (isInside(b.owner, container) && !b.boilerplate) {
                inside.add(b);
            }
        }
        keep(inside, meta.title());
        return render(inside);
    }

    private static void walk(Node node, Element owner, TextBlock.Kind kind, boolean inLink, boolean pre,
                             List<TextBlock> blocks, TextBlock[] current) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode t) {
                String s = t.getWholeText();
                if (s.isBlank() && current[0] == null) {
                    continue;
                }
                if (current[0] == null) {
                    current[0] = new TextBlock(owner, kind, blocks.size());
                    blocks.add(current[0]);
                }
                current[0].append(s, inLink, pre);
            } else if (child instanceof Element e) {
                String tag = e.normalName();
                if (DROPPED_TAGS.contains(tag) || isHidden(e)) {
                    continue;
                }
                if (tag.equals("br")) {
                    if (current[0] != null) {
                        current[0].lineBreak();
                    }
                    continue;
                }
                if (BLOCK_TAGS.contains(tag)) {
                    current[0] = null;
                    walk(e, e, kindOf(tag, kind), inLink, pre || tag.equals("pre"), blocks, current);
                    current[0] = null;
                } else {
                    walk(e, owner, kind, inLink || tag.equals("a"), pre, blocks, current);
                }
            }
        }
    }

    private static TextBlock.Kind kindOf(String tag, TextBlock.Kind inherited) {
        return switch (tag) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> TextBlock.Kind.HEADING;
            case "li", "dt", "dd" -> TextBlock.Kind.LIST_ITEM;
            case "td", "th" -> TextBlock.Kind.CELL;
            case "pre" -> TextBlock.Kind.PREFORMATTED;
            case "p", "div", "section", "article", "main", "blockquote" ->
                    inherited == TextBlock.Kind.HEADING ? inherited : TextBlock.Kind.PARAGRAPH;
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

    /** Value of a block from its own text alone: long, punctuated, unlinked text is content. */
    private static double baseValue(TextBlock b) {
        String text = b.text();
        int chars = text.length();
        double linkDensity = chars == 0 ? 1 : (double) b.linkChars / chars;
        if (linkDensity > 0.5) {
            return -chars;
        }
        if (b.kind == TextBlock.Kind.HEADING) {
            return 0;
        }
        int punct = count(PUNCT, text);
        if (chars >= 80 && punct >= 1) {
            return chars * (1 - linkDensity);
        }
        if (chars >= 30 && (punct >= 1 || SENTENCE_END.matcher(text).find())) {
            return chars * 0.5 * (1 - linkDensity);
        }
        return -chars * 0.5;
    }

    private static double finalValue(TextBlock b) {
        int chars = b.text().length();
        if (b.inArticleBody) {
            return Math.max(b.value, 0) + chars;
        }
        if (b.boilerplate) {
            return -Math.abs(b.value) - chars * 0.5;
        }
        return b.value;
    }

    /**
     * Marks blocks under elements whose class, id, role or tag names boilerplate, unless that
     * element holds most of the page's content (then the hint is about something else: a body
     * class like "has-sidebar", say).
     */
    private static void markBoilerplate(List<TextBlock> blocks) {
        Map<Element, Double> good = new IdentityHashMap<>();
        double total = 0;
        for (TextBlock b : blocks) {
            if (b.value > 0) {
                total += b.value;
                for (Element e = b.owner; e != null; e = e.parent()) {
                    good.merge(e, b.value, Double::sum);
                }
            }
        }
        Map<Element, Boolean> verdict = new IdentityHashMap<>();
        for (TextBlock b : blocks) {
            for (Element e = b.owner; e != null; e = e.parent()) {
                Boolean v = verdict.get(e);
                if (v == null) {
                    v = isBoilerplate(e) && good.getOrDefault(e, 0.0) <= 0.4 * total;
                    verdict.put(e, v);
                }
                if (v) {
                    b.boilerplate = true;
                    break;
                }
            }
        }
    }

    private static boolean isBoilerplate(Element e) {
        String tag = e.normalName();
        if (tag.equals("body") || tag.equals("html") || tag.equals("main") || tag.equals("article")) {
            return false;
        }
        if (e.attr("itemprop").equalsIgnoreCase("articleBody")) {
            return false;
        }
        if (BOILERPLATE_TAGS.contains(tag)) {
            return true;
        }
        if (!e.attr("role").isEmpty() && ROLE_HINT.matcher(e.attr("role")).matches()) {
            return true;
        }
        String hint = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT).replace('_', '-');
        return !hint.isBlank() && BOILERPLATE_HINT.matcher(hint).find();
    }

    private static void markArticleBody(List<TextBlock> blocks, String articleBody) {
        if (articleBody == null || articleBody.length() < 200) {
            return;
        }
        String body = squash(articleBody);
        int matched = 0;
        List<TextBlock> hits = new ArrayList<>();
        for (TextBlock b : blocks) {
            String t = squash(b.text());
            if (t.length() >= 20 && body.contains(t)) {
                hits.add(b);
                matched += t.length();
            }
        }
        // A short teaser in articleBody would otherwise steer us to the page's summary box.
        if (matched >= 0.3 * body.length()) {
            hits.forEach(b -> b.inArticleBody = true);
        }
    }

    private static String squash(String s) {
        return s.replaceAll("[\\s\u00a0]+", " ").strip();
    }

    private static Element container(List<TextBlock> blocks) {
        Map<Element, Double> score = new IdentityHashMap<>();
        for (TextBlock b : blocks) {
            for (Element e = b.owner; e != null; e = e.parent()) {
                score.merge(e, b.value, Double::sum);
            }
        }
        Element best = null;
        double bestScore = 0;
        for (TextBlock b : blocks) {
            for (Element e = b.owner; e != null; e = e.parent()) {
                double s = score.get(e);
                if (s > bestScore) {
                    best = e;
                    bestScore = s;
                }
            }
        }
        if (best == null) {
            return null;
        }
        // Climb while the parent costs little: the lead paragraph often sits in a sibling wrapper.
        for (Element p = best.parent(); p != null; p = p.parent()) {
            double s = score.getOrDefault(p, 0.0);
            if (s >= 0.9 * bestScore) {
                best = p;
            } else {
                break;
            }
        }
        return best;
    }

    private static boolean isInside(Element e, Element container) {
        for (Element x = e; x != null; x = x.parent()) {
            if (x == container) {
                return true;
            }
        }
        return false;
    }

    /** Keeps content blocks and the short blocks between them; drops the title and edge furniture. */
    private static void keep(List<TextBlock> blocks, String title) {
        int n = blocks.size();
        int[] cls = new int[n]; // 2 good, 1 medium, 0 short, -1 bad
        for (int i = 0; i < n; i++) {
            TextBlock b = blocks.get(i);
            String text = b.text();
            int chars = text.length();
            double ld = chars == 0 ? 1 : (double) b.linkChars / chars;
            if (ld > 0.5) {
                cls[i] = -1;
            } else if (b.inArticleBody || b.value >= 40) {
                cls[i] = 2;
            } else if (b.kind == TextBlock.Kind.HEADING) {
                cls[i] = 0;
            } else if (b.value > 0 || (chars >= 30 && ld < 0.3)) {
                cls[i] = 1;
            } else {
                cls[i] = 0;
            }
        }
        String normTitle = title == null ? "" : squash(title).toLowerCase(Locale.ROOT);
        boolean seenGood = false;
        for (int i = 0; i < n; i++) {
            TextBlock b = blocks.get(i);
            if (cls[i] == 2) {
                b.kept = true;
                seenGood = true;
                continue;
            }
            if (cls[i] < 0) {
                continue;
            }
            if (b.kind == TextBlock.Kind.HEADING) {
                String t = squash(b.text()).toLowerCase(Locale.ROOT);
                boolean isTitle = !normTitle.isEmpty() && (t.equals(normTitle) || normTitle.startsWith(t)
                        || t.startsWith(normTitle));
                b.kept = seenGood && !isTitle && nextGood(cls, i) && !b.text().isEmpty();
                continue;
            }
            boolean prev = prevGood(cls, i);
            boolean next = nextGood(cls, i);
            b.kept = cls[i] == 1 ? (prev || next) : (prev && next);
        }
    }

    private static boolean prevGood(int[] cls, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (cls[j] == 2) {
                return true;
            }
            if (cls[j] < 0) {
                return false;
            }
        }
        return false;
    }

    private static boolean nextGood(int[] cls, int i) {
        for (int j = i + 1; j < cls.length; j++) {
            if (cls[j] == 2) {
                return true;
            }
            if (cls[j] < 0) {
                return false;
            }
        }
        return false;
    }

    private static String render(List<TextBlock> blocks) {
        StringBuilder out = new StringBuilder();
        TextBlock prev = null;
        for (TextBlock b : blocks) {
            if (!b.kept) {
                continue;
            }
            String text = b.text();
            if (text.isEmpty()) {
                continue;
            }
            if (prev != null) {
                out.append(separator(prev, b));
            }
            out.append(text);
            prev = b;
        }
        return out.toString();
    }

    private static String separator(TextBlock prev, TextBlock next) {
        if (prev.kind == TextBlock.Kind.LIST_ITEM && next.kind == TextBlock.Kind.LIST_ITEM
                && prev.owner.parent() == next.owner.parent()) {
            return "\n";
        }
        if (prev.kind == TextBlock.Kind.CELL && next.kind == TextBlock.Kind.CELL) {
            return prev.owner.parent() == next.owner.parent() ? "\t" : "\n";
        }
        return "\n\n";
    }

    private static int count(Pattern p, String s) {
        int n = 0;
        var m = p.matcher(s);
        while (m.find()) {
            n++;
        }
        return n;
    }
}
