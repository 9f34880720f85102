package org.dossier.app.render;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.dossier.model.Article;
import org.dossier.model.Claim;
import org.dossier.model.Conflict;
import org.dossier.model.Entity;
import org.dossier.model.Quote;
import org.dossier.model.RelatedStory;
import org.dossier.model.Story;
import org.dossier.model.SummarySentence;
import org.dossier.model.TimelineEntry;

/**
 * Renders one story for an 80-column terminal (the {@code show} command): title, dates, numbered
 * sources, summary, timeline, who said what, entities, claims, conflicts and related stories, each fact followed by
 * the numbers of the sources that state it. Every line is at most {@value #WIDTH} columns (a word
 * longer than a line is cut). Plain text without control characters. Thread-safe.
 */
public final class TerminalRenderer {

    static final int WIDTH = 80;
    /** Entities come most-cited first; a terminal shows the first ones, the exports all. */
    static final int MAX_ENTITIES = 25;

    /** @param articles the story's articles (for outlets and citations); others are ignored */
    public String render(Story story, List<Article> articles) {
        Objects.requireNonNull(story, "story");
        SourceList sources = new SourceList(story, articles);
        StringBuilder out = new StringBuilder();
        String title = clean(story.title());
        wrap(out, title, "", "");
        out.append("=".repeat(Math.min(WIDTH, Math.max(4, Math.min(title.length(), WIDTH))))).append('\n');
        Set<String> outlets = new LinkedHashSet<>();
        Set<String> languages = new LinkedHashSet<>();
        for (Article a : sources.articles()) {
            if (a.duplicateOf() == null) {
                outlets.add(SourceList.firstNonBlank(a.outlet(), SourceList.name(a)));
            }
            languages.add(a.language());
        }
        wrap(out, story.id() + " · " + StoryFacts.dates(story) + " · " + count(story.articleIds().size(), "article")
                + " from " + count(outlets.size(), "outlet") + " · " + String.join(", ", languages), "", "");

        heading(out, "Sources");
        for (Article a : sources.articles()) {
            String mark = "[" + sources.number(a.id()) + "] ";
            wrap(out, mark + clean(sources.describe(a)), "  ", "  " + " ".repeat(mark.length()));
        }

        if (!story.summary().isEmpty()) {
            heading(out, "Summary");
            for (SummarySentence s : story.summary()) {
                wrap(out, "• " + clean(s.text()) + " " + sources.marks(s.evidence()), "  ", "    ");
            }
        }

        if (!story.timeline().isEmpty()) {
            heading(out, "Timeline");
            for (TimelineEntry t : story.timeline()) {
                String date = String.format("%-10s  ", clean(t.date()));
                wrap(out, clean(t.what()) + " " + sources.marks(t.evidence()), "  " + date, "  " + " ".repeat(12));
            }
        }

        if (!story.quotes().isEmpty()) {
            heading(out, "Who said what");
            for (Map.Entry<String, List<Quote>> group : StoryFacts.bySpeaker(story).entrySet()) {
                String role = StoryFacts.role(story, group.getValue().get(0));
                wrap(out, clean(group.getKey()) + (role == null ? "" : " (" + clean(role) + ")"), "  ", "    ");
                for (Quote q : group.getValue()) {
                    String text = q.direct() ? "“" + clean(q.text()) + "”" : "(reported) " + clean(q.text());
                    wrap(out, text + " " + sources.marks(StoryFacts.evidence(q)), "    ", "     ");
                }
            }
        }

        if (!story.entities().isEmpty()) {
            heading(out, "Entities");
            int shownEntities = 0;
            for (Entity e : story.entities()) {
                if (shownEntities == MAX_ENTITIES) {
                    int rest = story.entities().size() - MAX_ENTITIES;
                    wrap(out, "(" + rest + (rest == 1 ? " more entity" : " more entities")
                            + " in the Markdown, HTML and JSON exports)", "  ", "    ");
                    break;
                }
                shownEntities++;
                Set<String> cited = new LinkedHashSet<>();
                e.mentions().forEach(m -> cited.add(m.articleId()));
                StringBuilder line = new StringBuilder(clean(e.name())).append(" (")
                        .append(e.type().name().toLowerCase()).append(")");
                if (!e.roles().isEmpty()) {
                    line.append(" — ").append(clean(String.join("; ", e.roles())));
                }
                if (!e.aliases().isEmpty()) {
                    line.append(" — also: ").append(clean(String.join(", ", e.aliases())));
                }
                line.append(" — ").append(count(e.mentions().size(), "mention")).append(' ')
                        .append(sources.marks(e.mentions()));
                wrap(out, line.toString(), "  ", "    ");
            }
        }

        if (!story.claims().isEmpty()) {
            heading(out, "Claims");
            for (List<Claim> group : StoryFacts.claimGroups(story).values()) {
                Claim first = group.get(0);
                List<String> values = new ArrayList<>();
                for (Claim c : group) {
                    values.add(clean(StoryFacts.valueLabel(c)) + " " + sources.marks(List.of(c.evidence())));
                }
                wrap(out, clean(StoryFacts.subjectName(story, first.subject())) + ", " + clean(first.property())
                        + ": " + String.join("; ", values), "  ", "    ");
            }
        }

        if (!story.conflicts().isEmpty()) {
            heading(out, "Conflicts between sources");
            for (Conflict c : story.conflicts()) {
                wrap(out, clean(StoryFacts.subjectName(story, c.subject())) + ", " + clean(c.property()) + ":", "  ",
                        "    ");
                for (Conflict.Value v : c.values()) {
                    wrap(out, clean(v.value()) + "  according to " + sources.marks(v.evidence()), "    ", "      ");
                }
                if (c.note() != null) {
                    wrap(out, "Note: " + clean(c.note()), "    ", "      ");
                }
            }
        }

        if (!story.related().isEmpty()) {
            heading(out, "Related stories");
            for (RelatedStory r : story.related()) {
                wrap(out, clean(r.title()) + " (" + clean(r.storyId()) + ")", "  ", "    ");
                wrap(out, clean(r.reason()), "    ", "    ");
            }
        }
        return out.toString();
    }

