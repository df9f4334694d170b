package cn.govdisclosure.transfer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import cn.govdisclosure.format.ApplicantColumn;
import cn.govdisclosure.format.ApplicationRow;
import cn.govdisclosure.format.ReportFormat;

/**
 * Solves table 三 as a whole when some rows split in more than one way on their own: the template also requires,
 * in every column, that the outcome rows add up to （七）总计 and that 一 + 二 = （七） + 四. Every combination of
 * the ambiguous rows' splits is tried against these sums (a branch is dropped as soon as a sum can no longer hold,
 * counts being 0 or more); a row keeps only the splits that take part in some combination that satisfies them all.
 * A sum over a blank or unreadable cell is not known and decides nothing. When no combination satisfies the sums
 * (the printed table breaks them elsewhere) or the search is too large, the rows stay as they were.
 */
final class ApplicationsTableSolver {

    static final int MAX_STEPS = 2_000_000;

    enum Result {
        /** No row was ambiguous. */
        NOTHING_TO_SOLVE,
        /** The ambiguous rows keep only the splits that fit the table. */
        NARROWED,
        /** No combination of the ambiguous rows satisfies the table's sums. */
        NO_SOLUTION,
        /** Too many combinations to try. */
        TOO_LARGE
    }

    private record Term(ApplicationRow row, int column, int sign) {
    }

    /**
     * Narrows the candidates of the ambiguous rows in place.
     *
     * @param rows each row of the format with its candidate readings (none when unreadable)
     */
    Result solve(ReportFormat format, Map<ApplicationRow, List<List<CellReading>>> rows) {
        List<ApplicationRow> ambiguous = new ArrayList<>();
        for (ApplicationRow row : order(format)) {
            if (rows.getOrDefault(row, List.of()).size() > 1) {
                ambiguous.add(row);
            }
        }
        if (ambiguous.isEmpty()) {
            return Result.NOTHING_TO_SOLVE;
        }
        List<List<Term>> sums = sums(format);
        Search search = new Search(rows, ambiguous, sums);
        search.run(0);
        if (search.stopped) {
            return Result.TOO_LARGE;
        }
        if (search.solutions == 0) {
            return Result.NO_SOLUTION;
        }
        for (int v = 0; v < ambiguous.size(); v++) {
            List<List<CellReading>> candidates = rows.get(ambiguous.get(v));
            List<List<CellReading>> kept = new ArrayList<>();
            for (int k = 0; k < candidates.size(); k++) {
                if (search.used[v].get(k)) {
                    kept.add(candidates.get(k));
                }
            }
            rows.put(ambiguous.get(v), List.copyOf(kept));
        }
        return Result.NARROWED;
    }

    /** （七）总计 first, then 一, 二, 四, then the outcome rows: the rows that bound the others come first. */
    private static List<ApplicationRow> order(ReportFormat format) {
        List<ApplicationRow> order = new ArrayList<>(List.of(ApplicationRow.TOTAL_CONCLUDED, ApplicationRow.NEW_RECEIVED,
                ApplicationRow.CARRIED_OVER, ApplicationRow.CARRIED_FORWARD));
        ApplicationRow.rowsOf(format).stream().filter(ApplicationRow::isOutcome).forEach(order::add);
        return order;
    }

    /** Every sum as terms that add up to zero: outcome rows − （七）, and 一 + 二 − （七） − 四, per column. */
    private static List<List<Term>> sums(ReportFormat format) {
        List<List<Term>> sums = new ArrayList<>();
        for (int column = 0; column < ApplicantColumn.ALL.size(); column++) {
            List<Term> outcomes = new ArrayList<>();
            for (ApplicationRow row : ApplicationRow.rowsOf(format)) {
                if (row.isOutcome()) {
                    outcomes.add(new Term(row, column, 1));
                }
            }
            outcomes.add(new Term(ApplicationRow.TOTAL_CONCLUDED, column, -1));
            sums.add(outcomes);
            sums.add(List.of(new Term(ApplicationRow.NEW_RECEIVED, column, 1),
                    new Term(ApplicationRow.CARRIED_OVER, column, 1),
                    new Term(ApplicationRow.TOTAL_CONCLUDED, column, -1),
                    new Term(ApplicationRow.CARRIED_FORWARD, column, -1)));
        }
        return sums;
    }

    private static final class Search {
        private final Map<ApplicationRow, List<List<CellReading>>> rows;
        private final List<ApplicationRow> ambiguous;
        private final List<List<Term>> sums;
        private final Map<ApplicationRow, Integer> variable = new EnumMap<>(ApplicationRow.class);
        private final int[] chosen;
        private final BitSet[] used;
        private long steps;
        private long solutions;
        private boolean stopped;

        Search(Map<ApplicationRow, List<List<CellReading>>> rows, List<ApplicationRow> ambiguous, List<List<Term>> sums) {
            this.rows = rows;
            this.ambiguous = ambiguous;
            this.sums = sums;
            this.chosen = new int[ambiguous.size()];
            this.used = new BitSet[ambiguous.size()];
            for (int v = 0; v < ambiguous.size(); v++) {
                variable.put(ambiguous.get(v), v);
                used[v] = new BitSet();
                chosen[v] = -1;
            }
        }

        void run(int v) {
            if (stopped) {
                return;
            }
            if (++steps > MAX_STEPS) {
                stopped = true;
                return;
            }
            if (v == ambiguous.size()) {
                solutions++;
                for (int i = 0; i < chosen.length; i++) {
                    used[i].set(chosen[i]);
                }
                return;
            }
            List<List<CellReading>> candidates = rows.get(ambiguous.get(v));
            for (int k = 0; k < candidates.size(); k++) {
                chosen[v] = k;
                if (sumsMayHold()) {
                    run(v + 1);
                }
            }
            chosen[v] = -1;
        }

        /** Whether every sum still holds or can still come to hold with the rows not yet chosen. */
        private boolean sumsMayHold() {
            for (List<Term> sum : sums) {
                BigDecimal total = BigDecimal.ZERO;
                boolean openPlus = false;
                boolean openMinus = false;
                boolean unknown = false;
                for (Term term : sum) {
                    Integer v = variable.get(term.row());
                    if (v != null && chosen[v] < 0) {
                        if (rows.get(term.row()).stream().anyMatch(c -> c.get(term.column()).value() == null)) {
                            unknown = true;
                            break;
                        }
                        openPlus |= term.sign() > 0;
                        openMinus |= term.sign() < 0;
                        continue;
                    }
                    BigDecimal value = value(term, v);
                    if (value == null) {
                        unknown = true;
                        break;
                    }
                    total = term.sign() > 0 ? total.add(value) : total.subtract(value);
                }
                if (unknown) {
                    continue;
                }
                if (!openPlus && !openMinus && total.signum() != 0) {
                    return false;
                }
                if (!openMinus && total.signum() > 0) {
                    return false;
                }
                if (!openPlus && total.signum() < 0) {
                    return false;
                }
            }
            return true;
        }

        private BigDecimal value(Term term, Integer v) {
            List<List<CellReading>> candidates = rows.getOrDefault(term.row(), List.of());
            if (candidates.isEmpty()) {
                return null;
            }
            List<CellReading> reading = candidates.get(v == null ? 0 : chosen[v]);
            return reading.get(term.column()).value();
        }
    }
}
