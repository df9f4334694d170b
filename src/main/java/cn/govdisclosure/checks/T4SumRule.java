package cn.govdisclosure.checks;

import static cn.govdisclosure.checks.Figures.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import cn.govdisclosure.format.AppealColumn;
import cn.govdisclosure.format.AppealKind;

/** T4-SUM: in every group of table 四, 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结. */
public final class T4SumRule implements ConsistencyRule {

    private static final List<AppealColumn> PARTS = List.of(AppealColumn.UPHELD, AppealColumn.CORRECTED,
            AppealColumn.OTHER, AppealColumn.PENDING);

    @Override
    public String id() {
        return "T4-SUM";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public List<Finding> check(CheckContext context) {
        ReportFigures report = context.report();
        List<Finding> findings = new ArrayList<>();
        for (AppealKind kind : AppealKind.values()) {
            BigDecimal sum = Figures.sum(PARTS.stream().map(column -> report.appeal(kind, column)).toList());
            BigDecimal total = report.appeal(kind, AppealColumn.TOTAL);
            if (sum != null && total != null && Figures.differ(sum, total)) {
                findings.add(new Finding(id(), severity(), 4, kind.name(), AppealColumn.TOTAL.name(), text(sum),
                        text(total),
                        "表四「" + kind.path() + "」：总计为 " + text(total) + "，但维持、纠正、其他结果与尚未审结之和为 " + text(sum),
                        "Table 4, " + kind.name() + ": TOTAL is " + text(total)
                                + ", but upheld, corrected, other and pending add up to " + text(sum)));
            }
        }
        return findings;
    }
}
