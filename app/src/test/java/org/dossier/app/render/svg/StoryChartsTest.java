package org.dossier.app.render.svg;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dossier.app.render.SourceList;
import org.dossier.app.render.Templates;
import org.dossier.model.Article;
import org.dossier.model.Conflict;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.model.Evidence;
import org.dossier.model.Quote;
import org.dossier.model.Speaker;
import org.dossier.model.Story;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

class StoryChartsTest {

    static final String HOSTILE = TimelineChartTest.HOSTILE;
    static final String TEXT_1 = "Ana Ferreira met Rui Costa in Lisbon. Ferreira spoke. Costa left Lisbon.";
    static final String TEXT_2 = "Ferreira and Costa signed. The toll was 40 people.";
    static final Article A1 = new Article("a-1", null, null, "One", null, "en", "2024-03-01", null, TEXT_1, null);
    static final Article A2 = new Article("a-2", null, null, "Two", null, "en", "2024-03-02", null, TEXT_2, null);

    static Evidence at(Article a, String words, int from) {
        int i = a.text().indexOf(words, from);
        return new Evidence(a.id(), i, i + words.length());
    }

    static Story story() {
        Entity ferreira = new Entity("e-f", "Ana Ferreira " + HOSTILE, EntityType.PERSON, List.of(), List.of("Minister"),
                List.of(at(A1, "Ana Ferreira", 0), at(A1, "Ferreira", 20), at(A2, "Ferreira", 0)));
        Entity costa = new Entity("e-c", "Rui Costa", EntityType.PERSON, List.of(), List.of(),
                List.of(at(A1, "Rui Costa", 0), at(A1, "Costa", 40), at(A2, "Costa", 0)));
        Entity lisbon = new Entity("e-l", "Lisbon", EntityType.LOCATION, List.of(), List.of(),
                List.of(at(A1, "Lisbon", 0), at(A1, "Lisbon", 50)));
        Quote q1 = new Quote("spoke", false, new Speaker("e-f", ferreira.name()), at(A1, "spoke", 0));
        Quote q2 = new Quote("signed", false, new Speaker("e-f", ferreira.name()), at(A2, "signed", 0));
        Quote q3 = new Quote("left", false, new Speaker("e-c", "Rui Costa"), at(A1, "left", 0));
        Conflict toll = new Conflict("e-l", "toll", List.of(new Conflict.Value("40 " + HOSTILE, List.of(at(A2, "40", 0))),
                new Conflict.Value("50", List.of(at(A1, "Lisbon", 0)))), null);
        return new Story("s-1", "T", List.of("a-2", "a-1"), "2024-03-01", "2024-03-02", List.of(),
                List.of(ferreira, costa, lisbon), List.of(q1, q2, q3), List.of(), List.of(), List.of(toll));
    }

    static Document svg(String template, Object chart) {
        return Jsoup.parse(Templates.render(template, chart), "", Parser.xmlParser());
    }

    @Test
    void speakersAreBarsAsLongAsTheirCountMostQuotedFirst() {
        BarChart chart = StoryCharts.of(story(), new SourceList(story(), List.of(A1, A2))).speakers();

        assertThat(chart.bars()).extracting(BarChart.Bar::value).containsExactly(2, 1);
        assertThat(chart.bars().get(0).length()).isCloseTo(2 * chart.bars().get(1).length(),
                org.assertj.core.data.Offset.offset(0.5));
        assertThat(chart.bars().get(0).title()).contains("(Minister)").contains("2 quotations");
        Document svg = svg("svg/bars.jte", chart);
        assertThat(svg.select("g.bar rect.mark")).hasSize(2);
        assertThat(svg.select("script, img")).isEmpty();
    }

    @Test
    void eachConflictIsAValueBySourceGridNumberedLikeTheSources() {
        Story story = story();
        SourceList sources = new SourceList(story, List.of(A1, A2));
        MatrixChart chart = StoryCharts.of(story, sources).conflicts().get(0);

        // Sources are numbered by date: a-1 is [1], a-2 is [2], whatever the story's order.
        assertThat(chart.columns()).extracting(MatrixChart.Label::text).containsExactly("1", "2");
        assertThat(chart.cells()).hasSize(2);
        assertThat(chart.cells()).anySatisfy(c -> assertThat(c.row()).isEqualTo(0)) // "40" from a-2
                .anySatisfy(c -> assertThat(c.row()).isEqualTo(1));
        assertThat(chart.cells().stream().filter(c -> c.row() == 0).findFirst().orElseThrow().column()).isEqualTo(1);
        String html = Templates.render("svg/matrix.jte", chart);
        assertThat(html).doesNotContain("<script").doesNotContain("<img");
        assertThat(svg("svg/matrix.jte", chart).select("circle.mark")).hasSize(2);
    }

    @Test
    void coOccurrenceCountsSharedSentencesSymmetrically() {
        MatrixChart chart = StoryCharts.of(story(), new SourceList(story(), List.of(A1, A2))).cooccurrence();

        assertThat(chart.rows()).hasSize(3);
        int[][] w = new int[3][3];
        for (MatrixChart.Cell c : chart.cells()) {
            w[c.row()][c.column()] = (int) Math.round(c.r() * 10);
        }
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                assertThat(w[i][j]).as("cell %d,%d", i, j).isEqualTo(w[j][i]);
            }
        }
        // Ferreira and Costa share two sentences (one per article); Lisbon shares one with each.
        assertThat(chart.cells()).anySatisfy(c -> assertThat(c.title()).contains("Rui Costa").contains("2 sentences"));
        assertThat(chart.cells()).anySatisfy(c -> assertThat(c.title()).contains("Lisbon").contains("1 sentence"));
        String html = Templates.render("svg/matrix.jte", chart);
        assertThat(html).doesNotContain("<script").doesNotContain("<img").contains("&lt;script&gt;");
    }

    @Test
    void theSameStoryAlwaysGivesTheSamePictures() {
        SourceList sources = new SourceList(story(), List.of(A1, A2));
        assertThat(StoryCharts.of(story(), sources)).isEqualTo(StoryCharts.of(story(), sources));
    }
}
