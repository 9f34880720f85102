package org.dossier.app.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.dossier.model.Article;
import org.dossier.model.Evidence;
import org.dossier.model.Story;

/**
 * A story's articles numbered [1]..[n] for citation: by publication date (undated last), then id.
 * Every output numbers its citations with this one list, so [3] is the same source in the terminal,
 * Markdown, the HTML export and the web UI. Immutable.
 */
public final class SourceList {

    private final List<Article> articles;
    private final Map<String, Integer> number = new LinkedHashMap<>();

    public SourceList(Story story, List<Article> known) {
        Map<String, Article> byId = new LinkedHashMap<>();
        for (Article a : known) {
            byId.put(a.id(), a);
        }
        List<Article> members = new ArrayList<>();
        for (String id : story.articleIds()) {
            Article a = byId.get(id);
            if (a != null) {
                members.add(a);
            }
        }
        members.sort(Comparator.comparing((Article a) -> a.published() == null ? "9999" : a.published())
                .thenComparing(Article::id));
        this.articles = List.copyOf(members);
        for (int i = 0; i < articles.size(); i++) {
            number.put(articles.get(i).id(), i + 1);
        }
    }

    public List<Article> articles() {
        return articles;
    }

    /** The citation number of an article, or 0 when the article is not among the story's. */
    public int number(String articleId) {
        return number.getOrDefault(articleId, 0);
    }

    public Article article(String articleId) {
        int n = number(articleId);
        return n == 0 ? null : articles.get(n - 1);
    }

    /** "[2][3]": each source once, in order of first citation; unknown articles as "[?]". */
    String marks(List<Evidence> evidence) {
        StringBuilder out = new StringBuilder();
        List<Integer> seen = new ArrayList<>();
        for (Evidence e : evidence) {
            int n = number(e.articleId());
            if (!seen.contains(n)) {
                seen.add(n);
                out.append(n == 0 ? "[?]" : "[" + n + "]");
            }
        }
        return out.toString();
    }

    /** One line describing a source: outlet (or title, or file), date, language, duplicate note. */
    public String describe(Article a) {
        List<String> parts = new ArrayList<>();
        String name = firstNonBlank(a.outlet(), a.title(), fileName(a.file()), a.url(), "untitled source");
        parts.add(name);
        if (a.title() != null && !a.title().isBlank() && !Objects.equals(name, a.title())) {
            parts.add("\"" + a.title().strip() + "\"");
        }
        parts.add(a.published() == null ? "undated" : a.published());
        parts.add(a.language());
        String line = String.join(", ", parts);
        if (a.duplicateOf() != null) {
            int original = number(a.duplicateOf());
            line += original == 0 ? " (near-duplicate)" : " (near-duplicate of [" + original + "])";
        }
        return line;
    }

    /**
     * What a reader calls an article: its title, else its outlet, URL or file name; never its id,
     * which means nothing to a reader.
     */
    public static String name(Article a) {
        return firstNonBlank(a.title(), a.outlet(), a.url(), fileName(a.file()), "untitled source");
    }

    private static String fileName(String file) {
        if (file == null) {
            return null;
        }
        int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
        return file.substring(slash + 1);
    }

    static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return "";
    }
}
