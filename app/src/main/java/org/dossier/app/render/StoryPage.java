package org.dossier.app.render;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.dossier.app.render.svg.MatrixChart;
import org.dossier.app.render.svg.StoryCharts;
import org.dossier.model.Article;
import org.dossier.model.Claim;
import org.dossier.model.Conflict;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.model.Evidence;
import org.dossier.model.Quote;
import org.dossier.model.Story;

/**
 * One story as the story template shows it, in the web UI and the HTML export alike: its facts
 * with citation marks numbered by {@link SourceList}, its pictures, and links made by
 * {@link Links}. Immutable.
 *
 * @param story    the story
 * @param sources  its articles, numbered
 * @param links    where citations, entities and other stories point
 * @param charts   its pictures
 * @param anchor   the id of the story's section, or null
 * @param titled   whether the section carries the story's title (the page has not already)
 */
public record StoryPage(Story story, SourceList sources, Links links, StoryCharts charts, String anchor,
                        boolean titled) {

    public StoryPage {
        Objects.requireNonNull(story, "story");
        Objects.requireNonNull(sources, "sources");
        Objects.requireNonNull(links, "links");
        Objects.requireNonNull(charts, "charts");
    }

    public static StoryPage of(Story story, List<Article> articles, Links links, String anchor, boolean titled) {
        SourceList sources = new SourceList(story, articles);
        return new StoryPage(story, sources, links, StoryCharts.of(story, sources), anchor, titled);
    }

    public String dates() {
        return StoryFacts.dates(story);
    }

    public String articleCount() {
        return Counts.of(sources.articles().size(), "article", "articles");
    }

    /** Citation marks for a list of passages: one per distinct passage, [2], [2b], … for one source. */
    public List<Cite> cite(List<Evidence> evidence) {
        List<Cite> out = new ArrayList<>();
        Map<Integer, Integer> perSource = new LinkedHashMap<>();
        for (Evidence e : new LinkedHashSet<>(evidence)) {
            int n = sources.number(e.articleId());
            int k = perSource.merge(n, 1, Integer::sum);
            String label = "[" + (n == 0 ? "?" : Integer.toString(n)) + (k == 1 ? "" : suffix(k)) + "]";
            Article a = sources.article(e.articleId());
            out.add(new Cite(label, links.passage(e), a == null ? "source not in this story" : sources.describe(a)));
        }
        return out;
    }

    private static String suffix(int k) {
        return k - 1 <= 26 ? String.valueOf((char) ('a' + k - 1)) : "." + k;
    }

    /** The quotations of one speaker, with the speaker's role and page where known. */
    public record Speaker(String name, String role, String href, List<Quote> quotes) {
    }

    public List<Speaker> speakers() {
        List<Speaker> out = new ArrayList<>();
        for (Map.Entry<String, List<Quote>> group : StoryFacts.bySpeaker(story).entrySet()) {
            Quote first = group.getValue().get(0);
            String entityId = first.speaker() == null ? null : first.speaker().entityId();
            String href = StoryFacts.entity(story, entityId) == null ? null : links.entity(entityId);
            out.add(new Speaker(group.getKey(), StoryFacts.role(story, first), href, group.getValue()));
        }
        return out;
    }

    public List<Cite> cite(Quote q) {
        return cite(StoryFacts.evidence(q));
    }

    /** The entities of one type, in story order. */
    public record EntityGroup(String type, List<Entity> entities) {
    }

    /** Entities grouped by type, in the order of {@link EntityType}. */
    public List<EntityGroup> entityGroups() {
        Map<EntityType, List<Entity>> byType = new EnumMap<>(EntityType.class);
        for (Entity e : story.entities()) {
            byType.computeIfAbsent(e.type(), t -> new ArrayList<>()).add(e);
        }
        List<EntityGroup> out = new ArrayList<>();
        byType.forEach((type, list) -> out.add(new EntityGroup(typeName(type, list.size()), list)));
        return out;
    }

    static String typeName(EntityType type, int n) {
        String name = switch (type) {
            case PERSON -> n == 1 ? "Person" : "People";
            case ORGANIZATION -> n == 1 ? "Organization" : "Organizations";
            case LOCATION -> n == 1 ? "Place" : "Places";
            case COUNTRY -> n == 1 ? "Country" : "Countries";
            case GROUP -> n == 1 ? "Group" : "Groups";
            case EVENT -> n == 1 ? "Event" : "Events";
            case OTHER -> "Other";
        };
        return name;
    }

    /** The first mention of an entity in each source. */
    public List<Cite> firstMentions(Entity e) {
        Map<String, Evidence> first = new LinkedHashMap<>();
        for (Evidence m : e.mentions()) {
            first.putIfAbsent(m.articleId(), m);
        }
        return cite(new ArrayList<>(first.values()));
    }

    public String entityLink(Entity e) {
        return links.entity(e.id());
    }

    /** One claimed value with its citations. */
    public record Value(String text, List<Cite> cites) {
    }

    /** The values claimed for one subject and property. */
    public record ClaimGroup(String subject, String property, List<Value> values) {
    }

    public List<ClaimGroup> claims() {
        List<ClaimGroup> out = new ArrayList<>();
        for (List<Claim> group : StoryFacts.claimGroups(story).values()) {
            Claim first = group.get(0);
            List<Value> values = new ArrayList<>();
            for (Claim c : group) {
                values.add(new Value(StoryFacts.valueLabel(c), cite(List.of(c.evidence()))));
            }
            out.add(new ClaimGroup(StoryFacts.subjectName(story, first.subject()), first.property(), values));
        }
        return out;
    }

    /** One conflict: what it is about, the values with their sources, its note and its picture. */
    public record ConflictView(String subject, String property, List<Value> values, String note, MatrixChart chart) {
    }

    public List<ConflictView> conflicts() {
        List<ConflictView> out = new ArrayList<>();
        for (int i = 0; i < story.conflicts().size(); i++) {
            Conflict c = story.conflicts().get(i);
            List<Value> values = new ArrayList<>();
            for (Conflict.Value v : c.values()) {
                values.add(new Value(v.value(), cite(v.evidence())));
            }
            out.add(new ConflictView(StoryFacts.subjectName(story, c.subject()), c.property(), values, c.note(),
                    charts.conflicts().get(i)));
        }
        return out;
    }

    /** A numbered source: its name, a one-line description, and where its copy is. */
    public record Source(int number, String name, String description, String href, Integer copyOf) {
    }

    public List<Source> sourceRows() {
        List<Source> out = new ArrayList<>();
        for (Article a : sources.articles()) {
            int original = a.duplicateOf() == null ? 0 : sources.number(a.duplicateOf());
            out.add(new Source(sources.number(a.id()), SourceList.name(a), sources.describe(a), links.article(a),
                    original == 0 ? null : original));
        }
        return out;
    }

    /** The id of source {@code n}'s entry: {@code source-2}, prefixed by the story's anchor when it has one. */
    public String sourceId(int n) {
        return anchor == null ? "source-" + n : anchor + "-source-" + n;
    }

    public String storyLink(String storyId) {
        return links.story(storyId);
    }

    public static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
