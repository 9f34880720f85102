package org.dossier.app.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.dossier.app.render.Counts;
import org.dossier.model.Article;
import org.dossier.model.Conflict;
import org.dossier.model.Entity;
import org.dossier.model.Evidence;
import org.dossier.model.Quote;
import org.dossier.model.RelatedStory;
import org.dossier.model.Story;
import org.dossier.model.SummarySentence;
import org.dossier.model.TimelineEntry;
import org.dossier.store.search.InvalidQueryException;
import org.dossier.store.search.SearchHit;

/**
 * The web UI's pages, rendered on the server as plain HTML with one stylesheet: no script is
 * needed to read a dossier, and every piece of article text goes through {@link Html#escape}.
 * Thread-safe (stateless apart from the repository).
 */
final class Pages {

    private final DossierRepository repository;

    Pages(DossierRepository repository) {
        this.repository = Objects.requireNonNull(repository, "repository");
    }

    /** Query filters of the story list; null or blank means no filter. */
    record StoryFilter(String from, String to, String outlet, String language, String entity) {

        boolean accepts(Story story, List<Article> articles) {
            if (present(from) && (story.end() == null || story.end().compareTo(from) < 0)) {
                return false;
            }
            if (present(to) && (story.start() == null || story.start().substring(0, Math.min(10, story.start().length()))
                    .compareTo(to) > 0)) {
                return false;
            }
            if (present(outlet) && articles.stream().noneMatch(a -> a.outlet() != null
                    && a.outlet().toLowerCase(Locale.ROOT).contains(outlet.toLowerCase(Locale.ROOT)))) {
                return false;
            }
            if (present(language) && articles.stream().noneMatch(a -> language.equalsIgnoreCase(a.language()))) {
                return false;
            }
            return !present(entity) || story.entities().stream().anyMatch(e -> names(e).stream()
                    .anyMatch(n -> n.toLowerCase(Locale.ROOT).contains(entity.toLowerCase(Locale.ROOT))));
        }
    }

    static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    static List<String> names(Entity e) {
        List<String> names = new ArrayList<>();
        names.add(e.name());
        names.addAll(e.aliases());
        return names;
    }

    String storyList(StoryFilter filter) {
        List<Story> stories = new ArrayList<>(repository.stories());
        stories.sort(Comparator.comparing((Story s) -> s.end() == null ? "" : s.end()).reversed()
                .thenComparing(Story::id));
        Html h = page("Stories");
        h.raw("<h1>Stories</h1>");
        h.raw("<form class=\"filters\" method=\"get\" action=\"/\" role=\"search\" aria-label=\"Filter stories\">");
        input(h, "from", "From", "date", filter.from());
        input(h, "to", "To", "date", filter.to());
        input(h, "outlet", "Outlet", "text", filter.outlet());
        input(h, "language", "Language", "text", filter.language());
        input(h, "entity", "Entity", "text", filter.entity());
        h.raw("<button type=\"submit\">Filter</button></form>");
        h.raw("<ul class=\"stories\">");
        int shown = 0;
        for (Story s : stories) {
            List<Article> articles = articles(s);
            if (!filter.accepts(s, articles)) {
                continue;
            }
            shown++;
            h.raw("<li><a class=\"story-title\" href=\"/stories/").text(Html.url(s.id())).raw("\">").text(s.title())
                    .raw("</a><div class=\"meta\">").text(dates(s)).raw(" · ").text(Counts.of(articles.size(), "article", "articles"))
                    .raw(" · ").text(String.join(", ", outlets(articles))).raw(" · ")
                    .text(String.join(", ", languages(articles))).raw("</div></li>");
        }
        h.raw("</ul>");
        if (shown == 0) {
            h.raw("<p>No story matches.</p>");
        }
        return end(h);
    }

    private static void input(Html h, String name, String label, String type, String value) {
        h.raw("<label>").text(label).raw(" <input name=\"").text(name).raw("\" type=\"").text(type)
                .raw("\" value=\"").text(value == null ? "" : value).raw("\"></label> ");
    }

    Optional<String> story(String id) {
        return repository.story(id).map(this::story);
    }

