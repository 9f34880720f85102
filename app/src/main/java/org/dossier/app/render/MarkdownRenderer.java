package org.dossier.app.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.dossier.model.Article;
import org.dossier.model.Claim;
import org.dossier.model.Conflict;
import org.dossier.model.Dossier;
import org.dossier.model.Entity;
import org.dossier.model.Quote;
import org.dossier.model.RelatedStory;
import org.dossier.model.Story;
import org.dossier.model.SummarySentence;
import org.dossier.model.TimelineEntry;

/**
 * Renders a dossier as a Markdown document (CommonMark): one section per story with its sources
 * numbered [1]..[n] and every fact followed by the numbers of the sources that state it. Text from
 * articles is escaped, so it can neither format the document nor inject HTML. Thread-safe.
 */
public final class MarkdownRenderer {

    public String render(Dossier dossier) {
        Objects.requireNonNull(dossier, "dossier");
        StringBuilder out = new StringBuilder();
        boolean one = dossier.stories().size() == 1;
        if (!one) {
            out.append("# Dossier\n\n").append("Generated ").append(escape(dossier.generatedAt())).append(" · ")
                    .append(Counts.of(dossier.stories().size(), "story", "stories")).append(" · ")
                    .append(Counts.of(dossier.articles().size(), "article", "articles")).append("\n\n");
            for (Story s : dossier.stories()) {
                out.append("- ").append(escape(s.title())).append(" (").append(escape(StoryFacts.dates(s)))
                        .append(")\n");
            }
            out.append('\n');
        }
        for (Story s : dossier.stories()) {
            story(out, s, dossier.articles(), one ? "#" : "##");
        }
        return out.toString();
    }

    private static void story(StringBuilder out, Story story, List<Article> articles, String h) {
        SourceList sources = new SourceList(story, articles);
        out.append(h).append(' ').append(escape(story.title())).append("\n\n");
        out.append('`').append(story.id().replace("`", "")).append("` · ").append(escape(StoryFacts.dates(story)))
                .append(" · ").append(Counts.of(story.articleIds().size(), "article", "articles")).append("\n\n");

        out.append(h).append("# Sources\n\n");
        for (Article a : sources.articles()) {
            out.append(sources.number(a.id())).append(". ").append(escape(sources.describe(a))).append('\n');
        }
        out.append('\n');

        if (!story.summary().isEmpty()) {
            out.append(h).append("# Summary\n\n");
            for (SummarySentence s : story.summary()) {
                out.append("- ").append(escape(s.text())).append(' ').append(sources.marks(s.evidence()))
                        .append('\n');
            }
            out.append('\n');
        }

        if (!story.timeline().isEmpty()) {
            out.append(h).append("# Timeline\n\n");
            for (TimelineEntry t : story.timeline()) {
                out.append("- **").append(escape(t.date())).append("** ").append(escape(t.what())).append(' ')
                        .append(sources.marks(t.evidence())).append('\n');
            }
            out.append('\n');
        }

        if (!story.quotes().isEmpty()) {
            out.append(h).append("# Who said what\n\n");
            for (Map.Entry<String, List<Quote>> group : StoryFacts.bySpeaker(story).entrySet()) {
                String role = StoryFacts.role(story, group.getValue().get(0));
                out.append("**").append(escape(group.getKey())).append("**")
                        .append(role == null ? "" : " (" + escape(role) + ")").append("\n\n");
                for (Quote q : group.getValue()) {
                    out.append("> ").append(q.direct() ? "“" + escape(q.text()) + "”" : "_(reported)_ " + escape(q.text()))
                            .append(' ').append(sources.marks(StoryFacts.evidence(q))).append("\n\n");
                }
            }
        }

        if (!story.entities().isEmpty()) {
            out.append(h).append("# Entities\n\n");
            out.append("| Name | Type | Roles | Also called | Sources |\n|---|---|---|---|---|\n");
            for (Entity e : story.entities()) {
                out.append("| ").append(escape(e.name())).append(" | ").append(e.type().name().toLowerCase())
                        .append(" | ").append(escape(String.join("; ", e.roles()))).append(" | ")
                        .append(escape(String.join(", ", e.aliases()))).append(" | ")
                        .append(sources.marks(e.mentions())).append(" |\n");
            }
            out.append('\n');
        }

        if (!story.claims().isEmpty()) {
            out.append(h).append("# Claims\n\n");
            for (List<Claim> group : StoryFacts.claimGroups(story).values()) {
                Claim first = group.get(0);
                List<String> values = new ArrayList<>();
                for (Claim c : group) {
                    values.add(escape(StoryFacts.valueLabel(c)) + " " + sources.marks(List.of(c.evidence())));
                }
                out.append("- ").append(escape(StoryFacts.subjectName(story, first.subject()))).append(", ")
                        .append(escape(first.property())).append(": ").append(String.join("; ", values)).append('\n');
            }
            out.append('\n');
        }

        if (!story.conflicts().isEmpty()) {
            out.append(h).append("# Conflicts between sources\n\n");
            for (Conflict c : story.conflicts()) {
                out.append("- **").append(escape(StoryFacts.subjectName(story, c.subject()))).append(", ")
                        .append(escape(c.property())).append("**\n");
                for (Conflict.Value v : c.values()) {
                    out.append("  - ").append(escape(v.value())).append(" according to ")
                            .append(sources.marks(v.evidence())).append('\n');
                }
                if (c.note() != null) {
                    out.append("  - _Note:_ ").append(escape(c.note())).append('\n');
                }
            }
            out.append('\n');
        }

        if (!story.related().isEmpty()) {
            out.append(h).append("# Related stories\n\n");
            for (RelatedStory r : story.related()) {
                out.append("- ").append(escape(r.title())).append(" (`").append(r.storyId().replace("`", ""))
                        .append("`): ").append(escape(r.reason())).append('\n');
            }
            out.append('\n');
        }
    }

    /**
     * Escapes inline text for Markdown: backslash-escapes the characters that start emphasis, code,
     * links and table cells ({@code \ ` * _ [ ] | ~}), writes {@code <}, {@code >} and {@code &} as
     * entities (so no raw HTML gets through), and folds line breaks into spaces. Text is only ever
     * placed after a list marker or inside a line, so block syntax ({@code #}, {@code -}) cannot start.
     */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '\n', '\r', '\t' -> out.append(' ');
                case '\\', '`', '*', '_', '[', ']', '|', '~' ->
                        out.append('\\').append(c);
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
