package org.dossier.app.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.dossier.model.Article;
import org.dossier.model.Claim;
import org.dossier.model.Conflict;
import org.dossier.model.Dossier;
import org.dossier.model.Entity;
import org.dossier.model.Evidence;
import org.dossier.model.Quote;
import org.dossier.model.RelatedStory;
import org.dossier.model.Story;
import org.dossier.model.SummarySentence;
import org.dossier.model.TimelineEntry;

/**
 * Renders a dossier as one self-contained HTML page: inline CSS (with a print style), no scripts,
 * no external resources. Every story lists its sources, summary, timeline, quotations, entities,
 * claims and conflicts; every citation is a link to the cited passage, which is highlighted in the
 * full cleaned text of its article at the end of the page ({@code <mark id="a-…-start-end">}).
 * All text from articles and stories is HTML-escaped. Thread-safe.
 */
public final class HtmlRenderer {

    private static final String CSS = """
            :root { color-scheme: light; }
            body { font: 16px/1.55 Georgia, 'Times New Roman', serif; color: #1b1b1b; background: #fff;
                   max-width: 52rem; margin: 0 auto; padding: 1.5rem; }
            h1, h2, h3 { font-family: Helvetica, Arial, sans-serif; line-height: 1.25; }
            h1 { font-size: 1.7rem; } h2 { font-size: 1.4rem; border-bottom: 2px solid #333; padding-bottom: .2rem; }
            h3 { font-size: 1.05rem; text-transform: uppercase; letter-spacing: .05em; color: #444; margin-top: 1.6rem; }
            .meta, .sources, .note { color: #555; font-size: .9rem; }
            .story { margin-bottom: 3rem; }
            a.cite { text-decoration: none; font-size: .8em; vertical-align: super; color: #0645ad; }
            a.cite:hover { text-decoration: underline; }
            table { border-collapse: collapse; width: 100%; font-size: .92rem; }
            th, td { text-align: left; vertical-align: top; padding: .25rem .5rem; border-bottom: 1px solid #ddd; }
            td.date { white-space: nowrap; font-family: Menlo, Consolas, monospace; font-size: .85rem; }
            blockquote { margin: .4rem 0 .8rem 1rem; padding-left: .8rem; border-left: 3px solid #bbb; }
            .speaker { font-weight: bold; margin-top: .8rem; }
            .conflict { margin-bottom: .8rem; }
            article.source { border-top: 1px solid #999; margin-top: 2rem; }
            article.source .text { white-space: pre-wrap; }
            mark { background: #fff3b0; }
            mark mark { background: #ffe066; }
            mark:target { background: #ffb347; outline: 2px solid #d9480f; }
            @media print {
              body { max-width: none; padding: 0; font-size: 11pt; }
              a { color: inherit; }
              a.cite { color: #000; }
              .story { page-break-after: always; }
              article.source { page-break-before: always; }
              mark { background: none; text-decoration: underline; }
              h2, h3 { page-break-after: avoid; }
            }
            """;

    public String render(Dossier dossier) {
        Objects.requireNonNull(dossier, "dossier");
        Map<String, Article> byId = new LinkedHashMap<>();
        for (Article a : dossier.articles()) {
            byId.put(a.id(), a);
        }
        Map<String, Set<Evidence>> cited = new LinkedHashMap<>();
        StringBuilder body = new StringBuilder();
        String heading = dossier.stories().size() == 1 ? dossier.stories().get(0).title() : "Dossier";
        body.append("<h1>").append(escape(heading)).append("</h1>\n");
        body.append("<p class=\"meta\">Generated ").append(escape(dossier.generatedAt())).append(" · ")
                .append(Counts.of(dossier.stories().size(), "story", "stories"))
                .append(" · ").append(Counts.of(dossier.articles().size(), "article", "articles")).append("</p>\n");
        if (dossier.stories().size() > 1) {
            body.append("<nav><ol>\n");
            for (Story s : dossier.stories()) {
                body.append("<li><a href=\"#").append(id(s.id())).append("\">").append(escape(s.title()))
                        .append("</a> <span class=\"meta\">").append(escape(StoryFacts.dates(s)))
                        .append("</span></li>\n");
            }
            body.append("</ol></nav>\n");
        }
        for (Story s : dossier.stories()) {
            story(body, s, dossier.articles(), cited, dossier.stories().size() > 1);
        }
        body.append("<section id=\"articles\">\n<h2>Articles</h2>\n");
        for (Article a : dossier.articles()) {
            article(body, a, cited.getOrDefault(a.id(), Set.of()));
        }
        body.append("</section>\n");
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + escape(heading) + "</title>\n<style>\n" + CSS + "</style>\n</head>\n<body>\n"
                + body + "</body>\n</html>\n";
    }

