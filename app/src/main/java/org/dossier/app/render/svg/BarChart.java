package org.dossier.app.render.svg;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Horizontal bars, one per row, longest value longest bar: who is quoted how often.
 *
 * @param width  of the drawing
 * @param height of the drawing
 * @param label  what the picture shows, for assistive technology
 * @param bars   in the order given
 */
public record BarChart(int width, int height, String label, List<Bar> bars) {

    static final int WIDTH = 640;
    static final int LABEL = 240;
    static final int ROW = 24;

    public BarChart {
        Objects.requireNonNull(label, "label");
        bars = List.copyOf(bars);
    }

    /** A row: its label, value, and the bar's geometry; {@code x} is where the bar starts. */
    public record Bar(String label, String title, int value, int x, int y, double length) {

        public int textY() {
            return y + ROW / 2 + 4;
        }

        public double valueX() {
            return x + length + 6;
        }
    }

    /** A named count, the input of one bar. */
    public record Row(String label, String title, int value) {
    }

    public boolean isEmpty() {
        return bars.isEmpty();
    }

    public static BarChart of(String label, List<Row> rows) {
        int max = rows.stream().mapToInt(Row::value).max().orElse(1);
        double room = WIDTH - LABEL - 48;
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            double length = Math.max(2, Math.round(room * r.value() / Math.max(1, max) * 10) / 10.0);
            bars.add(new Bar(TimelineChart.shorten(r.label(), 34), r.title(), r.value(), LABEL, 4 + i * ROW, length));
        }
        return new BarChart(WIDTH, 8 + rows.size() * ROW, label, bars);
    }

    public int rowHeight() {
        return ROW - 6;
    }
}
