package cn.govdisclosure.transfer;

import java.math.BigDecimal;
import java.util.List;

/**
 * One cell of a table read from a published report.
 *
 * @param row the row code (table 三 row, table 四 group, section 二 row)
 * @param column the column code
 * @param value the value when READ, else {@code null}
 * @param raw the text the value was read from, as printed ({@code ""} when nothing was printed)
 * @param status how the cell was read
 * @param candidates when AMBIGUOUS, the values the cell takes in the splits that satisfy the template
 */
record ParsedCell(String row, String column, BigDecimal value, String raw, CellStatus status,
        List<BigDecimal> candidates) {
}