    private static void story(StringBuilder out, Story story, List<Article> articles,
                              Map<String, Set<Evidence>> cited, boolean titled) {
        SourceList sources = new SourceList(story, articles);
        Citer cite = new Citer(sources, cited);
        out.append("<section class=\"story\" id=\"").append(id(story.id())).append("\">\n");
        if (titled) {
            out.append("<h2>").append(escape(story.title())).append("</h2>\n");
        }
        out.append("<p class=\"meta\">").append(escape(story.id())).append(" · ")
                .append(escape(StoryFacts.dates(story))).append(" · ")
                .append(Counts.of(story.articleIds().size(), "article", "articles")).append("</p>\n");

        out.append("<h3>Sources</h3>\n<ol class=\"sources\">\n");
        for (Article a : sources.articles()) {
            out.append("<li><a href=\"#").append(id("article-" + a.id())).append("\">")
                    .append(escape(sources.describe(a))).append("</a></li>\n");
        }
        out.append("</ol>\n");

        if (!story.summary().isEmpty()) {
            out.append("<h3>Summary</h3>\n<ul class=\"summary\">\n");
            for (SummarySentence s : story.summary()) {
                out.append("<li>").append(escape(s.text())).append(' ').append(cite.links(s.evidence()))
                        .append("</li>\n");
            }
            out.append("</ul>\n");
        }

        if (!story.timeline().isEmpty()) {
            out.append("<h3>Timeline</h3>\n<table class=\"timeline\">\n");
            for (TimelineEntry t : story.timeline()) {
                out.append("<tr><td class=\"date\">").append(escape(t.date())).append("</td><td>")
                        .append(escape(t.what())).append(' ').append(cite.links(t.evidence())).append("</td></tr>\n");
            }
            out.append("</table>\n");
        }

        if (!story.quotes().isEmpty()) {
            out.append("<h3>Who said what</h3>\n");
            for (Map.Entry<String, List<Quote>> group : StoryFacts.bySpeaker(story).entrySet()) {
                String role = StoryFacts.role(story, group.getValue().get(0));
                out.append("<p class=\"speaker\">").append(escape(group.getKey()))
                        .append(role == null ? "" : " <span class=\"meta\">(" + escape(role) + ")</span>")
                        .append("</p>\n");
                for (Quote q : group.getValue()) {
                    out.append("<blockquote>").append(q.direct() ? "“" + escape(q.text()) + "”"
                                    : "<em>(reported)</em> " + escape(q.text()))
                            .append(' ').append(cite.links(StoryFacts.evidence(q))).append("</blockquote>\n");
                }
            }
        }

        if (!story.entities().isEmpty()) {
            out.append("<h3>Entities</h3>\n<table class=\"entities\">\n")
                    .append("<tr><th>Name</th><th>Type</th><th>Roles</th><th>Also called</th><th>First named</th></tr>\n");
            for (Entity e : story.entities()) {
                out.append("<tr><td>").append(escape(e.name())).append("</td><td>")
                        .append(e.type().name().toLowerCase()).append("</td><td>")
                        .append(escape(String.join("; ", e.roles()))).append("</td><td>")
                        .append(escape(String.join(", ", e.aliases()))).append("</td><td>")
                        .append(cite.links(firstPerSource(e.mentions()))).append("</td></tr>\n");
            }
            out.append("</table>\n");
        }

        if (!story.claims().isEmpty()) {
            out.append("<h3>Claims</h3>\n<ul class=\"claims\">\n");
            for (List<Claim> group : StoryFacts.claimGroups(story).values()) {
                Claim first = group.get(0);
                List<String> values = new ArrayList<>();
                for (Claim c : group) {
                    values.add(escape(StoryFacts.valueLabel(c)) + " " + cite.links(List.of(c.evidence())));
                }
                out.append("<li>").append(escape(StoryFacts.subjectName(story, first.subject()))).append(", ")
                        .append(escape(first.property())).append(": ").append(String.join("; ", values))
                        .append("</li>\n");
            }
            out.append("</ul>\n");
        }

        if (!story.conflicts().isEmpty()) {
            out.append("<h3>Conflicts between sources</h3>\n");
            for (Conflict c : story.conflicts()) {
                out.append("<div class=\"conflict\"><strong>").append(escape(StoryFacts.subjectName(story, c.subject())))
                        .append(", ").append(escape(c.property())).append("</strong>\n<ul>\n");
                for (Conflict.Value v : c.values()) {
                    out.append("<li>").append(escape(v.value())).append(" according to ")
                            .append(cite.links(v.evidence())).append("</li>\n");
                }
                out.append("</ul>\n");
                if (c.note() != null) {
                    out.append("<p class=\"note\">Note: ").append(escape(c.note())).append("</p>\n");
                }
                out.append("</div>\n");
            }
        }

        if (!story.related().isEmpty()) {
            out.append("<h3>Related stories</h3>\n<ul class=\"related\">\n");
            for (RelatedStory r : story.related()) {
                out.append("<li>").append(escape(r.title())).append(" <span class=\"meta\">(")
                        .append(escape(r.storyId())).append(")</span> — ").append(escape(r.reason()))
                        .append("</li>\n");
            }
            out.append("</ul>\n");
        }
        out.append("</section>\n");
    }

