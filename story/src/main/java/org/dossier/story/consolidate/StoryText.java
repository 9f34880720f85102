package org.dossier.story.consolidate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.dossier.model.Article;
import org.dossier.model.Evidence;
import org.dossier.story.AnalyzedArticle;

/**
 * A story's articles prepared for consolidation: in a fixed order (publication date, then id),
 * split into sentences, each mapped to the source it counts as. Built once per consolidation;
 * immutable.
 */
final class StoryText {

    private final List<AnalyzedArticle> members;
    private final Map<String, AnalyzedArticle> byId = new LinkedHashMap<>();
    private final Map<String, List<TextSentence>> sentences = new LinkedHashMap<>();
    private final Map<String, String> sourceOf = new LinkedHashMap<>();

    StoryText(List<AnalyzedArticle> members) {
        List<AnalyzedArticle> sorted = new ArrayList<>(members);
        sorted.sort(Comparator.comparing((AnalyzedArticle a) -> day(a.article()), Comparator.nullsLast(
                Comparator.naturalOrder())).thenComparing(a -> a.article().id()));
        this.members = List.copyOf(sorted);
        for (AnalyzedArticle a : this.members) {
            byId.put(a.article().id(), a);
            sentences.put(a.article().id(), SentenceSplitter.split(a.article().id(), a.article().text(),
                    a.article().language()));
        }
        for (AnalyzedArticle a : this.members) {
            sourceOf.put(a.article().id(), rootOf(a.article().id()));
        }
    }

    /** Follows {@code duplicateOf} to the earliest copy present in the story. */
    private String rootOf(String id) {
        String current = id;
        for (int guard = 0; guard < byId.size(); guard++) {
            String original = byId.get(current).article().duplicateOf();
            if (original == null || !byId.containsKey(original)) {
                return current;
            }
            current = original;
        }
        return current;
    }

    List<AnalyzedArticle> members() {
        return members;
    }

    Article article(String id) {
        AnalyzedArticle a = byId.get(id);
        return a == null ? null : a.article();
    }

    /** Whether this article is a near-duplicate of another member. */
    boolean isDuplicate(String articleId) {
        return !sourceOf.getOrDefault(articleId, articleId).equals(articleId);
    }

    /** The source an article counts as: itself, or the original it duplicates. */
    String source(String articleId) {
        return sourceOf.getOrDefault(articleId, articleId);
    }

    /** The cues of the article's language; empty cues for an article not in the story. */
    Cues cues(String articleId) {
        Article a = article(articleId);
        return Cues.of(a == null ? null : a.language());
    }

    /**
     * The language of most of the story's original articles (not near-duplicates); ties go to
     * English, then to the first in alphabetical order. Null for a story without articles.
     */
    String language() {
        Map<String, Integer> count = new TreeMap<>();
        for (AnalyzedArticle a : members) {
            if (!isDuplicate(a.article().id())) {
                count.merge(a.article().language(), 1, Integer::sum);
            }
        }
        if (count.isEmpty()) {
            return null;
        }
        int most = Collections.max(count.values());
        if (count.getOrDefault("en", 0) == most) {
            return "en";
        }
        for (Map.Entry<String, Integer> e : count.entrySet()) {
            if (e.getValue() == most) {
                return e.getKey();
            }
        }
        return null;
    }

    List<TextSentence> sentences(String articleId) {
        return sentences.getOrDefault(articleId, List.of());
    }

    /** The sentence that holds the start of {@code e}, or null. */
    TextSentence sentenceOf(Evidence e) {
        for (TextSentence s : sentences(e.articleId())) {
            if (s.start() <= e.start() && e.start() < Math.max(s.end(), s.start() + 1)) {
                return s;
            }
        }
        return null;
    }

    /** The article's publication day ({@code yyyy-MM-dd}) or null. */
    String day(String articleId) {
        Article a = article(articleId);
        return a == null ? null : day(a);
    }

    static String day(Article a) {
        String p = a.published();
        if (p == null) {
            return null;
        }
        return p.length() > 10 ? p.substring(0, 10) : p;
    }

    /** Orders evidence by article (story order), then offset. */
    Comparator<Evidence> evidenceOrder() {
        List<String> order = new ArrayList<>(byId.keySet());
        return Comparator.comparingInt((Evidence e) -> {
            int i = order.indexOf(e.articleId());
            return i < 0 ? Integer.MAX_VALUE : i;
        }).thenComparing(Evidence::articleId).thenComparingInt(Evidence::start).thenComparingInt(Evidence::end);
    }

    int rank(String articleId) {
        int i = new ArrayList<>(byId.keySet()).indexOf(Objects.requireNonNull(articleId));
        return i < 0 ? Integer.MAX_VALUE : i;
    }
}
