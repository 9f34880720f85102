package org.dossier.app.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dossier.model.Article;
import org.dossier.model.Dossier;
import org.dossier.model.RelatedStory;
import org.dossier.model.Story;
import org.dossier.story.AnalyzedArticle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Related stories in every rendering, their untrusted text kept as text. */
class RelatedStoriesRenderTest {

    private static final String HOSTILE_TITLE = "Earlier <script>alert(1)</script> *meeting*";

    private static Story story;
    private static List<Article> articles;

    @BeforeAll
    static void fixture() {
        articles = RenderFixture.romeMembers().stream().map(AnalyzedArticle::article).toList();
        story = RenderFixture.romeStory().withRelated(List.of(new RelatedStory("s-virtual", HOSTILE_TITLE, 0.42,
                "shares <b>Global Coalition</b>; subject: coalition", List.of("<b>Global Coalition</b>"),
                List.of("coalition"))));
    }

    @Test
    void terminalListsRelatedStoriesWithIdAndReason() {
        String out = new TerminalRenderer().render(story, articles);

        assertThat(out).contains("Related stories").contains("(s-virtual)")
                .contains("shares <b>Global Coalition</b>; subject: coalition");
    }

    @Test
    void markdownEscapesTheRelatedTitleAndReason() {
        String md = new MarkdownRenderer().render(Dossier.of("2031-05-14T10:00:00Z", articles, List.of(story)));

        assertThat(md).contains("# Related stories").contains("`s-virtual`")
                .contains("Earlier &lt;script&gt;alert(1)&lt;/script&gt; \\*meeting\\*")
                .doesNotContain("<script>").doesNotContain("<b>");
    }

    @Test
    void htmlEscapesTheRelatedTitleAndReason() {
        String html = new HtmlRenderer().render(Dossier.of("2031-05-14T10:00:00Z", articles, List.of(story)));

        assertThat(html).contains("<h2>Related stories</h2>").contains("Earlier &lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("&lt;b&gt;Global Coalition&lt;/b&gt;").doesNotContain("<script>alert(1)")
                .doesNotContain("<b>Global");
    }

    @Test
    void storyWithoutRelatedStoriesShowsNoSuchSection() {
        Story plain = story.withRelated(List.of());

        assertThat(new TerminalRenderer().render(plain, articles)).doesNotContain("Related stories");
        assertThat(new MarkdownRenderer().render(Dossier.of("2031-05-14T10:00:00Z", articles, List.of(plain))))
                .doesNotContain("Related stories");
    }
}