    private static List<Evidence> firstPerSource(List<Evidence> mentions) {
        Map<String, Evidence> first = new LinkedHashMap<>();
        for (Evidence e : mentions) {
            first.putIfAbsent(e.articleId(), e);
        }
        return new ArrayList<>(first.values());
    }

    /** Writes citation links and records the passages they point to. */
    private record Citer(SourceList sources, Map<String, Set<Evidence>> cited) {

        /** "[2]" links, one per passage; a second passage of the same source is "[2b]", and so on. */
        String links(List<Evidence> evidence) {
            StringBuilder out = new StringBuilder();
            Map<Integer, Integer> perSource = new LinkedHashMap<>();
            for (Evidence e : new LinkedHashSet<>(evidence)) {
                int n = sources.number(e.articleId());
                int k = perSource.merge(n, 1, Integer::sum);
                String label = (n == 0 ? "?" : Integer.toString(n)) + (k == 1 ? "" : suffix(k));
                Article a = sources.article(e.articleId());
                String tip = a == null ? e.articleId() : sources.describe(a);
                out.append("<a class=\"cite\" href=\"#").append(anchor(e)).append("\" title=\"")
                        .append(escape(tip)).append("\">[").append(label).append("]</a>");
                cited.computeIfAbsent(e.articleId(), x -> new LinkedHashSet<>()).add(e);
            }
            return out.toString();
        }

        private static String suffix(int k) {
            return k - 1 <= 26 ? String.valueOf((char) ('a' + k - 1)) : "." + k;
        }
    }

    /**
     * One article with its full cleaned text; every cited passage is a {@code <mark>} with the
     * passage's anchor as id. Passages nest; one that crosses another's end is cut at that end
     * (the anchor still lands on its start).
     */
    private static void article(StringBuilder out, Article a, Set<Evidence> passages) {
        out.append("<article class=\"source\" id=\"").append(id("article-" + a.id())).append("\">\n<h3>")
                .append(escape(SourceList.firstNonBlank(a.title(), a.outlet(), a.file(), a.id()))).append("</h3>\n");
        out.append("<p class=\"meta\">").append(escape(SourceList.firstNonBlank(a.outlet(), "unknown outlet")))
                .append(" · ").append(escape(a.published() == null ? "undated" : a.published())).append(" · ")
                .append(escape(a.language()));
        if (a.url() != null) {
            out.append(" · ").append(escape(a.url()));
        }
        if (a.duplicateOf() != null) {
            out.append(" · near-duplicate of ").append(escape(a.duplicateOf()));
        }
        out.append("</p>\n<div class=\"text\">");
        String text = a.text();
        List<Evidence> spans = new ArrayList<>();
        for (Evidence e : passages) {
            if (e.end() <= text.length()) {
                spans.add(e);
            }
        }
        spans.sort(Comparator.comparingInt(Evidence::start).thenComparing(Comparator.comparingInt(Evidence::end)
                .reversed()));
        List<Integer> open = new ArrayList<>(); // ends of the marks currently open, innermost last
        int pos = 0;
        int next = 0;
        while (pos < text.length() || !open.isEmpty()) {
            int closeAt = open.isEmpty() ? Integer.MAX_VALUE : open.get(open.size() - 1);
            int openAt = next < spans.size() ? spans.get(next).start() : Integer.MAX_VALUE;
            int stop = Math.min(Math.min(closeAt, openAt), text.length());
            if (stop > pos) {
                out.append(escape(text.substring(pos, stop)));
                pos = stop;
            }
            if (closeAt <= pos && !open.isEmpty()) {
                out.append("</mark>");
                open.remove(open.size() - 1);
            } else if (openAt <= pos && next < spans.size()) {
                Evidence e = spans.get(next++);
                int end = open.isEmpty() ? e.end() : Math.min(e.end(), open.get(open.size() - 1));
                out.append("<mark id=\"").append(anchor(e)).append("\">");
                open.add(end);
            } else if (pos >= text.length()) {
                break;
            }
        }
        out.append("</div>\n</article>\n");
    }

    /** The id of a passage: {@code <articleId>-<start>-<end>}, e.g. {@code a-3f2a-120-188}. */
    static String anchor(Evidence e) {
        return id(e.articleId()) + "-" + e.start() + "-" + e.end();
    }

    /** An id safe in an attribute and a URL fragment: letters, digits, {@code - _ .} kept, others {@code _}. */
    static String id(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            out.append((c < 128 && Character.isLetterOrDigit(c)) || c == '-' || c == '_' || c == '.' ? c : '_');
        }
        return out.toString();
    }

    /** Escapes text for HTML element content and quoted attribute values; the web pages use it too. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
