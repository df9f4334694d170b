package cn.govdisclosure.checks;

import static cn.govdisclosure.checks.Figures.show;
import static cn.govdisclosure.checks.Figures.showEn;
import static cn.govdisclosure.checks.Figures.text;

import java.util.List;
import java.util.Objects;

/**
 * REPORTED: every reported value of tables 三 and 四 that differs from the value computed from the ledger is
 * flagged, with the reason given for it. A warning: a reported value with a reason is allowed, but never silent.
 */
public final class ReportedValueRule implements ConsistencyRule {

    @Override
    public String id() {
        return "REPORTED";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public List<Finding> check(CheckContext context) {
        return context.reported().stream()
                .filter(cell -> cell.reported() == null ? cell.computed() != null
                        : cell.computed() == null || Figures.differ(cell.reported(), cell.computed()))
                .map(cell -> new Finding(id(), severity(), cell.section(), cell.row(), cell.column(),
                        text(cell.computed()), text(cell.reported()),
                        "表" + (cell.section() == 3 ? "三" : "四") + " " + cell.row() + " / " + cell.column() + "：填报值 "
                                + show(cell.reported()) + " 与台账计算值 " + show(cell.computed()) + " 不同（理由："
                                + Objects.toString(cell.reason(), "") + "）",
                        "Table " + cell.section() + ", row " + cell.row() + ", column " + cell.column()
                                + ": the reported value " + showEn(cell.reported()) + " differs from the computed "
                                + showEn(cell.computed()) + " (reason: " + Objects.toString(cell.reason(), "") + ")"))
                .toList();
    }
}
