package cn.govdisclosure.checks;

import static cn.govdisclosure.checks.Figures.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import cn.govdisclosure.format.ApplicantColumn;
import cn.govdisclosure.format.ApplicationRow;

/**
 * X-CARRY: 上年结转 of year Y equals 结转下年度继续办理 of Y−1 in the same agency's report, column by column.
 * Evaluated only when the report of Y−1 is known.
 */
public final class CarryRule implements ConsistencyRule {

    @Override
    public String id() {
        return "X-CARRY";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public List<Finding> check(CheckContext context) {
        ReportFigures previous = context.previousYear();
        if (previous == null) {
            return List.of();
        }
        ReportFigures report = context.report();
        List<Finding> findings = new ArrayList<>();
        for (ApplicantColumn column : ApplicantColumn.ALL) {
            BigDecimal forward = previous.application(ApplicationRow.CARRIED_FORWARD, column);
            BigDecimal over = report.application(ApplicationRow.CARRIED_OVER, column);
            if (forward != null && over != null && Figures.differ(forward, over)) {
                findings.add(new Finding(id(), severity(), 3, ApplicationRow.CARRIED_OVER.name(), column.name(),
                        text(forward), text(over),
                        "表三「" + column.label() + "」列：上年结转为 " + text(over) + "，但 " + previous.year()
                                + " 年度报告的结转下年度继续办理为 " + text(forward),
                        "Table 3, column " + column.name() + ": CARRIED_OVER is " + text(over) + ", but the "
                                + previous.year() + " report carried forward " + text(forward)));
            }
        }
        return findings;
    }
}
