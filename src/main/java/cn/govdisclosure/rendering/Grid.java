package cn.govdisclosure.rendering;

import java.util.ArrayList;
import java.util.List;

/**
 * A table of the national template as a grid with merged cells, the way HTML describes it: each row
 * lists the cells that start in it, each cell spanning {@code rowspan} rows and {@code colspan} columns.
 * Every renderer (HTML, text, Markdown, spreadsheet) lays out the same grid, so the merged headers are
 * decided in one place.
 */
public record Grid(String id, int columns, List<List<Cell>> header, List<List<Cell>> body) {

    /** What a cell holds, which decides how it is typeset. */
    public enum Role {
        /** The heading of a part of the table spanning its width, such as 第二十条第（一）项. */
        GROUP,
        /** A column heading. */
        HEADING,
        /** A note in the header, such as the 勾稽 rule of table 三. */
        NOTE,
        /** A row label. */
        LABEL,
        /** A figure: {@code value} holds it as a number (Long or BigDecimal), or null when the cell is missing. */
        NUMBER
    }

    /**
     * One cell. {@code text} is what is printed; {@code value} is the figure of a NUMBER cell as a
     * {@code Long} or {@code BigDecimal} ({@code null} when missing); {@code unit} is printed after it
     * ("元") where the template's heading does not name one.
     */
    public record Cell(String text, Role role, Object value, String unit, int rowspan, int colspan) {

        public static Cell of(String text, Role role) {
            return new Cell(text, role, null, null, 1, 1);
        }

        public static Cell number(Object value, String unit) {
            String figure = value instanceof java.math.BigDecimal decimal ? decimal.toPlainString() : String.valueOf(value);
            String text = value == null ? "" : figure + (unit == null ? "" : " " + unit);
            return new Cell(text, Role.NUMBER, value, unit, 1, 1);
        }

        public Cell span(int rows, int cols) {
            return new Cell(text, role, value, unit, rows, cols);
        }
    }

    /** A cell with the row and column (0-based, header rows first) where it starts. */
    public record Placed(Cell cell, int row, int column, boolean inHeader) {
    }

    /** All rows, header first. */
    public List<List<Cell>> rows() {
        List<List<Cell>> rows = new ArrayList<>(header);
        rows.addAll(body);
        return rows;
    }

    /**
     * Places every cell as HTML does: left to right, skipping slots that a cell from a row above still
     * covers.
     */
    public List<Placed> placed() {
        List<List<Cell>> rows = rows();
        boolean[][] taken = new boolean[rows.size()][columns];
        List<Placed> placed = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            int c = 0;
            for (Cell cell : rows.get(r)) {
                while (c < columns && taken[r][c]) {
                    c++;
                }
                if (c + cell.colspan() > columns || r + cell.rowspan() > rows.size()) {
                    throw new IllegalStateException("cell '" + cell.text() + "' of table " + id + " overflows at row "
                            + r + ", column " + c);
                }
                for (int dr = 0; dr < cell.rowspan(); dr++) {
                    for (int dc = 0; dc < cell.colspan(); dc++) {
                        taken[r + dr][c + dc] = true;
                    }
                }
                placed.add(new Placed(cell, r, c, r < header.size()));
                c += cell.colspan();
            }
        }
        return placed;
    }

    /**
     * The grid as a rectangle of texts: each cell's text at its top-left slot, the slots it covers
     * otherwise empty.
     */
    public String[][] matrix() {
        List<List<Cell>> rows = rows();
        String[][] matrix = new String[rows.size()][columns];
        for (String[] row : matrix) {
            java.util.Arrays.fill(row, "");
        }
        for (Placed p : placed()) {
            matrix[p.row()][p.column()] = p.cell().text();
        }
        return matrix;
    }
}
