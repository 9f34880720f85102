package org.dossier.app.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dossier.model.Article;
import org.dossier.model.Dossier;
import org.dossier.model.Evidence;
import org.dossier.model.Story;
import org.dossier.model.SummarySentence;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    @Test
    void oneStoryDossierIsTitledByItsStoryWithAllSections() {
        Dossier d = RenderFixture.romeDossier();
        Story story = d.stories().get(0);

        String md = new MarkdownRenderer().render(d);

        assertThat(md).startsWith("# " + MarkdownRenderer.escape(story.title()) + "\n");
        assertThat(md).contains("## Sources", "## Summary", "## Timeline", "## Who said what", "## Entities",
                "## Claims", "## Conflicts between sources");
        assertThat(md).contains("1. Russian-language news site, 2021-06-27, en");
        assertThat(md).contains("79 is the count before 4 new members joined");
        for (SummarySentence s : story.summary()) {
            assertThat(md).contains("- " + MarkdownRenderer.escape(s.text()) + " [");
        }
    }

    @Test
    void severalStoriesGetAContentsListAndSecondLevelHeadings() {
        Dossier one = RenderFixture.romeDossier();
        Story other = new Story("s-other", "Another story", List.of("a-000"), "2021-06-28", "2021-06-28",
                List.of(new SummarySentence("Press Release", List.of(new Evidence("a-000", 0, 13)))), List.of(),
                List.of(), List.of(), List.of(), List.of());
        Dossier two = Dossier.of(one.generatedAt(), one.articles(), List.of(one.stories().get(0), other));

        String md = new MarkdownRenderer().render(two);

        assertThat(md).startsWith("# Dossier\n");
        assertThat(md).contains("\n## Another story\n", "\n### Sources\n", "- Press Release [1]");
    }

    @Test
    void articleTextCannotInjectMarkupOrHtml() {
        String evil = "<script>alert(1)</script> *bold* [link](javascript:x) <img src=x onerror=alert(1)>";
        Article a = new Article("a-evil", null, null, evil, evil, "en", "2021-01-01", null, evil, null);
        Story s = new Story("s-evil", evil, List.of("a-evil"), null, null,
                List.of(new SummarySentence(evil, List.of(new Evidence("a-evil", 0, evil.length())))), List.of(),
                List.of(), List.of(), List.of(), List.of());

        String md = new MarkdownRenderer().render(Dossier.of("2026-01-01T00:00:00Z", List.of(a), List.of(s)));

        assertThat(md).doesNotContain("<script", "<img", "[link](", " *bold* ");
        assertThat(md).contains("&lt;script&gt;alert(1)&lt;/script&gt;", "\\*bold\\*", "\\[link\\]");
    }
}
