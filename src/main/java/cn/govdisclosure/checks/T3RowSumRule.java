package cn.govdisclosure.checks;

import static cn.govdisclosure.checks.Figures.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import cn.govdisclosure.format.ApplicantColumn;
import cn.govdisclosure.format.ApplicationRow;

/** T3-ROWSUM: in every row of table 三, 总计 = the sum of the six applicant columns. */
public final class T3RowSumRule implements ConsistencyRule {

    private static final List<ApplicantColumn> APPLICANTS = ApplicantColumn.ALL.stream()
            .filter(column -> column != ApplicantColumn.TOTAL).toList();

    @Override
    public String id() {
        return "T3-ROWSUM";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public List<Finding> check(CheckContext context) {
        ReportFigures report = context.report();
        List<Finding> findings = new ArrayList<>();
        for (ApplicationRow row : report.applicationRows()) {
            BigDecimal sum = Figures.sum(APPLICANTS.stream().map(column -> report.application(row, column)).toList());
            BigDecimal total = report.application(row, ApplicantColumn.TOTAL);
            if (sum != null && total != null && Figures.differ(sum, total)) {
                findings.add(new Finding(id(), severity(), 3, row.name(), ApplicantColumn.TOTAL.name(), text(sum),
                        text(total),
                        "表三「" + row.label(report.format()) + "」行：总计为 " + text(total) + "，但六类申请人之和为 " + text(sum),
                        "Table 3, row " + row.name() + ": TOTAL is " + text(total)
                                + ", but the six applicant columns add up to " + text(sum)));
            }
        }
        return findings;
    }
}
