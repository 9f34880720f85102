package org.dossier.app.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dossier.model.Article;
import org.dossier.model.Dossier;
import org.dossier.model.Story;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TerminalRendererTest {

    private static Story story;
    private static List<Article> articles;
    private static String shown;

    @BeforeAll
    static void render() {
        Dossier d = RenderFixture.romeDossier();
        story = d.stories().get(0);
        articles = d.articles();
        shown = new TerminalRenderer().render(story, articles);
        if (System.getenv("DOSSIER_PRINT") != null) {
            System.out.println(shown);
        }
    }

    @Test
    void everyLineFitsEightyColumns() {
        assertThat(shown.lines()).allSatisfy(line ->
                assertThat(line.codePointCount(0, line.length())).isLessThanOrEqualTo(80));
    }

    @Test
    void showsTitleSourcesAndEverySection() {
        assertThat(shown.lines().findFirst().orElseThrow()).isEqualTo(story.title());
        assertThat(shown).contains("Sources", "Summary", "Timeline", "Who said what", "Entities", "Claims",
                "Conflicts between sources");
        assertThat(shown).contains("[1] Russian-language news site, 2021-06-27, en");
        assertThat(shown).contains("2021-06-28", "Antony Blinken (US Secretary of State)");
    }

    @Test
    void summarySentencesCarryTheirSourceNumbers() {
        String summary = shown.substring(shown.indexOf("Summary"), shown.indexOf("Timeline"));
        long bullets = summary.lines().filter(l -> l.startsWith("  • ")).count();

        assertThat(bullets).isEqualTo(story.summary().size());
        String joined = summary.replaceAll("\\s+", " ");
        for (var s : story.summary()) {
            assertThat(joined).containsPattern(java.util.regex.Pattern.quote(s.text().substring(s.text().length() - 20))
                    + " \\[\\d\\]");
        }
    }

    @Test
    void conflictListsEachValueWithItsSourcesAndTheNote() {
        // Sources are numbered by publication date: 004 [1], 000 [2], 002 [3], 003 [4].
        String conflicts = shown.substring(shown.indexOf("Conflicts between sources")).replaceAll("\\s+", " ");

        assertThat(conflicts).contains("79 according to [3]", "83 according to [4]");
        assertThat(conflicts).contains("Note: 79 is the count before 4 new members joined (79 + 4 = 83)");
    }

    @Test
    void controlCharactersFromArticlesNeverReachTheTerminal() {
        Article evil = new Article("a-x", null, null, "Outlet\u001b[31m red", null, "en", "2021-01-01", null,
                "Body", null);
        Story s = new Story("s-x", "Title\u001b]0;owned\u0007 here", List.of("a-x"), null, null, List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of());

        String out = new TerminalRenderer().render(s, List.of(evil));

        assertThat(out).doesNotContain("\u001b").doesNotContain("\u0007").contains("Title ]0;owned here");
    }

    @Test
    void longWordsAreCutToTheWidth() {
        StringBuilder out = new StringBuilder();
        TerminalRenderer.wrap(out, "see " + "x".repeat(200) + " end", "  ", "    ");

        assertThat(out.toString().lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(80));
        assertThat(out.toString().replaceAll("\\s", "")).isEqualTo("see" + "x".repeat(200) + "end");
    }
}
