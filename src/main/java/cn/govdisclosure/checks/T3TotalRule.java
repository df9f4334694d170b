package cn.govdisclosure.checks;

import static cn.govdisclosure.checks.Figures.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import cn.govdisclosure.format.ApplicantColumn;
import cn.govdisclosure.format.ApplicationRow;

/** T3-TOTAL: in every column of table 三, （七）总计 = the sum of all outcome rows of the format. */
public final class T3TotalRule implements ConsistencyRule {

    @Override
    public String id() {
        return "T3-TOTAL";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public List<Finding> check(CheckContext context) {
        ReportFigures report = context.report();
        List<ApplicationRow> outcomes = report.applicationRows().stream().filter(ApplicationRow::isOutcome).toList();
        List<Finding> findings = new ArrayList<>();
        for (ApplicantColumn column : ApplicantColumn.ALL) {
            BigDecimal sum = Figures.sum(outcomes.stream().map(row -> report.application(row, column)).toList());
            BigDecimal total = report.application(ApplicationRow.TOTAL_CONCLUDED, column);
            if (sum != null && total != null && Figures.differ(sum, total)) {
                findings.add(new Finding(id(), severity(), 3, ApplicationRow.TOTAL_CONCLUDED.name(), column.name(),
                        text(sum), text(total),
                        "表三「" + column.label() + "」列：（七）总计为 " + text(total) + "，但（一）至（六）各项办理结果之和为 "
                                + text(sum),
                        "Table 3, column " + column.name() + ": TOTAL_CONCLUDED is " + text(total)
                                + ", but the outcome rows add up to " + text(sum)));
            }
        }
        return findings;
    }
}
