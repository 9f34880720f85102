package org.dossier.app.render.svg;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.dossier.app.render.Templates;
import org.dossier.model.Evidence;
import org.dossier.model.TimelineEntry;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

class TimelineChartTest {

    static final String HOSTILE = "<script>alert(1)</script><img src=x onerror=alert(1)>";
    static final List<Evidence> EV = List.of(new Evidence("a-1", 0, 4));

    static TimelineEntry entry(String date, String what) {
        return new TimelineEntry(date, what, EV);
    }

    static Document svg(TimelineChart chart) {
        return Jsoup.parse(Templates.render("svg/timeline.jte", chart), "", Parser.xmlParser());
    }

    /** The centre x of each drawn event, in document order. */
    static List<Double> centres(Document svg) {
        List<Double> xs = new ArrayList<>();
        for (Element g : svg.select("g.event")) {
            Element dot = g.selectFirst("circle.mark");
            if (dot != null) {
                xs.add(Double.parseDouble(dot.attr("cx")));
            } else {
                Element bar = g.selectFirst("rect.mark");
                xs.add(Double.parseDouble(bar.attr("x")) + Double.parseDouble(bar.attr("width")) / 2);
            }
        }
        return xs;
    }

    @Test
    void oneMarkPerEntryAtIncreasingXForIncreasingDates() {
        List<TimelineEntry> timeline = List.of(entry("2020", "a year"), entry("2021-03-30", "a day"),
                entry("2021-04", "a month"), entry("2021-06-27", "the eve"), entry("2021-06-28", "the meeting"));
        TimelineChart chart = TimelineChart.of(timeline);
        Document svg = svg(chart);

        assertThat(svg.select("g.event")).hasSize(timeline.size());
        assertThat(svg.select("g.event .mark")).hasSize(timeline.size());
        assertThat(svg.select("g.event").eachAttr("data-date"))
                .containsExactlyElementsOf(timeline.stream().map(TimelineEntry::date).toList());
        List<Double> xs = centres(svg);
        for (int i = 1; i < xs.size(); i++) {
            assertThat(xs.get(i)).as("entry %d after entry %d", i, i - 1).isGreaterThan(xs.get(i - 1));
        }
        for (TimelineChart.Mark m : chart.marks()) {
            assertThat(m.x()).isBetween(0.0, (double) chart.width());
            assertThat(m.x() + m.span()).isLessThanOrEqualTo(chart.width());
        }
    }

    @Test
    void aMonthOrAYearIsABarOverThePeriodAndADayIsADot() {
        TimelineChart chart = TimelineChart.of(List.of(entry("2021-01", "January"), entry("2021-01-15", "mid-month"),
                entry("2021-02", "February"), entry("2021-02-01/2021-02-10", "ten days")));
        List<TimelineChart.Mark> m = chart.marks();

        assertThat(m.get(0).dot()).isFalse();
        assertThat(m.get(1).dot()).isTrue();
        // The fifteenth lies inside January's bar; February's bar is as long as its 28 days.
        assertThat(m.get(1).x()).isBetween(m.get(0).x(), m.get(0).x() + m.get(0).span());
        assertThat(m.get(2).x()).isGreaterThanOrEqualTo(m.get(0).x() + m.get(0).span() - 0.2);
        assertThat(m.get(2).span() / m.get(0).span()).isCloseTo(28 / 31.0, org.assertj.core.data.Offset.offset(0.02));
        assertThat(m.get(3).x()).isCloseTo(m.get(2).x(), org.assertj.core.data.Offset.offset(0.2));
        assertThat(m.get(3).span()).isLessThan(m.get(2).span());
    }

    @Test
    void anUnreadableDateIsLeftOutOfThePictureOnly() {
        TimelineChart chart = TimelineChart.of(List.of(entry("soon", "later"), entry("2021-13-40", "never"),
                entry("2021-05-02", "real")));

        assertThat(chart.marks()).extracting(TimelineChart.Mark::date).containsExactly("2021-05-02");
        assertThat(TimelineChart.of(List.of(entry("soon", "x"))).isEmpty()).isTrue();
    }

    @Test
    void hostileLabelsStayTextAndThePictureIsNamed() {
        String html = Templates.render("svg/timeline.jte", TimelineChart.of(List.of(entry("2021-05-02", HOSTILE))));

        assertThat(html).doesNotContain("<script").doesNotContain("<img");
        Document svg = Jsoup.parse(html, "", Parser.xmlParser());
        assertThat(svg.select("script, img, foreignObject")).isEmpty();
        assertThat(svg.select("g.event > title").text()).contains(HOSTILE);
        assertThat(svg.selectFirst("svg").attr("role")).isEqualTo("img");
        assertThat(svg.selectFirst("svg").attr("aria-label")).isNotBlank();
        assertThat(svg.selectFirst("svg > title").text()).isEqualTo(svg.selectFirst("svg").attr("aria-label"));
        svg.select("*").forEach(el -> el.attributes().forEach(a ->
                assertThat(a.getKey()).as("no event handler").doesNotStartWith("on")));
    }

    @Test
    void axisTicksRunLeftToRightWithinTheDrawing() {
        TimelineChart chart = TimelineChart.of(List.of(entry("2019-11-02", "a"), entry("2021-06-28", "b")));

        assertThat(chart.ticks()).isNotEmpty();
        assertThat(chart.ticks()).extracting(TimelineChart.Tick::x).isSorted()
                .allSatisfy(x -> assertThat(x).isBetween(0.0, (double) chart.width()));
    }
}
