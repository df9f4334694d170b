package cn.govdisclosure.rendering;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import cn.govdisclosure.format.AppealColumn;
import cn.govdisclosure.format.AppealKind;
import cn.govdisclosure.format.ApplicationRow;
import cn.govdisclosure.report.ProactiveDisclosureView;
import cn.govdisclosure.report.ReportView;
import cn.govdisclosure.report.SectionView;
import cn.govdisclosure.statistics.AppealsTable;

/**
 * A report as Markdown (CommonMark with pipe tables): headings, paragraphs, and the tables as pipe
 * tables, which cannot merge cells: section 二 becomes one table per item of article 20, table 三 keeps
 * the template's three label columns (a merged label printed once, in its first row), and table 四 gives
 * one line per kind of case. Users' text is escaped so that it reads as written, never as markup or HTML.
 */
public final class MarkdownReportRenderer {

    public String render(ReportView report) {
        StringBuilder out = new StringBuilder();
        DocumentState.marker(report).ifPresent(marker -> out.append("**").append(escape(marker.text())).append("**\n\n"));
        out.append("# ").append(escape(report.title())).append("\n\n");
        for (String paragraph : ReportText.paragraphs(ReportText.opening(report))) {
            out.append(escapeParagraph(paragraph)).append("\n\n");
        }
        for (SectionView section : report.sections()) {
            out.append("## ").append(escape(section.heading())).append("\n\n");
            for (String paragraph : ReportText.paragraphs(section.text())) {
                String text = escapeParagraph(paragraph);
                out.append(ReportText.isSubheading(paragraph) ? "**" + text + "**" : text).append("\n\n");
            }
            switch (section.number()) {
                case 2 -> proactive(out, report.proactiveDisclosure());
                case 3 -> applications(out, report);
                case 4 -> appeals(out, report.appeals());
                default -> {
                }
            }
        }
        List<String> closing = ReportText.closing(report);
        if (!closing.isEmpty()) {
            // right-aligned in print; here one line each (a trailing backslash breaks the line)
            out.append(closing.stream().map(MarkdownReportRenderer::escape).collect(Collectors.joining("\\\n")))
                    .append("\n");
        }
        return out.toString().stripTrailing() + "\n";
    }

    private static void proactive(StringBuilder out, ProactiveDisclosureView view) {
        Grid grid = TemplateTables.proactiveDisclosure(view);
        List<Grid.Placed> placed = grid.placed();
        int rows = grid.body().size();
        for (int r = 0; r < rows; r++) {
            final int row = r;
            List<Grid.Cell> cells = placed.stream().filter(p -> p.row() == row).map(Grid.Placed::cell).toList();
            Grid.Role role = cells.get(0).role();
            if (role == Grid.Role.GROUP) {
                out.append(r == 0 ? "" : "\n").append("**").append(escape(cells.get(0).text())).append("**\n\n");
            } else {
                List<String> texts = cells.stream().map(Grid.Cell::text).toList();
                line(out, texts);
                if (role == Grid.Role.HEADING) {
                    divider(out, texts.size());
                }
            }
        }
        out.append('\n');
    }

    private static void applications(StringBuilder out, ReportView report) {
        Grid grid = TemplateTables.applications(report.format(), report.applications());
        out.append(escape(ApplicationRow.IDENTITY_NOTE)).append("\n\n");
        List<String> heading = new ArrayList<>(List.of("项目", "", ""));
        report.applications().columns().forEach(column -> heading.add(column.label()));
        line(out, heading);
        divider(out, heading.size());
        String[][] matrix = grid.matrix();
        for (int r = grid.header().size(); r < matrix.length; r++) {
            line(out, Arrays.asList(matrix[r]));
        }
        out.append('\n');
    }

    private static void appeals(StringBuilder out, AppealsTable table) {
        List<String> heading = new ArrayList<>(List.of("类别"));
        AppealColumn.ALL.forEach(column -> heading.add(column.label()));
        line(out, heading);
        divider(out, heading.size());
        for (AppealKind kind : AppealKind.values()) {
            List<String> cells = new ArrayList<>(List.of(kind.path()));
            AppealColumn.ALL.forEach(column -> cells.add(String.valueOf(table.byKind().get(kind).get(column))));
            line(out, cells);
        }
        out.append('\n');
    }

    private static void line(StringBuilder out, List<String> cells) {
        out.append('|');
        for (String cell : cells) {
            out.append(' ').append(escape(cell)).append(" |");
        }
        out.append('\n');
    }

    private static void divider(StringBuilder out, int columns) {
        out.append('|');
        out.append(" :---: |".repeat(columns));
        out.append('\n');
    }

    /**
     * Escapes text for Markdown, wherever it stands (a heading, a table cell): the characters that mark up
     * inline text or start HTML.
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("\\`*_[]<>|~&!".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Escapes a paragraph: inline markup, and what would turn its start into a heading, list or quote. */
    static String escapeParagraph(String text) {
        String escaped = escape(text);
        if (escaped.matches("^[#+\\-=].*")) {
            escaped = "\\" + escaped;
        }
        return escaped.replaceFirst("^(\\d+)([.)])", "$1\\\\$2");
    }
}
