package cn.govdisclosure.rendering;

import cn.govdisclosure.report.ReportView;
import cn.govdisclosure.report.SectionView;

/**
 * A report as plain text laid out like the published reference report: title, opening paragraph,
 * headings and paragraphs separated by blank lines, and each table as tab-separated lines of the
 * template's full width (a merged cell's text in its first slot), which a portal's editor or a
 * spreadsheet turns back into a table when pasted.
 */
public final class TextReportRenderer {

    public String render(ReportView report) {
        StringBuilder out = new StringBuilder();
        out.append(report.title()).append("\n\n");
        out.append(ReportText.opening(report)).append("\n\n");
        for (SectionView section : report.sections()) {
            out.append(section.heading()).append("\n\n");
            for (String paragraph : ReportText.paragraphs(section.text())) {
                out.append(paragraph).append("\n\n");
            }
            Grid grid = switch (section.number()) {
                case 2 -> TemplateTables.proactiveDisclosure(report.proactiveDisclosure());
                case 3 -> TemplateTables.applications(report.format(), report.applications());
                case 4 -> TemplateTables.appeals(report.appeals());
                default -> null;
            };
            if (grid != null) {
                for (String[] row : grid.matrix()) {
                    out.append(String.join("\t", row)).append('\n');
                }
                out.append('\n');
            }
        }
        return out.toString().stripTrailing() + "\n";
    }
}
