package org.dossier.app.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.dossier.app.render.Counts;
import org.dossier.app.render.Links;
import org.dossier.app.render.Passage;
import org.dossier.app.render.SourceList;
import org.dossier.app.render.StoryPage;
import org.dossier.app.render.Templates;
import org.dossier.model.Article;
import org.dossier.model.Entity;
import org.dossier.model.Evidence;
import org.dossier.model.Quote;
import org.dossier.model.Story;
import org.dossier.store.search.InvalidQueryException;
import org.dossier.store.search.SearchHit;

/**
 * The web UI's pages, rendered on the server by the templates under {@code web/} (the story
 * page with the same story template as the HTML export) and one stylesheet: no script is needed
 * to read a dossier, and the template engine escapes every piece of article text. Thread-safe
 * (stateless apart from the repository).
 */
public final class Pages {

    /** Links between the pages of the web UI. */
    static final Links LINKS = new Links() {
        @Override
        public String passage(Evidence e) {
            return Pages.passage(e);
        }

        @Override
        public String article(Article a) {
            return "/articles/" + url(a.id());
        }

        @Override
        public String entity(String entityId) {
            return "/entities/" + url(entityId);
        }

        @Override
        public String story(String storyId) {
            return "/stories/" + url(storyId);
        }
    };

    private final DossierRepository repository;

    Pages(DossierRepository repository) {
        this.repository = Objects.requireNonNull(repository, "repository");
    }

    /** Query filters of the story list; null or blank means no filter. */
    public record StoryFilter(String from, String to, String outlet, String language, String entity) {

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

    /** A URL component, percent-encoded. */
    static String url(String part) {
        return URLEncoder.encode(part == null ? "" : part, StandardCharsets.UTF_8);
    }

    /** The story list: its filters and one row per story shown. */
    public record StoryList(StoryFilter filter, List<StoryRow> rows) {
    }

    /** A story in the list. */
    public record StoryRow(String href, String title, String meta) {
    }

    String storyList(StoryFilter filter) {
        List<Story> stories = new ArrayList<>(repository.stories());
        stories.sort(Comparator.comparing((Story s) -> s.end() == null ? "" : s.end()).reversed()
                .thenComparing(Story::id));
        List<StoryRow> rows = new ArrayList<>();
        for (Story s : stories) {
            List<Article> articles = articles(s);
            if (filter.accepts(s, articles)) {
                rows.add(new StoryRow("/stories/" + url(s.id()), s.title(), String.join(" · ", List.of(dates(s),
                        Counts.of(articles.size(), "article", "articles"), String.join(", ", outlets(articles)),
                        String.join(", ", languages(articles))))));
            }
        }
        return Templates.render("web/stories.jte", new StoryList(filter, rows));
    }

    Optional<String> story(String id) {
        return repository.story(id).map(s -> Templates.render("web/story.jte",
                StoryPage.of(s, articles(s), LINKS, null, false)));
    }

    static String passage(Evidence e) {
        return "/articles/" + url(e.articleId()) + "?hl=" + e.start() + "-" + e.end() + "#hl";
    }

    /** An article page: its text, the requested passage marked, and the story it belongs to. */
    public record ArticlePage(String heading, String meta, String url, String storyHref, String storyTitle,
                       List<Passage> text) {
    }

    Optional<String> article(String id, String highlight) {
        return repository.article(id).map(a -> {
            Evidence hl = parseHighlight(a.id(), highlight, a.text().length());
            String link = a.url() != null && (a.url().startsWith("http://") || a.url().startsWith("https://"))
                    ? a.url() : null;
            Story story = repository.stories().stream().filter(s -> s.articleIds().contains(a.id())).findFirst()
                    .orElse(null);
            return Templates.render("web/article.jte", new ArticlePage(SourceList.name(a),
                    join(" · ", a.outlet(), a.published(), a.language(), a.file()), link,
                    story == null ? null : "/stories/" + url(story.id()), story == null ? null : story.title(),
                    Passage.mark(a.text(), hl == null ? List.of() : List.of(hl), e -> "hl", "-1")));
        });
    }

    private static Evidence parseHighlight(String articleId, String highlight, int length) {
        if (highlight == null) {
            return null;
        }
        String[] parts = highlight.split("-", 2);
        try {
            int start = Integer.parseInt(parts[0]);
            int end = Integer.parseInt(parts[1]);
            return start >= 0 && start <= end && end <= length ? new Evidence(articleId, start, end) : null;
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            return null;
        }
    }

