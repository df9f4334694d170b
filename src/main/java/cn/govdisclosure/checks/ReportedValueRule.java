package cn.govdisclosure.checks;

import static cn.govdisclosure.checks.Figures.show;
import static cn.govdisclosure.checks.Figures.showEn;
import static cn.govdisclosure.checks.Figures.text;

import java.util.List;
import java.util.Objects;

/**
 * REPORTED: every reported value of tables 三 and 四 that differs from the value computed from the ledger is
 * flagged, with the reason given for it. A warning: a reported value with a reason is allowed, but never silent.
 * A cell reported as missing is left to TYPE, which flags it already. When the ledger holds nothing for the
 * report's year (a past year, or an imported report of an agency that keeps no ledger here), the reported values
 * are not compared with it: one finding says so instead of one per cell.
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
        if (context.ledgerEmpty()) {
            if (context.reported().isEmpty()) {
                return List.of();
            }
            int year = context.report().year();
            return List.of(new Finding(id(), severity(), 3, null, null, null, null,
                    "台账中没有 " + year + " 年度的申请和复议诉讼记录：表三、表四为填报值，不与台账比较",
                    "The ledger holds no application or case of " + year + ": tables 3 and 4 are reported values and "
                            + "are not compared with it"));
        }
        return context.reported().stream()
                .filter(cell -> cell.reported() != null
                        && (cell.computed() == null || Figures.differ(cell.reported(), cell.computed())))
                .map(cell -> new Finding(id(), severity(), cell.section(), cell.row(), cell.column(),
                        text(cell.computed()), text(cell.reported()),
                        Places.zh(context.report().format(), cell.section(), cell.row(), cell.column()) + "：填报值 "
                                + show(cell.reported()) + " 与台账计算值 " + show(cell.computed()) + " 不同（理由："
                                + Objects.toString(cell.reason(), "") + "）",
                        "Table " + cell.section() + ", row " + cell.row() + ", column " + cell.column()
                                + ": the reported value " + showEn(cell.reported()) + " differs from the computed "
                                + showEn(cell.computed()) + " (reason: " + Objects.toString(cell.reason(), "") + ")"))
                .toList();
    }
}