    private static void heading(StringBuilder out, String name) {
        out.append('\n').append(name).append('\n').append("-".repeat(name.length())).append('\n');
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** Text without control characters (an article could carry terminal escape sequences). */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.appendCodePoint(Character.isISOControl(c) || c == 0x2028 || c == 0x2029
                ? ' ' : c));
        return out.toString().replaceAll("\\s+", " ").strip();
    }

    /**
     * Appends {@code text} wrapped at {@link #WIDTH} columns: the first line after {@code first},
     * the rest after {@code rest}. Widths count code points (wide CJK glyphs are not measured).
     */
    static void wrap(StringBuilder out, String text, String first, String rest) {
        String indent = first;
        StringBuilder line = new StringBuilder(indent);
        boolean empty = true;
        for (String word : text.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            int room = WIDTH - length(line) - (empty ? 0 : 1);
            if (length(word) > room && !empty) {
                out.append(line).append('\n');
                indent = rest;
                line = new StringBuilder(indent);
                empty = true;
                room = WIDTH - length(line);
            }
            while (length(word) > room) {
                // A word wider than the line (a long URL): cut it.
                int cut = word.offsetByCodePoints(0, Math.max(1, room));
                out.append(line).append(word, 0, cut).append('\n');
                word = word.substring(cut);
                indent = rest;
                line = new StringBuilder(indent);
                room = WIDTH - length(line);
            }
            if (!empty) {
                line.append(' ');
            }
            line.append(word);
            empty = false;
        }
        out.append(line).append('\n');
    }

    private static int length(CharSequence s) {
        return Character.codePointCount(s, 0, s.length());
    }
}
