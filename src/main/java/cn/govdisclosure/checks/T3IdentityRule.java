package cn.govdisclosure.checks;

import static cn.govdisclosure.checks.Figures.add;
import static cn.govdisclosure.checks.Figures.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import cn.govdisclosure.format.ApplicantColumn;
import cn.govdisclosure.format.ApplicationRow;

/**
 * T3-IDENTITY: in every column of table 三, 本年新收 + 上年结转 = 办理结果总计 + 结转下年度继续办理 (the template prints
 * it: 第一项加第二项之和，等于第三项加第四项之和).
 */
public final class T3IdentityRule implements ConsistencyRule {

    @Override
    public String id() {
        return "T3-IDENTITY";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public List<Finding> check(CheckContext context) {
        ReportFigures report = context.report();
        List<Finding> findings = new ArrayList<>();
        for (ApplicantColumn column : ApplicantColumn.ALL) {
            BigDecimal in = add(report.application(ApplicationRow.NEW_RECEIVED, column),
                    report.application(ApplicationRow.CARRIED_OVER, column));
            BigDecimal out = add(report.application(ApplicationRow.TOTAL_CONCLUDED, column),
                    report.application(ApplicationRow.CARRIED_FORWARD, column));
            if (in != null && out != null && Figures.differ(in, out)) {
                findings.add(new Finding(id(), severity(), 3, null, column.name(), text(in), text(out),
                        "表三「" + column.label() + "」列：第一项加第二项之和为 " + text(in) + "，第三项（七）总计加第四项之和为 "
                                + text(out) + "，二者应相等",
                        "Table 3, column " + column.name() + ": new plus carried over is " + text(in)
                                + ", but concluded plus carried forward is " + text(out) + "; they must be equal"));
            }
        }
        return findings;
    }
}
