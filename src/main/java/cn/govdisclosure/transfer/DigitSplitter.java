package cn.govdisclosure.transfer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits run-together digits into a row's cells. A row's printed values come as pieces — runs of digits whose cell
 * boundaries were lost ({@code 7000007}, or {@code 230 000023} with a stray space), blanks ("/", "—"), and numbers
 * that cannot be split (grouped thousands, {@code 1,021}) — and every way of cutting the runs into the row's cells
 * is tried: a part is a number only without leading zeros ({@code 0} itself is one), at most 13 digits, of the
 * cell's kind (a count is whole and not negative; only a signed cell takes the sign; money takes the decimals),
 * and, with constraints, every sum of the row holds (a sum over a blank is not known, so it does not decide).
 * <p>
 * The search cuts a run of d digits in k parts in at most C(d − 1, k − 1) ways — 475 020 for 30 digits in 7 cells
 * — and drops a branch as soon as a part is not a number or a group's total does not equal its parts; it stops
 * after {@link #MAX_STEPS} steps or once more than the asked number of splits are found, and says so.
 */
final class DigitSplitter {

    /** The most splits kept; a row with more is ambiguous beyond listing. */
    static final int MAX_SPLITS = 200;
    /** The most search steps for one row. */
    static final int MAX_STEPS = 3_000_000;
    private static final int MAX_DIGITS = 13;

    /** A piece of a printed row. */
    record Piece(Kind kind, String digits, boolean negative, String fraction, BigDecimal fixed, String raw) {

        enum Kind {
            /** Digits whose cell boundaries are not known: cut into one or more cells. */
            RUN,
            /** One cell whose value is known. */
            FIXED,
            /** One blank cell. */
            BLANK
        }

        static Piece run(String digits, boolean negative, String fraction, String raw) {
            return new Piece(Kind.RUN, digits, negative, fraction, null, raw);
        }

        static Piece fixed(BigDecimal value, String raw) {
            return new Piece(Kind.FIXED, null, false, null, value, raw);
        }

        static Piece blank(String raw) {
            return new Piece(Kind.BLANK, null, false, null, null, raw);
        }

        /** The most cells the piece can fill (it fills at least one). */
        int maxCells() {
            return kind == Kind.RUN ? digits.length() : 1;
        }
    }

    /** The splits found (each a full row), and whether the search saw every possibility within its limits. */
    record Result(List<List<CellReading>> splits, boolean complete) {
    }

    /**
     * Every split of the pieces into the row's cells, up to {@code limit} of them.
     *
     * @param constrained whether the row's sums must hold
     */
    Result split(List<Piece> pieces, RowSpec spec, boolean constrained, int limit) {
        Search search = new Search(pieces, spec, constrained, limit);
        search.run(0, 0, 0);
        return new Result(List.copyOf(search.found), !search.stopped);
    }

    /** Whether the pieces have enough digits for the row's cells at all. */
    static boolean canFill(List<Piece> pieces, int cells) {
        return pieces.stream().mapToInt(Piece::maxCells).sum() >= cells && pieces.size() <= cells;
    }

    private static final class Search {
        private final List<Piece> pieces;
        private final RowSpec spec;
        private final boolean constrained;
        private final int limit;
        private final CellReading[] cells;
        private final int[] maxCellsFrom;
        private final List<List<CellReading>> found = new ArrayList<>();
        private long steps;
        private boolean stopped;

        Search(List<Piece> pieces, RowSpec spec, boolean constrained, int limit) {
            this.pieces = pieces;
            this.spec = spec;
            this.constrained = constrained;
            this.limit = limit;
            this.cells = new CellReading[spec.size()];
            this.maxCellsFrom = new int[pieces.size() + 1];
            for (int i = pieces.size() - 1; i >= 0; i--) {
                maxCellsFrom[i] = maxCellsFrom[i + 1] + pieces.get(i).maxCells();
            }
        }

        void run(int piece, int offset, int cell) {
            if (stopped) {
                return;
            }
            if (++steps > MAX_STEPS || found.size() > limit) {
                stopped = true;
                return;
            }
            int left = spec.size() - cell;
            if (piece == pieces.size()) {
                if (left == 0) {
                    found.add(List.of(cells.clone()));
                }
                return;
            }
            int piecesLeft = pieces.size() - piece;
            int maxLeft = maxCellsFrom[piece] - offset;
            if (left < piecesLeft || left > maxLeft) {
                return;
            }
            Piece current = pieces.get(piece);
            switch (current.kind()) {
                case BLANK -> place(piece + 1, 0, cell, CellReading.blank(current.raw()));
                case FIXED -> place(piece + 1, 0, cell, new CellReading(current.fixed(), current.raw(), true));
                case RUN -> {
                    String digits = current.digits();
                    int remaining = digits.length() - offset;
                    for (int length = 1; length <= Math.min(MAX_DIGITS, remaining); length++) {
                        String part = digits.substring(offset, offset + length);
                        if (length > 1 && part.charAt(0) == '0') {
                            break;
                        }
                        boolean last = length == remaining;
                        String text = part + (last && current.fraction() != null ? "." + current.fraction() : "");
                        BigDecimal value = new BigDecimal(text);
                        boolean negative = current.negative() && offset == 0;
                        if (negative) {
                            value = value.negate();
                            text = "-" + text;
                        }
                        place(last ? piece + 1 : piece, last ? 0 : offset + length, cell,
                                new CellReading(value, text, true));
                        if (stopped) {
                            return;
                        }
                    }
                }
            }
        }

        private void place(int nextPiece, int nextOffset, int cell, CellReading reading) {
            if (reading.value() != null && spec.kinds().get(cell).problemWith(reading.value()) != null) {
                return;
            }
            cells[cell] = reading;
            if (!constrained || sumsHold(cell)) {
                run(nextPiece, nextOffset, cell + 1);
            }
            cells[cell] = null;
        }

        /** The sums whose last cell is {@code cell}: each holds, or involves a blank. */
        private boolean sumsHold(int cell) {
            for (int[] group : spec.sums()) {
                if (group[group.length - 1] != cell) {
                    continue;
                }
                BigDecimal sum = BigDecimal.ZERO;
                boolean known = true;
                for (int i = 0; i < group.length - 1 && known; i++) {
                    BigDecimal value = cells[group[i]].value();
                    known = value != null;
                    sum = known ? sum.add(value) : sum;
                }
                BigDecimal total = cells[cell].value();
                if (known && total != null && sum.compareTo(total) != 0) {
                    return false;
                }
            }
            return true;
        }
    }
}
