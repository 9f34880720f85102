package org.dossier.app.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.dossier.model.Article;
import org.dossier.model.Dossier;
import org.dossier.model.Entity;
import org.dossier.model.Evidence;
import org.dossier.model.Quote;
import org.dossier.model.Story;
import org.dossier.model.SummarySentence;
import org.dossier.model.TimelineEntry;

/**
 * Renders a dossier as one self-contained HTML page with the web UI's templates and design: the
 * stylesheet inline (print style included), no scripts, no external resources. Every story shows
 * what its web page shows, pictures included; every citation links to the cited passage, which
 * is highlighted in the full cleaned text of its article at the end of the page
 * ({@code <mark id="a-…-start-end">}). All text is escaped by the template engine. Thread-safe.
 */
public final class HtmlRenderer {

    /** The web UI's stylesheet, the one design of both. */
    static final String CSS = Resources.text("/web/static/app.css");

    /** A dossier as the export template shows it. */
    public record ExportPage(String heading, String generatedAt, String counts, String css, List<StoryPage> stories,
                             List<ArticleText> articles) {
    }

    /** An article with its whole text, cited passages marked. */
    public record ArticleText(String anchor, String heading, String meta, List<Passage> text) {
    }

    public String render(Dossier dossier) {
        Objects.requireNonNull(dossier, "dossier");
        boolean many = dossier.stories().size() > 1;
        String heading = dossier.stories().size() == 1 ? dossier.stories().get(0).title() : "Dossier";
        Set<String> storyIds = new LinkedHashSet<>();
        dossier.stories().forEach(s -> storyIds.add(s.id()));
        Links links = new InPage(storyIds);
        List<StoryPage> stories = new ArrayList<>();
        Map<String, Set<Evidence>> cited = new LinkedHashMap<>();
        for (Story s : dossier.stories()) {
            stories.add(StoryPage.of(s, dossier.articles(), links, id(s.id()), many));
            for (Evidence e : cited(s)) {
                cited.computeIfAbsent(e.articleId(), k -> new LinkedHashSet<>()).add(e);
            }
        }
        List<ArticleText> articles = new ArrayList<>();
        for (Article a : dossier.articles()) {
            articles.add(new ArticleText(id("article-" + a.id()), SourceList.name(a), meta(a),
                    Passage.mark(a.text(), cited.getOrDefault(a.id(), Set.of()), HtmlRenderer::anchor, null)));
        }
        String counts = Counts.of(dossier.stories().size(), "story", "stories") + " · "
                + Counts.of(dossier.articles().size(), "article", "articles");
        return Templates.render("export.jte", new ExportPage(heading, dossier.generatedAt(), counts, CSS, stories,
                articles));
    }

    private static String meta(Article a) {
        StringBuilder meta = new StringBuilder(SourceList.firstNonBlank(a.outlet(), "unknown outlet"));
        meta.append(" · ").append(a.published() == null ? "undated" : a.published()).append(" · ").append(a.language());
        if (a.url() != null) {
            meta.append(" · ").append(a.url());
        }
        if (a.duplicateOf() != null) {
            meta.append(" · near-duplicate of ").append(a.duplicateOf());
        }
        return meta.toString();
    }

    /** Every passage the story template cites for a story, so each citation has its mark. */
    static List<Evidence> cited(Story s) {
        List<Evidence> all = new ArrayList<>();
        for (SummarySentence x : s.summary()) {
            all.addAll(x.evidence());
        }
        for (TimelineEntry t : s.timeline()) {
            all.addAll(t.evidence());
        }
        for (Quote q : s.quotes()) {
            all.addAll(StoryFacts.evidence(q));
        }
        for (Entity e : s.entities()) {
            Set<String> seen = new LinkedHashSet<>();
            for (Evidence m : e.mentions()) {
                if (seen.add(m.articleId())) {
                    all.add(m);
                }
            }
        }
        s.claims().forEach(c -> all.add(c.evidence()));
        s.conflicts().forEach(c -> c.values().forEach(v -> all.addAll(v.evidence())));
        return all;
    }

    /** Links within the one file: passages to their marks, articles to their full text. */
    private record InPage(Set<String> storyIds) implements Links {
        @Override
        public String passage(Evidence e) {
            return "#" + anchor(e);
        }

        @Override
        public String article(Article a) {
            return "#" + id("article-" + a.id());
        }

        @Override
        public String entity(String entityId) {
            return null;
        }

        @Override
        public String story(String storyId) {
            return storyIds.contains(storyId) ? "#" + id(storyId) : null;
        }
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
}
