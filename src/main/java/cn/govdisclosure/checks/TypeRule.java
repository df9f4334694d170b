package cn.govdisclosure.checks;

import static cn.govdisclosure.checks.Figures.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.govdisclosure.format.AppealColumn;
import cn.govdisclosure.format.AppealKind;
import cn.govdisclosure.format.ApplicantColumn;
import cn.govdisclosure.format.ApplicationRow;

/**
 * TYPE: every cell of tables 二, 三 and 四 is filled, counts are whole numbers of 0 or more, money is a decimal of
 * 0 or more, and only GB2019's 本年增/减 may be negative. A blank, "/", "-" or "—" cell is missing, not zero, and
 * is reported here.
 */
public final class TypeRule implements ConsistencyRule {

    @Override
    public String id() {
        return "TYPE";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public List<Finding> check(CheckContext context) {
        ReportFigures report = context.report();
        List<Finding> findings = new ArrayList<>();
        for (ProactiveFigure figure : report.proactive()) {
            problem(figure.kind(), figure.value()).ifPresent(problem -> findings.add(finding(report, 2, figure.row(),
                    figure.column(), figure.kind(), figure.value(), problem)));
        }
        for (ApplicationRow row : report.applicationRows()) {
            for (ApplicantColumn column : ApplicantColumn.ALL) {
                BigDecimal value = report.application(row, column);
                problem(FigureKind.COUNT, value).ifPresent(problem -> findings.add(finding(report, 3, row.name(),
                        column.name(), FigureKind.COUNT, value, problem)));
            }
        }
        for (AppealKind kind : AppealKind.values()) {
            for (AppealColumn column : AppealColumn.ALL) {
                BigDecimal value = report.appeal(kind, column);
                problem(FigureKind.COUNT, value).ifPresent(problem -> findings.add(finding(report, 4, kind.name(),
                        column.name(), FigureKind.COUNT, value, problem)));
            }
        }
        return findings;
    }

    /** What is wrong with a value for this kind of cell, if anything. */
    static Optional<Problem> problem(FigureKind kind, BigDecimal value) {
        if (value == null) {
            return Optional.of(Problem.MISSING);
        }
        boolean whole = value.stripTrailingZeros().scale() <= 0;
        return switch (kind) {
            case COUNT -> !whole ? Optional.of(Problem.NOT_WHOLE)
                    : value.signum() < 0 ? Optional.of(Problem.NEGATIVE) : Optional.empty();
            case SIGNED_COUNT -> whole ? Optional.empty() : Optional.of(Problem.NOT_WHOLE);
            case MONEY -> value.signum() < 0 ? Optional.of(Problem.NEGATIVE) : Optional.empty();
        };
    }

    enum Problem {
        MISSING, NEGATIVE, NOT_WHOLE
    }

    private Finding finding(ReportFigures report, int section, String row, String column, FigureKind kind,
            BigDecimal value, Problem problem) {
        String place = Places.zh(report.format(), section, row, column);
        String placeEn = "Table " + section + ", row " + row + ", column " + column;
        String expected = switch (kind) {
            case COUNT -> "a whole number, 0 or more";
            case SIGNED_COUNT -> "a whole number";
            case MONEY -> "an amount, 0 or more";
        };
        String expectedZh = switch (kind) {
            case COUNT -> "非负整数";
            case SIGNED_COUNT -> "整数";
            case MONEY -> "非负金额";
        };
        return switch (problem) {
            case MISSING -> new Finding(id(), severity(), section, row, column, null, null,
                    place + "：单元格为空（空白、“/”“-”“—”视为缺失，不视为 0），应填" + expectedZh,
                    placeEn + ": the cell is missing (blank, \"/\", \"-\" and \"—\" are missing, not zero); expected "
                            + expected);
            case NEGATIVE, NOT_WHOLE -> new Finding(id(), severity(), section, row, column, null, text(value),
                    place + "：" + text(value) + " 不是" + expectedZh,
                    placeEn + ": " + text(value) + " is not " + expected);
        };
    }
}
