package cn.govdisclosure.transfer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Reads a portal page: its text in reading order, a line per block, and each table laid out as a grid — a cell
 * spanning rows or columns ({@code rowspan}, {@code colspan}) holds its text in its first place and leaves the
 * others empty — one line per table row, cells separated by tabs. Scripts, styles and forms are left out.
 */
final class HtmlReader {

    private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "body", "br",
            "center", "dd", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
            "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "ul", "caption");
    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "select", "option",
            "button", "iframe", "svg", "head", "input", "textarea");

    DocumentText read(byte[] body, String charsetName) {
        Document document;
        try {
            document = Jsoup.parse(new ByteArrayInputStream(body),
                    charsetName == null ? null : PlainTextReader.charset(charsetName).name(), "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Lines lines = new Lines();
        walk(document.body(), lines);
        lines.flush();
        String title = document.title();
        return new DocumentText(lines.all, title == null || title.isBlank() ? null : title.strip());
    }

    private static void walk(Node node, Lines lines) {
        if (node instanceof TextNode text) {
            lines.append(text.getWholeText());
            return;
        }
        if (!(node instanceof Element element)) {
            return;
        }
        String tag = element.normalName();
        if (SKIPPED.contains(tag)) {
            return;
        }
        if (tag.equals("table")) {
            lines.flush();
            table(element, lines);
            return;
        }
        boolean block = BLOCKS.contains(tag);
        if (block) {
            lines.flush();
        }
        for (Node child : element.childNodes()) {
            walk(child, lines);
        }
        if (block) {
            lines.flush();
        }
    }

    /** The table as a grid, one line per row; spanned places stay empty. */
    private static void table(Element table, Lines lines) {
        List<Element> rows = table.select("tr").stream()
                .filter(row -> row.closest("table") == table).toList();
        List<String[]> grid = new ArrayList<>();
        List<boolean[]> taken = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            int column = 0;
            for (Element cell : rows.get(r).children()) {
                if (!cell.normalName().equals("td") && !cell.normalName().equals("th")) {
                    continue;
                }
                while (isTaken(taken, r, column)) {
                    column++;
                }
                int rowSpan = span(cell.attr("rowspan"));
                int columnSpan = span(cell.attr("colspan"));
                for (int dr = 0; dr < rowSpan && r + dr < rows.size(); dr++) {
                    for (int dc = 0; dc < columnSpan; dc++) {
                        take(taken, grid, r + dr, column + dc, dr == 0 && dc == 0 ? cellText(cell) : "");
                    }
                }
                column += columnSpan;
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            String[] cells = r < grid.size() ? grid.get(r) : new String[0];
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < cells.length; c++) {
                if (c > 0) {
                    line.append('\t');
                }
                line.append(cells[c] == null ? "" : cells[c]);
            }
            lines.all.add(line.toString());
        }
    }

    /** A cell's text on one line: its own line breaks and blocks become spaces, non-breaking spaces too. */
    private static String cellText(Element cell) {
        Lines inner = new Lines();
        for (Node child : cell.childNodes()) {
            walk(child, inner);
        }
        inner.flush();
        return String.join(" ", inner.all).replace('\u00A0', ' ').replace('\t', ' ').strip();
    }

    private static int span(String attribute) {
        try {
            int span = Integer.parseInt(attribute.strip());
            return Math.max(1, Math.min(span, 100));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static boolean isTaken(List<boolean[]> taken, int row, int column) {
        return row < taken.size() && column < taken.get(row).length && taken.get(row)[column];
    }

    private static void take(List<boolean[]> taken, List<String[]> grid, int row, int column, String text) {
        while (taken.size() <= row) {
            taken.add(new boolean[0]);
            grid.add(new String[0]);
        }
        if (taken.get(row).length <= column) {
            taken.set(row, java.util.Arrays.copyOf(taken.get(row), column + 1));
            grid.set(row, java.util.Arrays.copyOf(grid.get(row), column + 1));
        }
        taken.get(row)[column] = true;
        grid.get(row)[column] = text;
    }

    /** Lines being built: text is appended to the current line, a block boundary ends it. */
    private static final class Lines {
        private final List<String> all = new ArrayList<>();
        private final StringBuilder current = new StringBuilder();

        void append(String text) {
            current.append(text.replace('\u00A0', ' ').replaceAll("[\\r\\n\\t]+", " "));
        }

        void flush() {
            String line = current.toString().replaceAll(" {2,}", " ").strip();
            if (!line.isEmpty()) {
                all.add(line);
            }
            current.setLength(0);
        }
    }
}
