package org.dossier.app.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.dossier.model.Article;
import org.dossier.model.Dossier;
import org.dossier.model.Evidence;
import org.dossier.model.Quote;
import org.dossier.model.Speaker;
import org.dossier.model.Story;
import org.dossier.model.SummarySentence;
import org.dossier.model.TimelineEntry;
import org.dossier.app.render.svg.StoryCharts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HtmlRendererTest {

    private static final Pattern HREF = Pattern.compile("href=\"#([^\"]+)\"");
    private static final Pattern MARK = Pattern.compile("<mark id=\"([^\"]+)\">");

    private static Dossier dossier;
    private static String html;

    @BeforeAll
    static void render() {
        dossier = RenderFixture.romeDossier();
        html = new HtmlRenderer().render(dossier);
    }

    @Test
    void pageIsSelfContainedWithoutScripts() {
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<style>", "@media print", "<meta charset=\"utf-8\">");
        assertThat(html).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<link")
                .doesNotContain("src=\"http").doesNotContain("@import").doesNotContain("url(");
    }

    @Test
    void exportHoldsTheStoryPicturesAndStaysSelfContained() {
        Story story = dossier.stories().get(0);
        StoryCharts charts = StoryCharts.of(story, new SourceList(story, dossier.articles()));
        assertThat(html).contains(Templates.render("svg/timeline.jte", charts.timeline()));
        assertThat(html).contains(Templates.render("svg/matrix.jte", charts.cooccurrence()));
        if (!story.quotes().isEmpty()) {
            assertThat(html).contains(Templates.render("svg/bars.jte", charts.speakers()));
        }
        for (var conflict : charts.conflicts()) {
            assertThat(html).contains(Templates.render("svg/matrix.jte", conflict));
        }
        Document doc = Jsoup.parse(html);
        assertThat(doc.select("svg.timeline-chart g.event")).hasSize(charts.timeline().marks().size());
        assertThat(doc.select("script, link, img, iframe, object, embed, svg image, svg use, foreignObject")).isEmpty();
        assertThat(doc.select("[src]")).isEmpty();
        assertThat(doc.select("a[href]").eachAttr("href")).allSatisfy(h -> assertThat(h).startsWith("#"));
        assertThat(doc.select("[xlink:href]")).isEmpty();
    }

    @Test
    void everyCitationLinksToAHighlightedPassageOfItsArticle() {
        List<String> targets = new ArrayList<>();
        Matcher m = HREF.matcher(html);
        while (m.find()) {
            targets.add(m.group(1));
        }
        List<String> ids = new ArrayList<>();
        Matcher ids1 = Pattern.compile(" id=\"([^\"]+)\"").matcher(html);
        while (ids1.find()) {
            ids.add(ids1.group(1));
        }

        assertThat(targets).isNotEmpty();
        assertThat(ids).doesNotHaveDuplicates().containsAll(targets);
        Story story = dossier.stories().get(0);
        for (SummarySentence s : story.summary()) {
            assertThat(targets).contains(HtmlRenderer.anchor(s.evidence().get(0)));
        }
    }

    @Test
    void markedPassageHoldsExactlyTheCitedText() {
        Map<String, Article> byId = dossier.articles().stream().collect(Collectors.toMap(Article::id,
                Function.identity()));
        Story story = dossier.stories().get(0);
        TimelineEntry first = story.timeline().get(0);
        Evidence e = first.evidence().get(0);
        String cited = byId.get(e.articleId()).text().substring(e.start(), e.end());

        int open = html.indexOf("<mark id=\"" + HtmlRenderer.anchor(e) + "\">");
        assertThat(open).isPositive();
        String after = html.substring(open);
        // Inner marks may nest inside; strip tags up to the cited length of text.
        String plain = after.replaceAll("<[^>]+>", "");
        assertThat(unescape(plain)).startsWith(cited);
    }

    @Test
    void fullTextOfEveryArticleIsOnThePage() {
        String plain = unescape(html.replaceAll("<[^>]+>", ""));
        for (Article a : dossier.articles()) {
            assertThat(plain).contains(a.text());
        }
        Matcher marks = MARK.matcher(html);
        int count = 0;
        while (marks.find()) {
            count++;
        }
        assertThat(count).isGreaterThan(dossier.stories().get(0).summary().size());
    }

    @Test
    void hostileTitleTextAndOutletAppearEscapedNeverAsTags() {
        String script = "<script>alert(1)</script>";
        String img = "<img src=x onerror=alert(1)>";
        String text = "Intro " + script + " middle " + img + " end.";
        Article a = new Article("a-x\"><b>", null, "javascript:alert(1)", "Outlet " + img, "Title " + script, "en",
                "2021-01-01", null, text, null);
        Evidence passage = new Evidence(a.id(), text.indexOf("<script>"), text.indexOf(" end."));
        Story s = new Story("s-x", "Story " + script, List.of(a.id()), "2021-01-01", "2021-01-01",
                List.of(new SummarySentence(text, List.of(passage))), List.of(),
                List.of(new Quote(img, true, new Speaker(null, "Mr " + script), passage)),
                List.of(new TimelineEntry("2021-01-01", img, List.of(passage))), List.of(), List.of());

        String out = new HtmlRenderer().render(Dossier.of("2026-01-01T00:00:00Z", List.of(a), List.of(s)));

        assertThat(out).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<img")
                .doesNotContain("<b>").doesNotContain("href=\"javascript");
        assertThat(out).contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;img src=x onerror=alert(1)&gt;");
        assertThat(out).contains("Outlet &lt;img src=x onerror=alert(1)&gt;", "Title &lt;script&gt;");
    }

    @Test
    void crossingPassagesStillGetTheirAnchors() {
        String text = "One two three four five six.";
        Article a = new Article("a-1", null, null, "O", null, "en", "2021-01-01", null, text, null);
        Evidence left = new Evidence("a-1", 0, 13);
        Evidence right = new Evidence("a-1", 8, 23);
        Story s = new Story("s-1", "T", List.of("a-1"), null, null,
                List.of(new SummarySentence("x", List.of(left)), new SummarySentence("y", List.of(right))),
                List.of(), List.of(), List.of(), List.of(), List.of());

        String out = new HtmlRenderer().render(Dossier.of("2026-01-01T00:00:00Z", List.of(a), List.of(s)));

        assertThat(out).contains("<mark id=\"a-1-0-13\">One two <mark id=\"a-1-8-23\">three</mark></mark> four");
        assertThat(unescape(out.replaceAll("<[^>]+>", ""))).contains(text);
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
