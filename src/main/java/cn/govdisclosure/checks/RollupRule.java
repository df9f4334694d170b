package cn.govdisclosure.checks;

import static cn.govdisclosure.checks.Figures.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import cn.govdisclosure.format.AppealColumn;
import cn.govdisclosure.format.AppealKind;
import cn.govdisclosure.format.ApplicantColumn;
import cn.govdisclosure.format.ApplicationRow;

/**
 * ROLLUP: an aggregate report's additive figures — every cell of tables 三 and 四 — equal its own records'
 * figures plus the sum of its child agencies' figures. Section 二 is not additive (the same licensing item may be
 * counted by a department and by the district), so it is not compared.
 */
public final class RollupRule implements ConsistencyRule {

    @Override
    public String id() {
        return "ROLLUP";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public List<Finding> check(CheckContext context) {
        CheckContext.Rollup rollup = context.rollup();
        if (rollup == null || rollup.children().isEmpty()) {
            return List.of();
        }
        ReportFigures report = context.report();
        List<ReportFigures> parts = new ArrayList<>();
        parts.add(rollup.own());
        parts.addAll(rollup.children());
        List<Finding> findings = new ArrayList<>();
        for (ApplicationRow row : report.applicationRows()) {
            for (ApplicantColumn column : ApplicantColumn.ALL) {
                compare(findings, 3, row.name(), column.name(), report.application(row, column),
                        sum(parts, figures -> figures.application(row, column)),
                        "表三「" + row.label(report.format()) + "」「" + column.label() + "」");
            }
        }
        for (AppealKind kind : AppealKind.values()) {
            for (AppealColumn column : AppealColumn.ALL) {
                compare(findings, 4, kind.name(), column.name(), report.appeal(kind, column),
                        sum(parts, figures -> figures.appeal(kind, column)),
                        "表四「" + kind.path() + "」「" + column.label() + "」");
            }
        }
        return findings;
    }

    private void compare(List<Finding> findings, int section, String row, String column, BigDecimal actual,
            BigDecimal expected, String placeZh) {
        if (actual == null || expected == null || !Figures.differ(actual, expected)) {
            return;
        }
        findings.add(new Finding(id(), severity(), section, row, column, text(expected), text(actual),
                placeZh + "为 " + text(actual) + "，但本机关与下级机关合计为 " + text(expected),
                "Table " + section + ", row " + row + ", column " + column + ": the aggregate report gives "
                        + text(actual) + ", but its own records and its child agencies add up to " + text(expected)));
    }

    private static BigDecimal sum(List<ReportFigures> parts, Function<ReportFigures, BigDecimal> cell) {
        return Figures.sum(parts.stream().map(cell).toList());
    }
}
