package cn.govdisclosure.checks;

import java.math.BigDecimal;
import java.util.List;

/**
 * Everything the rules look at for one report.
 *
 * @param report the figures as the report shows them (reported values where present)
 * @param reported the cells whose shown value is a reported one, with the computed value beside it
 * @param previousYear the same agency's report of the year before, or {@code null} when there is none (X-CARRY,
 *        X-VALID are then not evaluated)
 * @param rollup the figures the report's own records and its child agencies contribute, or {@code null} when the
 *        report is not an aggregate (ROLLUP is then not evaluated)
 * @param timelinessPercent the 办结及时率 computed from the ledger, or {@code null} when not known
 * @param ledgerEmpty whether the agency's ledger holds no application or case counted in the report's year, so
 *        that reported values are not compared with it (REPORTED says so once)
 */
public record CheckContext(ReportFigures report, List<ReportedCell> reported, ReportFigures previousYear,
        Rollup rollup, BigDecimal timelinessPercent, boolean ledgerEmpty) {

    /** A report with nothing around it: no reported values, no previous year, no children, no timeliness. */
    public static CheckContext of(ReportFigures report) {
        return new CheckContext(report, List.of(), null, null, null, false);
    }

    public CheckContext withPreviousYear(ReportFigures previous) {
        return new CheckContext(report, reported, previous, rollup, timelinessPercent, ledgerEmpty);
    }

    public CheckContext withRollup(Rollup aggregate) {
        return new CheckContext(report, reported, previousYear, aggregate, timelinessPercent, ledgerEmpty);
    }

    public CheckContext withReported(List<ReportedCell> cells) {
        return new CheckContext(report, cells, previousYear, rollup, timelinessPercent, ledgerEmpty);
    }

    public CheckContext withTimeliness(BigDecimal percent) {
        return new CheckContext(report, reported, previousYear, rollup, percent, ledgerEmpty);
    }

    /** The ledger holds nothing for the report's year: reported values are not compared with it. */
    public CheckContext withoutLedger() {
        return new CheckContext(report, reported, previousYear, rollup, timelinessPercent, true);
    }

    /**
     * The parts of an aggregate report: the figures of the agency's own records, and those of each child agency
     * (its report where it has one, else its computed figures).
     */
    public record Rollup(ReportFigures own, List<ReportFigures> children) {
    }
}
