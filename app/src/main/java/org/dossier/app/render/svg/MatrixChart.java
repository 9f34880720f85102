package org.dossier.app.render.svg;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A grid of labelled rows and columns with a dot in each cell that holds something, its size
 * growing with the cell's weight: values against the sources that give them, or entities against
 * the entities they share sentences with.
 *
 * @param width   of the drawing
 * @param height  of the drawing
 * @param label   what the picture shows, for assistive technology
 * @param rows    row labels, top to bottom, with their text positions
 * @param columns column labels, left to right
 * @param cells   the non-empty cells
 */
public record MatrixChart(int width, int height, String label, List<Label> rows, List<Label> columns,
                          List<Cell> cells) {

    static final int LEFT = 220;
    static final int TOP = 28;
    static final int CELL = 28;

    public MatrixChart {
        Objects.requireNonNull(label, "label");
        rows = List.copyOf(rows);
        columns = List.copyOf(columns);
        cells = List.copyOf(cells);
    }

    /** A row or column label and where it is written. */
    public record Label(String text, String title, int x, int y) {
    }

    /** A dot at the centre of a cell; {@code title} says what it stands for. */
    public record Cell(int row, int column, int cx, int cy, double r, String title) {
    }

    /**
     * The matrix of {@code weights[row][column]} (zero for an empty cell); {@code cellTitles} give
     * each cell's tooltip.
     */
    public static MatrixChart of(String label, List<String> rowLabels, List<String> columnLabels,
                                 List<String> columnTitles, int[][] weights, String[][] cellTitles) {
        int max = 1;
        for (int[] row : weights) {
            for (int w : row) {
                max = Math.max(max, w);
            }
        }
        List<Label> rows = new ArrayList<>();
        for (int i = 0; i < rowLabels.size(); i++) {
            rows.add(new Label(TimelineChart.shorten(rowLabels.get(i), 30), rowLabels.get(i), LEFT - 8,
                    TOP + i * CELL + CELL / 2 + 4));
        }
        List<Label> columns = new ArrayList<>();
        for (int j = 0; j < columnLabels.size(); j++) {
            columns.add(new Label(columnLabels.get(j), columnTitles.get(j), LEFT + j * CELL + CELL / 2, TOP - 10));
        }
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < weights.length; i++) {
            for (int j = 0; j < weights[i].length; j++) {
                if (weights[i][j] > 0) {
                    double r = 3 + 8 * Math.sqrt(weights[i][j] / (double) max);
                    cells.add(new Cell(i, j, LEFT + j * CELL + CELL / 2, TOP + i * CELL + CELL / 2,
                            Math.round(r * 10) / 10.0, cellTitles[i][j]));
                }
            }
        }
        int width = Math.max(LEFT + columnLabels.size() * CELL + 8, 240);
        return new MatrixChart(width, TOP + rowLabels.size() * CELL + 6, label, rows, columns, cells);
    }

    public boolean isEmpty() {
        return cells.isEmpty();
    }

    public int gridLeft() {
        return LEFT;
    }

    public int gridTop() {
        return TOP;
    }

    public int gridWidth() {
        return columns.size() * CELL;
    }

    public int gridHeight() {
        return rows.size() * CELL;
    }
}
