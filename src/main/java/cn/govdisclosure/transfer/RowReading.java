package cn.govdisclosure.transfer;

import java.util.List;

/**
 * What the printed values of one row read as.
 *
 * @param outcome how the row was read
 * @param candidates the readings of the whole row: one when the row reads one way, several when run-together
 *        digits split in more than one way satisfying the template, none when the row cannot be read
 * @param raw the printed values as they stand in the text
 * @param printed how many values were printed (for a short or long row)
 */
record RowReading(Outcome outcome, List<List<CellReading>> candidates, String raw, int printed) {

    enum Outcome {
        /** Read: one or more candidate readings. */
        READ,
        /** Nothing printed: every cell blank. */
        BLANK,
        /** Fewer values than cells, each printed apart: read from the left, the cells after them left blank. */
        SHORT,
        /** More values than cells. */
        TOO_MANY,
        /** Run-together digits that no split fits: the printed row breaks the template's arithmetic. */
        NO_SPLIT,
        /** Run-together digits too few for the cells: some cells were dropped and where cannot be known. */
        DROPPED,
        /** More splits than can be listed, or too many to search. */
        TOO_AMBIGUOUS
    }

    static RowReading of(Outcome outcome, List<List<CellReading>> candidates, String raw, int printed) {
        return new RowReading(outcome, List.copyOf(candidates), raw, printed);
    }
}
