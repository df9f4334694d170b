package cn.govdisclosure.rendering;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import cn.govdisclosure.report.ReportView;
import cn.govdisclosure.report.SectionView;

/**
 * A report as plain text laid out like the published reference report: a draft's marker on the first line, the
 * title, the opening, headings, each section's text with the author's paragraphs (a line break within a paragraph
 * stays one line break, a blank line between paragraphs stays one blank line), the tables as tab-separated lines
 * (a merged cell's text in its first slot) that start at their first filled cell, which a portal's editor or a
 * spreadsheet turns back into a table when pasted, and the closing.
 */
public final class TextReportRenderer {

    public String render(ReportView report) {
        StringBuilder out = new StringBuilder();
        DocumentState.marker(report).ifPresent(marker -> out.append(marker.text()).append("\n\n"));
        out.append(report.title()).append("\n\n");
        out.append(ReportText.authored(ReportText.opening(report))).append("\n\n");
        for (SectionView section : report.sections()) {
            out.append(section.heading()).append("\n\n");
            String text = ReportText.authored(section.text());
            if (!text.isEmpty()) {
                out.append(text).append("\n\n");
            }
            TemplateTables.of(report, section.number()).ifPresent(grid -> {
                for (String[] row : grid.matrix()) {
                    out.append(String.join("\t", filled(row))).append('\n');
                }
                out.append('\n');
            });
        }
        List<String> closing = ReportText.closing(report);
        if (!closing.isEmpty()) {
            out.append(String.join("\n", closing)).append('\n');
        }
        return out.toString().stripTrailing() + "\n";
    }

    /** A row from its first to its last filled cell: no empty cells before or after it. */
    private static List<String> filled(String[] row) {
        int from = 0;
        int to = row.length;
        while (from < to && row[from].isEmpty()) {
            from++;
        }
        while (to > from && row[to - 1].isEmpty()) {
            to--;
        }
        return new ArrayList<>(Arrays.asList(row).subList(from, to));
    }
}
