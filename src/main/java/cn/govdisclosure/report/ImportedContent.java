package cn.govdisclosure.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import cn.govdisclosure.agency.Scope;


/**
 * The content of a report read from a document the agency published elsewhere, to be stored as an IMPORTED report:
 * its opening, the sections' text, the section 二 cells read, and every cell of tables 三 and 四 as a reported value with its
 * reason ({@code null} amount: blank or not readable in the document).
 *
 * @param source the document's file name or URL, when given
 * @param opening the document's own opening, the text before section 一 (blank when it has none)
 */
public record ImportedContent(int year, Scope scope, String source, String opening, Map<Integer, String> sections,
        List<ProactiveFigure> proactive, List<ReportedFigure> reported) {

    /** A section 二 cell read from the document. */
    public record ProactiveFigure(String row, String column, BigDecimal value) {
    }

    /** A cell of table 三 or 四 read from the document, with why it is reported. */
    public record ReportedFigure(ReportedTable table, String row, String column, Long amount, String reason) {
    }
}
