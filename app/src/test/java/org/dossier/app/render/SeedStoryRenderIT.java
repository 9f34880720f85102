package org.dossier.app.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dossier.analyze.Analyzers;
import org.dossier.analyze.ArticleAnalyzer;
import org.dossier.model.Article;
import org.dossier.model.Dossier;
import org.dossier.model.DossierJson;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.model.Evidence;
import org.dossier.model.Story;
import org.dossier.story.AnalyzedArticle;
import org.dossier.story.consolidate.StoryConsolidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Rome meeting story from the real analysis of seeds 000, 002, 003 and 004 (CoreNLP and every
 * annotator), consolidated and rendered: what {@code show} prints after {@code build}.
 */
class SeedStoryRenderIT {

    private static Story story;
    private static Map<String, Article> articles;
    private static String shown;

    @BeforeAll
    static void analyseConsolidateRender() {
        ArticleAnalyzer analyzer = Analyzers.standard();
        List<AnalyzedArticle> members = new ArrayList<>();
        for (String stem : List.of("000_261515ad708b2a44", "002_f9ca6fa413811794", "003_a2f742a56d34091d",
                "004_ec1c472087426295")) {
            Article a = RenderFixture.seed(stem);
            members.add(new AnalyzedArticle(a, analyzer.analyze(a)));
        }
        story = new StoryConsolidator().consolidate("s-rome", members);
        articles = members.stream().map(AnalyzedArticle::article)
                .collect(Collectors.toMap(Article::id, Function.identity()));
        shown = new TerminalRenderer().render(story, List.copyOf(articles.values()));
        if (System.getenv("DOSSIER_PRINT") != null) {
            System.out.println(shown);
            System.out.println(DossierJson.pretty(story));
        }
    }

    private static String text(Evidence e) {
        return articles.get(e.articleId()).text().substring(e.start(), e.end());
    }

    @Test
    void oneBlinkenAndOneIslamicStateAcrossTheOutlets() {
        List<Entity> blinken = story.entities().stream().filter(e -> e.type() == EntityType.PERSON)
                .filter(e -> e.name().contains("Blinken")).toList();
        assertThat(blinken).hasSize(1);
        assertThat(blinken.get(0).mentions().stream().map(Evidence::articleId).distinct().count())
                .isGreaterThanOrEqualTo(3);
    }

    @Test
    void timelineHasTheRomeMeetingAndTheMarchMeeting() {
        assertThat(story.timeline()).anySatisfy(t -> {
            assertThat(t.date()).isEqualTo("2021-06-28");
            assertThat(t.evidence().stream().map(Evidence::articleId).distinct().count()).isGreaterThanOrEqualTo(2);
        });
        assertThat(story.timeline()).anySatisfy(t -> assertThat(t.date()).isEqualTo("2021-03-30"));
        assertThat(story.timeline()).extracting(t -> t.date()).isSorted();
    }

    @Test
    void summaryMentionsRomeAndAfrica() {
        assertThat(story.summary()).hasSizeBetween(3, 7);
        assertThat(story.summary()).anySatisfy(s -> assertThat(s.text()).contains("Africa"));
        assertThat(story.summary()).allSatisfy(s -> assertThat(text(s.evidence().get(0))).isEqualTo(s.text()));
    }

    @Test
    void titleNamesPlaceAndDay() {
        assertThat(story.title()).contains("Rome").contains("28 June 2021");
    }

    @Test
    void showFitsTheTerminal() {
        assertThat(shown.lines()).allSatisfy(l -> assertThat(l.codePointCount(0, l.length())).isLessThanOrEqualTo(80));
        assertThat(shown).contains("Who said what", "Timeline", "Summary");
    }

    @Test
    void theRealStoryIsCitedWithTheSameNumbersInEveryOutput() {
        CitationNumbersTest.assertSameNumbers(Dossier.of("2026-11-25T20:00:00Z", List.copyOf(articles.values()),
                List.of(story)));
    }

    @Test
    void theExportDrawsTheRealTimelineQuotesAndEntities() {
        Dossier d = Dossier.of("2026-11-25T20:00:00Z", List.copyOf(articles.values()), List.of(story));
        String page = new HtmlRenderer().render(d);
        if (System.getenv("DOSSIER_PRINT") != null) {
            try {
                java.nio.file.Files.writeString(java.nio.file.Path.of("target", "seed-story.html"), page);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(page);

        // One mark per timeline entry, all dates being readable, left to right as the dates go.
        List<org.jsoup.nodes.Element> events = html.select("svg.timeline-chart g.event");
        assertThat(events).extracting(e -> e.attr("data-date"))
                .containsExactlyElementsOf(story.timeline().stream().map(t -> t.date()).toList());
        double previous = -1;
        String previousDate = "";
        for (org.jsoup.nodes.Element e : events) {
            org.jsoup.nodes.Element dot = e.selectFirst("circle.mark");
            org.jsoup.nodes.Element bar = e.selectFirst("rect.mark");
            double x = dot != null ? Double.parseDouble(dot.attr("cx"))
                    : Double.parseDouble(bar.attr("x")) + Double.parseDouble(bar.attr("width")) / 2;
            if (e.attr("data-date").compareTo(previousDate) > 0 && e.attr("data-date").length() == 10
                    && previousDate.length() == 10) {
                assertThat(x).as(e.attr("data-date")).isGreaterThan(previous);
            }
            previous = x;
            previousDate = e.attr("data-date");
        }
        // The speaker bars add up to the story's quotations.
        int quoted = html.select("svg.bar-chart g.bar text.value").stream().mapToInt(t -> Integer.parseInt(t.text()))
                .sum();
        assertThat(quoted).isEqualTo(story.quotes().size());
        // Blinken, named across the outlets, shares sentences with others in the co-occurrence grid.
        assertThat(html.select("svg.matrix-chart circle.mark title").eachText())
                .anySatisfy(t -> assertThat(t).contains("Blinken").contains(" and ").contains("together in"));
        assertThat(html.select("svg.chart")).hasSize(3 + story.conflicts().size());
        assertThat(html.select("script, link, img, [src]")).isEmpty();
    }

    @Test
    void htmlAndMarkdownRenderTheRealStory() {
        Dossier d = Dossier.of("2026-11-25T20:00:00Z", List.copyOf(articles.values()), List.of(story));
        assertThat(new HtmlRenderer().render(d)).contains("<mark id=\"");
        assertThat(new MarkdownRenderer().render(d)).contains("## Summary");
    }
}