    private String story(Story s) {
        List<Article> articles = articles(s);
        Map<String, Integer> sourceNumber = new LinkedHashMap<>();
        for (Article a : articles) {
            sourceNumber.put(a.id(), sourceNumber.size() + 1);
        }
        Map<String, Entity> entities = new LinkedHashMap<>();
        s.entities().forEach(e -> entities.put(e.id(), e));
        Html h = page(s.title());
        h.el("h1", s.title());
        h.raw("<p class=\"meta\">").text(dates(s)).raw(" · ").text(Counts.of(articles.size(), "article", "articles")).raw("</p>");

        h.raw("<section aria-labelledby=\"summary\"><h2 id=\"summary\">Summary</h2>");
        if (s.summary().isEmpty()) {
            h.raw("<p>No summary.</p>");
        }
        for (SummarySentence sentence : s.summary()) {
            h.raw("<p class=\"summary\">").text(sentence.text());
            cite(h, sentence.evidence(), sourceNumber);
            h.raw("</p>");
        }
        h.raw("</section>");

        h.raw("<section aria-labelledby=\"timeline\"><h2 id=\"timeline\">Timeline</h2>");
        if (s.timeline().isEmpty()) {
            h.raw("<p>No dated events.</p>");
        } else {
            h.raw("<ol class=\"timeline\">");
            for (TimelineEntry t : s.timeline()) {
                h.raw("<li><time>").text(t.date()).raw("</time> ").text(t.what());
                cite(h, t.evidence(), sourceNumber);
                h.raw("</li>");
            }
            h.raw("</ol>");
        }
        h.raw("</section>");

        h.raw("<section aria-labelledby=\"quotes\"><h2 id=\"quotes\">Who said what</h2>");
        Map<String, List<Quote>> bySpeaker = new LinkedHashMap<>();
        for (Quote q : s.quotes()) {
            bySpeaker.computeIfAbsent(q.speaker() == null ? "" : q.speaker().name(), k -> new ArrayList<>()).add(q);
        }
        if (bySpeaker.isEmpty()) {
            h.raw("<p>No quotations.</p>");
        }
        for (Map.Entry<String, List<Quote>> group : bySpeaker.entrySet()) {
            Quote first = group.getValue().get(0);
            h.raw("<h3>");
            if (group.getKey().isEmpty()) {
                h.text("Speaker not stated");
            } else if (first.speaker().entityId() != null && entities.containsKey(first.speaker().entityId())) {
                h.link("/entities/" + Html.url(first.speaker().entityId()), group.getKey());
            } else {
                h.text(group.getKey());
            }
            h.raw("</h3><ul class=\"quotes\">");
            for (Quote q : group.getValue()) {
                h.raw("<li>").raw(q.direct() ? "<q>" : "<span class=\"reported\">").text(q.text())
                        .raw(q.direct() ? "</q>" : "</span>");
                cite(h, List.of(q.evidence()), sourceNumber);
                h.raw("</li>");
            }
            h.raw("</ul>");
        }
        h.raw("</section>");

        h.raw("<section aria-labelledby=\"conflicts\"><h2 id=\"conflicts\">Where sources disagree</h2>");
        if (s.conflicts().isEmpty()) {
            h.raw("<p>No conflicting values found.</p>");
        } else {
            h.raw("<table class=\"conflicts\"><thead><tr><th scope=\"col\">Subject</th><th scope=\"col\">Property</th>"
                    + "<th scope=\"col\">Values and sources</th><th scope=\"col\">Note</th></tr></thead><tbody>");
            for (Conflict c : s.conflicts()) {
                Entity subject = entities.get(c.subject());
                h.raw("<tr><td>").text(subject == null ? c.subject() : subject.name()).raw("</td><td>")
                        .text(c.property()).raw("</td><td><ul>");
                for (Conflict.Value v : c.values()) {
                    h.raw("<li><strong>").text(v.value()).raw("</strong>");
                    cite(h, v.evidence(), sourceNumber);
                    h.raw("</li>");
                }
                h.raw("</ul></td><td>").text(c.note() == null ? "" : c.note()).raw("</td></tr>");
            }
            h.raw("</tbody></table>");
        }
        h.raw("</section>");

        if (!s.related().isEmpty()) {
            h.raw("<section aria-labelledby=\"related\"><h2 id=\"related\">Related stories</h2><ul class=\"related\">");
            for (RelatedStory r : s.related()) {
                h.raw("<li>").link("/stories/" + Html.url(r.storyId()), r.title()).raw(" <span class=\"meta\">")
                        .text(r.reason()).raw("</span></li>");
            }
            h.raw("</ul></section>");
        }

        h.raw("<section aria-labelledby=\"entities\"><h2 id=\"entities\">Entities</h2><ul class=\"entities\">");
        for (Entity e : s.entities()) {
            h.raw("<li>").link("/entities/" + Html.url(e.id()), e.name()).raw(" <span class=\"type\">")
                    .text(e.type().name().toLowerCase(Locale.ROOT)).raw("</span>");
            if (!e.roles().isEmpty()) {
                h.raw(" — ").text(String.join("; ", e.roles()));
            }
            if (!e.aliases().isEmpty()) {
                h.raw(" <span class=\"aliases\">(also: ").text(String.join(", ", e.aliases())).raw(")</span>");
            }
            h.raw("</li>");
        }
        h.raw("</ul></section>");

        h.raw("<section aria-labelledby=\"sources\"><h2 id=\"sources\">Sources</h2><ol class=\"sources\">");
        for (Article a : articles) {
            h.raw("<li id=\"source-").text(String.valueOf(sourceNumber.get(a.id()))).raw("\">")
                    .link("/articles/" + Html.url(a.id()), a.title() == null ? a.id() : a.title())
                    .raw(" <span class=\"meta\">").text(join(" · ", a.outlet(), a.published(), a.language()));
            if (a.duplicateOf() != null) {
                h.raw(" · copy of ").link("/articles/" + Html.url(a.duplicateOf()), a.duplicateOf());
            }
            h.raw("</span></li>");
        }
        h.raw("</ol></section>");
        return end(h);
    }

