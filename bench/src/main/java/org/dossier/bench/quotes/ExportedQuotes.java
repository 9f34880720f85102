package org.dossier.bench.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.dossier.model.Article;
import org.dossier.model.Dossier;
import org.dossier.model.Evidence;
import org.dossier.model.Quote;
import org.dossier.model.Story;

/**
 * The quotations a user finds in a build's {@code dossier/v1} export, per source article, in that
 * article's original (corpus) offsets, so they are scored against gold exactly as the quote stage
 * alone is. Every story quote counts once at its evidence and once at each of its
 * {@code alsoReportedIn} places, each time with the story's speaker: a speaker right in the article
 * but wrong in the story is wrong. A place in another article is a direct quotation when the quote is
 * direct and the place stands in quotation marks, else reported speech.
 *
 * @param byArticle quotes by the corpus article's name, in corpus offsets; every given article has
 *                  an entry, empty when the export has none of its quotes (or not the article)
 * @param missingArticles names of the given articles the export does not hold
 * @param unaligned quote places whose span could not be mapped back to the corpus text, as
 *                  "article: quoted text" (counted nowhere else)
 * @param stories   stories in the export that hold at least one of the given articles
 */
public record ExportedQuotes(Map<String, List<Quote>> byArticle, List<String> missingArticles, List<String> unaligned,
        int stories) {

    public ExportedQuotes {
        byArticle = Map.copyOf(byArticle);
        missingArticles = List.copyOf(missingArticles);
        unaligned = List.copyOf(unaligned);
    }

    /**
     * Reads {@code dossier}'s quotes for the corpus articles {@code byUrl} (input url to article); an
     * export article is recognised by its url.
     */
    public static ExportedQuotes of(Dossier dossier, Map<String, PolnearArticle> byUrl) {
        Objects.requireNonNull(dossier, "dossier");
        Map<String, PolnearArticle> corpusById = new HashMap<>();
        Map<String, TextAlignment> alignments = new HashMap<>();
        Map<String, String> cleaned = new HashMap<>();
        for (Article a : dossier.articles()) {
            PolnearArticle p = a.url() == null ? null : byUrl.get(a.url());
            if (p != null) {
                corpusById.put(a.id(), p);
                cleaned.put(a.id(), a.text());
                alignments.put(a.id(), TextAlignment.of(p.text(), a.text()));
            }
        }
        Map<String, List<Quote>> out = new LinkedHashMap<>();
        byUrl.values().forEach(p -> out.put(p.name(), new ArrayList<>()));
        List<String> missing = new ArrayList<>(out.keySet());
        corpusById.values().forEach(p -> missing.remove(p.name()));
        List<String> unaligned = new ArrayList<>();
        int stories = 0;
        for (Story story : dossier.stories()) {
            if (story.articleIds().stream().anyMatch(corpusById::containsKey)) {
                stories++;
            }
            for (Quote q : story.quotes()) {
                List<Evidence> places = new ArrayList<>();
                places.add(q.evidence());
                places.addAll(q.alsoReportedIn());
                for (Evidence e : places) {
                    PolnearArticle p = corpusById.get(e.articleId());
                    if (p == null) {
                        continue;
                    }
                    String text = cleaned.get(e.articleId());
                    int[] span = alignments.get(e.articleId()).span(e.start(), e.end());
                    if (span == null) {
                        unaligned.add(p.name() + ": " + text.substring(e.start(), e.end()).replace('\n', ' '));
                        continue;
                    }
                    boolean direct = q.direct() && (e.equals(q.evidence()) || inQuotationMarks(text, e.start()));
                    out.get(p.name()).add(new Quote(p.text().substring(span[0], span[1]), direct, q.speaker(),
                            new Evidence(e.articleId(), span[0], span[1])));
                }
            }
        }
        return new ExportedQuotes(out, missing, unaligned, stories);
    }

    /** Whether the span at {@code start} opens right after a quotation mark (blanks between allowed). */
    static boolean inQuotationMarks(String text, int start) {
        int i = start - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i >= 0 && "\"“‘«„'".indexOf(text.charAt(i)) >= 0;
    }
}
