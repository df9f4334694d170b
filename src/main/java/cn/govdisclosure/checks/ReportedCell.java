package cn.govdisclosure.checks;

import java.math.BigDecimal;

/**
 * A cell of table 三 or 四 for which the report holds a reported value instead of the computed one,
 * with the reason given for it. {@code reported} is {@code null} when reported as missing.
 */
public record ReportedCell(int section, String row, String column, BigDecimal reported, BigDecimal computed,
        String reason) {
}
