package org.dossier.app.render.svg;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dossier.app.render.SourceList;
import org.dossier.model.Article;
import org.dossier.model.Conflict;
import org.dossier.model.Entity;
import org.dossier.model.Evidence;
import org.dossier.model.Quote;
import org.dossier.model.Story;

/**
 * The four pictures of a story: its timeline, who is quoted how often, each conflict's values by
 * source, and which entities share sentences. Immutable.
 *
 * @param timeline      the dated entries on a time axis
 * @param speakers      quotations per speaker, most quoted first
 * @param conflicts     one values-by-source grid per conflict, in story order
 * @param cooccurrence  the most mentioned entities against each other, weighted by shared sentences
 */
public record StoryCharts(TimelineChart timeline, BarChart speakers, List<MatrixChart> conflicts,
                          MatrixChart cooccurrence) {

    /** How many entities the co-occurrence grid shows at most: the most mentioned ones. */
    static final int MAX_ENTITIES = 12;

    public StoryCharts {
        conflicts = List.copyOf(conflicts);
    }

    public static StoryCharts of(Story story, SourceList sources) {
        return new StoryCharts(TimelineChart.of(story.timeline()), speakers(story), conflicts(story, sources),
                cooccurrence(story, sources));
    }

    static BarChart speakers(Story story) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, String> roles = new HashMap<>();
        for (Quote q : story.quotes()) {
            String who = q.speaker() == null ? "Unattributed" : q.speaker().name();
            counts.merge(who, 1, Integer::sum);
            if (q.speaker() != null && q.speaker().entityId() != null) {
                for (Entity e : story.entities()) {
                    if (e.id().equals(q.speaker().entityId()) && !e.roles().isEmpty()) {
                        roles.putIfAbsent(who, e.roles().get(0));
                    }
                }
            }
        }
        List<BarChart.Row> rows = new ArrayList<>();
        counts.forEach((who, n) -> rows.add(new BarChart.Row(who, who + (roles.containsKey(who)
                ? " (" + roles.get(who) + ")" : "") + ": " + n + (n == 1 ? " quotation" : " quotations"), n)));
        rows.sort(Comparator.comparingInt(BarChart.Row::value).reversed()); // stable: ties keep story order
        return BarChart.of("Quotations per speaker", rows);
    }

    static List<MatrixChart> conflicts(Story story, SourceList sources) {
        List<MatrixChart> charts = new ArrayList<>();
        for (Conflict c : story.conflicts()) {
            List<Integer> numbers = new ArrayList<>();
            for (Conflict.Value v : c.values()) {
                for (Evidence e : v.evidence()) {
                    int n = sources.number(e.articleId());
                    if (!numbers.contains(n)) {
                        numbers.add(n);
                    }
                }
            }
            numbers.sort(Integer::compare);
            List<String> columns = new ArrayList<>();
            List<String> columnTitles = new ArrayList<>();
            for (int n : numbers) {
                columns.add(n == 0 ? "?" : Integer.toString(n));
                Article a = n == 0 ? null : sources.articles().get(n - 1);
                columnTitles.add(a == null ? "unknown source" : "[" + n + "] " + sources.describe(a));
            }
            List<String> rows = new ArrayList<>();
            int[][] weights = new int[c.values().size()][numbers.size()];
            String[][] titles = new String[c.values().size()][numbers.size()];
            for (int i = 0; i < c.values().size(); i++) {
                Conflict.Value v = c.values().get(i);
                rows.add(v.value());
                for (Evidence e : v.evidence()) {
                    int j = numbers.indexOf(sources.number(e.articleId()));
                    weights[i][j]++;
                    titles[i][j] = v.value() + " according to " + columnTitles.get(j);
                }
            }
            String subject = subjectName(story, c.subject());
            charts.add(MatrixChart.of(subject + ", " + c.property() + ": values by source", rows, columns,
                    columnTitles, weights, titles));
        }
        return charts;
    }

    /**
     * Entities against entities, each cell the number of sentences that mention both; the
     * diagonal is the number of sentences that mention the entity at all. Sentences are found
     * with the JDK's sentence breaker in the article's language.
     */
    static MatrixChart cooccurrence(Story story, SourceList sources) {
        Map<String, Map<Integer, Set<Integer>>> sentencesOf = new LinkedHashMap<>(); // entity -> article -> sentences
        Map<String, int[]> boundaries = new HashMap<>();
        for (Entity e : story.entities()) {
            Map<Integer, Set<Integer>> where = new HashMap<>();
            for (Evidence m : e.mentions()) {
                Article a = sources.article(m.articleId());
                if (a == null || m.end() > a.text().length()) {
                    continue;
                }
                int[] starts = boundaries.computeIfAbsent(a.id(), id -> sentenceStarts(a));
                where.computeIfAbsent(sources.number(a.id()), k -> new LinkedHashSet<>()).add(sentence(starts, m.start()));
            }
            if (!where.isEmpty()) {
                sentencesOf.put(e.id(), where);
            }
        }
        List<Entity> shown = new ArrayList<>();
        for (Entity e : story.entities()) {
            if (sentencesOf.containsKey(e.id())) {
                shown.add(e);
            }
        }
        shown.sort(Comparator.comparingInt((Entity e) -> -count(sentencesOf.get(e.id()))).thenComparing(Entity::id));
        if (shown.size() > MAX_ENTITIES) {
            shown = new ArrayList<>(shown.subList(0, MAX_ENTITIES));
        }
        int n = shown.size();
        int[][] weights = new int[n][n];
        String[][] titles = new String[n][n];
        List<String> rows = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        List<String> columnTitles = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Entity a = shown.get(i);
            rows.add((i + 1) + " " + a.name());
            columns.add(Integer.toString(i + 1));
            columnTitles.add(a.name());
            for (int j = 0; j < n; j++) {
                Entity b = shown.get(j);
                int shared = shared(sentencesOf.get(a.id()), sentencesOf.get(b.id()));
                weights[i][j] = shared;
                titles[i][j] = i == j ? a.name() + ": named in " + plural(shared)
                        : a.name() + " and " + b.name() + ": together in " + plural(shared);
            }
        }
        return MatrixChart.of("Entities named in the same sentences", rows, columns, columnTitles, weights, titles);
    }

    private static String plural(int n) {
        return n + (n == 1 ? " sentence" : " sentences");
    }

    private static int count(Map<Integer, Set<Integer>> where) {
        return where.values().stream().mapToInt(Set::size).sum();
    }

    private static int shared(Map<Integer, Set<Integer>> a, Map<Integer, Set<Integer>> b) {
        int n = 0;
        for (Map.Entry<Integer, Set<Integer>> e : a.entrySet()) {
            Set<Integer> other = b.get(e.getKey());
            if (other != null) {
                for (int s : e.getValue()) {
                    if (other.contains(s)) {
                        n++;
                    }
                }
            }
        }
        return n;
    }

    private static int[] sentenceStarts(Article a) {
        BreakIterator it = BreakIterator.getSentenceInstance(a.language() == null ? Locale.ROOT : Locale.forLanguageTag(a.language()));
        it.setText(a.text());
        List<Integer> starts = new ArrayList<>();
        for (int s = it.first(); s != BreakIterator.DONE && s < a.text().length(); s = it.next()) {
            starts.add(s);
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The index of the sentence holding {@code offset}. */
    private static int sentence(int[] starts, int offset) {
        int i = java.util.Arrays.binarySearch(starts, offset);
        return i >= 0 ? i : -i - 2;
    }

    private static String subjectName(Story story, String subject) {
        for (Entity e : story.entities()) {
            if (e.id().equals(subject)) {
                return e.name();
            }
        }
        return subject;
    }
}
