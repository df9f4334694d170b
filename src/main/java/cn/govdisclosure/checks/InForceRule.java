package cn.govdisclosure.checks;

import static cn.govdisclosure.checks.Figures.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import cn.govdisclosure.format.ReportFormat;

/**
 * X-VALID (GB2021): 现行有效件数(Y) = 现行有效件数(Y−1) + 本年制发件数(Y) − 本年废止件数(Y), for 规章 and 行政规范性文件.
 * A warning, since documents also expire without being repealed. Evaluated when both years are in GB2021.
 */
public final class InForceRule implements ConsistencyRule {

    static final List<String> ROWS = List.of("RULES", "NORMATIVE_DOCUMENTS");

    @Override
    public String id() {
        return "X-VALID";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public List<Finding> check(CheckContext context) {
        ReportFigures report = context.report();
        ReportFigures previous = context.previousYear();
        if (previous == null || report.format() != ReportFormat.GB2021 || previous.format() != ReportFormat.GB2021) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        for (String row : ROWS) {
            BigDecimal before = value(previous, row, "IN_FORCE");
            BigDecimal issued = value(report, row, "ISSUED");
            BigDecimal repealed = value(report, row, "REPEALED");
            BigDecimal now = value(report, row, "IN_FORCE");
            if (before == null || issued == null || repealed == null || now == null) {
                continue;
            }
            BigDecimal expected = before.add(issued).subtract(repealed);
            if (Figures.differ(expected, now)) {
                findings.add(new Finding(id(), severity(), 2, row, "IN_FORCE", text(expected), text(now),
                        "表二「" + Places.proactiveRow(report.format(), row) + "」：现行有效件数为 " + text(now) + "，但上年现行有效 " + text(before) + " 加本年制发 "
                                + text(issued) + " 减本年废止 " + text(repealed) + " 为 " + text(expected) + "（如有文件到期失效，请说明）",
                        "Section 2, " + row + ": IN_FORCE is " + text(now) + ", but last year's " + text(before)
                                + " plus " + text(issued) + " issued minus " + text(repealed) + " repealed is "
                                + text(expected) + " (documents may also have expired)"));
            }
        }
        return findings;
    }

    private static BigDecimal value(ReportFigures figures, String row, String column) {
        return figures.proactive(row, column).map(ProactiveFigure::value).orElse(null);
    }
}