    /** Citation marks [n], each a link to the passage in its article. */
    private static void cite(Html h, List<Evidence> evidence, Map<String, Integer> sourceNumber) {
        for (Evidence e : evidence) {
            Integer n = sourceNumber.get(e.articleId());
            h.raw(" <a class=\"cite\" href=\"").text(passage(e)).raw("\" title=\"Open the passage in source ")
                    .text(n == null ? e.articleId() : String.valueOf(n)).raw("\">[")
                    .text(n == null ? "?" : String.valueOf(n)).raw("]</a>");
        }
    }

    static String passage(Evidence e) {
        return "/articles/" + Html.url(e.articleId()) + "?hl=" + e.start() + "-" + e.end() + "#hl";
    }

    Optional<String> article(String id, String highlight) {
        return repository.article(id).map(a -> article(a, highlight));
    }

    private String article(Article a, String highlight) {
        int[] hl = parseHighlight(highlight, a.text().length());
        Html h = page(a.title() == null ? a.id() : a.title());
        h.el("h1", a.title() == null ? "(untitled)" : a.title());
        h.raw("<p class=\"meta\">").text(join(" · ", a.outlet(), a.published(), a.language(), a.id())).raw("</p>");
        if (a.url() != null && (a.url().startsWith("http://") || a.url().startsWith("https://"))) {
            h.raw("<p class=\"meta\"><a rel=\"noopener noreferrer nofollow\" href=\"").text(a.url()).raw("\">")
                    .text(a.url()).raw("</a></p>");
        }
        repository.stories().stream().filter(s -> s.articleIds().contains(a.id())).findFirst()
                .ifPresent(s -> h.raw("<p>Story: ").link("/stories/" + Html.url(s.id()), s.title()).raw("</p>"));
        h.raw("<article class=\"text\">");
        String text = a.text();
        if (hl == null) {
            paragraphs(h, text);
        } else {
            paragraphs(h, text.substring(0, hl[0]));
            h.raw("<mark id=\"hl\" tabindex=\"-1\">").text(text.substring(hl[0], hl[1])).raw("</mark>");
            paragraphs(h, text.substring(hl[1]));
        }
        h.raw("</article>");
        return end(h);
    }

    /** Article text with its line structure kept; the stylesheet preserves line breaks. */
    private static void paragraphs(Html h, String text) {
        h.text(text);
    }

    private static int[] parseHighlight(String highlight, int length) {
        if (highlight == null) {
            return null;
        }
        String[] parts = highlight.split("-", 2);
        try {
            int start = Integer.parseInt(parts[0]);
            int end = Integer.parseInt(parts[1]);
            return start >= 0 && start <= end && end <= length ? new int[] {start, end} : null;
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            return null;
        }
    }

    /** A search page; {@code refused} when the query was refused, its reason shown on the page. */
    record SearchPage(String html, boolean refused) {
    }

