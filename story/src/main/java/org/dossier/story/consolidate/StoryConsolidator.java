package org.dossier.story.consolidate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.dossier.model.Article;
import org.dossier.model.Claim;
import org.dossier.model.Entity;
import org.dossier.model.Quote;
import org.dossier.model.Story;
import org.dossier.story.AnalyzedArticle;
import org.dossier.story.Consolidator;

/** The standard consolidator. For now it lists each article's facts side by side, unmerged. */
public final class StoryConsolidator implements Consolidator {

    @Override
    public Story consolidate(String storyId, List<AnalyzedArticle> members) {
        List<AnalyzedArticle> sorted = new ArrayList<>(members);
        sorted.sort(Comparator.comparing((AnalyzedArticle a) -> a.article().id()));
        List<String> ids = new ArrayList<>();
        List<Entity> entities = new ArrayList<>();
        List<Quote> quotes = new ArrayList<>();
        List<Claim> claims = new ArrayList<>();
        for (AnalyzedArticle a : sorted) {
            ids.add(a.article().id());
            entities.addAll(a.analysis().entities());
            quotes.addAll(a.analysis().quotes());
            claims.addAll(a.analysis().claims());
        }
        List<String> dates = sorted.stream().map(a -> a.article().published()).filter(Objects::nonNull)
                .map(p -> p.length() > 10 ? p.substring(0, 10) : p).sorted().toList();
        Article first = sorted.get(0).article();
        String title = first.title() != null ? first.title() : firstLine(first.text());
        return new Story(storyId, title, ids, dates.isEmpty() ? null : dates.get(0),
                dates.isEmpty() ? null : dates.get(dates.size() - 1), List.of(), entities, quotes, List.of(), claims,
                List.of());
    }

    private static String firstLine(String text) {
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                return line.strip();
            }
        }
        return "(untitled)";
    }
}