    /** A search page: the query, the reason it was refused (or null), and its hits. */
    public record SearchView(String query, String refusal, List<Hit> hits) {

        public boolean searched() {
            return present(query) && refusal == null;
        }

        public String count() {
            return Counts.of(hits.size(), "result", "results");
        }
    }

    /** One search hit as listed. */
    public record Hit(String kind, String href, String label, String snippet, String storyHref, String storyTitle) {
    }

    /** A rendered search page; {@code refused} when the query was refused, its reason shown on the page. */
    public record SearchPage(String html, boolean refused) {
    }

    SearchPage search(String query) {
        if (!present(query)) {
            return new SearchPage(Templates.render("web/search.jte", new SearchView(query, null, List.of())), false);
        }
        List<SearchHit> found;
        try {
            found = repository.search(query, 50);
        } catch (InvalidQueryException e) {
            return new SearchPage(Templates.render("web/search.jte", new SearchView(query, e.getMessage(), List.of())),
                    true);
        }
        List<Hit> hits = new ArrayList<>();
        for (SearchHit hit : found) {
            String href = hit.entityId() != null && hit.kind().equals("entity")
                    ? "/entities/" + url(hit.entityId())
                    : hit.start() >= 0 ? passage(new Evidence(hit.articleId(), hit.start(), hit.end()))
                    : "/articles/" + url(hit.articleId());
            String label = hit.label();
            if (label == null || label.isBlank()) {
                label = repository.article(hit.articleId()).map(SourceList::name).orElse("untitled source");
            }
            Story story = hit.storyId() == null ? null : repository.story(hit.storyId()).orElse(null);
            hits.add(new Hit(hit.kind(), href, label, hit.snippet(),
                    story == null ? null : "/stories/" + url(story.id()), story == null ? null : story.title()));
        }
        return new SearchPage(Templates.render("web/search.jte", new SearchView(query, null, hits)), false);
    }

    /** An entity page: what it is, its stories, its quotations and every mention in its passage. */
    public record EntityPage(Entity entity, String type, List<StoryRow> stories, List<Line> quotes, List<Line> mentions) {
    }

    /**
     * A quotation or a mention with its source: the passage split around the quoted or named
     * words, which the page marks, and a link to the passage in its article.
     */
    public record Line(String before, String words, String after, boolean direct, String href, String source) {
    }

    Optional<String> entity(String id) {
        return EntityView.find(repository, id).map(view -> {
            Entity e = view.entity();
            List<StoryRow> stories = new ArrayList<>();
            for (Story s : view.stories()) {
                stories.add(new StoryRow("/stories/" + url(s.id()), s.title(), dates(s)));
            }
            List<Line> quotes = new ArrayList<>();
            for (Quote q : view.quotes()) {
                quotes.add(new Line("", q.text(), "", q.direct(), passage(q.evidence()), source(q.evidence())));
            }
            List<Line> mentions = new ArrayList<>();
            for (Evidence m : e.mentions()) {
                mentions.add(mention(m));
            }
            return Templates.render("web/entity.jte", new EntityPage(e, e.type().name().toLowerCase(Locale.ROOT),
                    stories, quotes, mentions));
        });
    }

    /** The name of the source of a passage, with its date. */
    private String source(Evidence e) {
        return repository.article(e.articleId()).map(a -> join(", ", SourceList.name(a), a.published()))
                .orElse("source not found");
    }

    /** A mention inside the sentence that holds it. */
    private Line mention(Evidence m) {
        Optional<Article> found = repository.article(m.articleId());
        if (found.isEmpty() || m.end() > found.get().text().length()) {
            return new Line("", "(passage not found)", "", false, passage(m), source(m));
        }
        String text = found.get().text();
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ROOT);
        sentences.setText(text);
        int start = sentences.preceding(Math.min(text.length(), m.start() + 1));
        int end = sentences.following(Math.max(m.start(), m.end() - 1));
        start = start == BreakIterator.DONE ? 0 : start;
        end = end == BreakIterator.DONE ? text.length() : Math.max(end, m.end());
        return new Line(text.substring(start, m.start()).stripLeading(), text.substring(m.start(), m.end()),
                text.substring(m.end(), end).stripTrailing(), false, passage(m), source(m));
    }

    String notFound(String what) {
        return Templates.render("web/notfound.jte", what);
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
}