    SearchPage search(String query) {
        Html h = page("Search");
        h.raw("<h1>Search</h1><form method=\"get\" action=\"/search\" role=\"search\"><label>Words or \"a phrase\" "
                + "<input name=\"q\" type=\"search\" value=\"").text(query == null ? "" : query)
                .raw("\" autofocus></label> <button type=\"submit\">Search</button></form>");
        if (present(query)) {
            List<SearchHit> hits;
            try {
                hits = repository.search(query, 50);
            } catch (InvalidQueryException e) {
                h.raw("<p role=\"alert\">").text(e.getMessage()).raw("</p>");
                return new SearchPage(end(h), true);
            }
            h.raw("<p>").text(hits.size() + (hits.size() == 1 ? " result" : " results")).raw("</p><ol class=\"hits\">");
            for (SearchHit hit : hits) {
                h.raw("<li class=\"hit\"><span class=\"type\">").text(hit.kind()).raw("</span> ");
                String href = hit.entityId() != null && hit.kind().equals("entity")
                        ? "/entities/" + Html.url(hit.entityId())
                        : hit.start() >= 0 ? passage(new Evidence(hit.articleId(), hit.start(), hit.end()))
                        : "/articles/" + Html.url(hit.articleId());
                h.link(href, hit.label() == null || hit.label().isBlank() ? hit.articleId() : hit.label());
                h.raw("<div class=\"snippet\">").text(hit.snippet()).raw("</div>");
                if (hit.storyId() != null) {
                    repository.story(hit.storyId()).ifPresent(s -> h.raw("<div class=\"meta\">in ")
                            .link("/stories/" + Html.url(s.id()), s.title()).raw("</div>"));
                }
                h.raw("</li>");
            }
            h.raw("</ol>");
        }
        return new SearchPage(end(h), false);
    }

    Optional<String> entity(String id) {
        return EntityView.find(repository, id).map(view -> {
            Entity e = view.entity();
            Html h = page(e.name());
            h.el("h1", e.name());
            h.raw("<p class=\"meta\">").text(e.type().name().toLowerCase(Locale.ROOT)).raw("</p>");
            if (!e.roles().isEmpty()) {
                h.raw("<p>Roles: ").text(String.join("; ", e.roles())).raw("</p>");
            }
            if (!e.aliases().isEmpty()) {
                h.raw("<p>Also named: ").text(String.join(", ", e.aliases())).raw("</p>");
            }
            h.raw("<h2>Stories</h2><ul>");
            for (Story s : view.stories()) {
                h.raw("<li>").link("/stories/" + Html.url(s.id()), s.title()).raw("</li>");
            }
            h.raw("</ul><h2>Quotations</h2>");
            if (view.quotes().isEmpty()) {
                h.raw("<p>None.</p>");
            }
            h.raw("<ul class=\"quotes\">");
            for (Quote q : view.quotes()) {
                h.raw("<li>").raw(q.direct() ? "<q>" : "<span class=\"reported\">").text(q.text())
                        .raw(q.direct() ? "</q>" : "</span>").raw(" ")
                        .link(passage(q.evidence()), "[source]").raw("</li>");
            }
            h.raw("</ul><h2>Mentions</h2><ul>");
            for (Evidence m : e.mentions()) {
                h.raw("<li>").link(passage(m), m.articleId() + " " + m.start() + "–" + m.end()).raw("</li>");
            }
            h.raw("</ul>");
            return end(h);
        });
    }

    String notFound(String what) {
        Html h = page("Not found");
        h.raw("<h1>Not found</h1><p>").text(what).raw("</p>");
        return end(h);
    }

    private List<Article> articles(Story s) {
        List<Article> list = new ArrayList<>();
        for (String id : s.articleIds()) {
            repository.article(id).ifPresent(list::add);
        }
        return list;
    }

    private static TreeSet<String> outlets(List<Article> articles) {
        TreeSet<String> set = new TreeSet<>();
        articles.stream().map(Article::outlet).filter(Objects::nonNull).forEach(set::add);
        return set;
    }

    private static TreeSet<String> languages(List<Article> articles) {
        TreeSet<String> set = new TreeSet<>();
        articles.forEach(a -> set.add(a.language()));
        return set;
    }

    private static String dates(Story s) {
        if (s.start() == null) {
            return "undated";
        }
        return Objects.equals(s.start(), s.end()) ? s.start() : s.start() + " – " + s.end();
    }

    private static String join(String sep, String... parts) {
        List<String> present = new ArrayList<>();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                present.add(p);
            }
        }
        return String.join(sep, present);
    }

    private static Html page(String title) {
        Html h = new Html();
        h.raw("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>").text(title).raw(" — Dossier</title><link rel=\"stylesheet\" href=\"/static/app.css\">"
                + "</head><body><a class=\"skip\" href=\"#main\">Skip to content</a>"
                + "<header><nav aria-label=\"Main\"><a class=\"brand\" href=\"/\">Dossier</a> "
                + "<a href=\"/\">Stories</a> <a href=\"/search\">Search</a></nav></header>"
                + "<main id=\"main\" tabindex=\"-1\">");
        return h;
    }

    private static String end(Html h) {
        return h.raw("</main></body></html>").toString();
    }
}
