package cn.govdisclosure.transfer;

import java.math.BigDecimal;

/**
 * One cell as a reading of the printed text gives it: its value ({@code null} when blank), the text it came from,
 * and whether that text could be read at all.
 */
record CellReading(BigDecimal value, String raw, boolean readable) {

    static CellReading blank(String raw) {
        return new CellReading(null, raw, true);
    }

    static CellReading unreadable(String raw) {
        return new CellReading(null, raw, false);
    }

    boolean isBlank() {
        return readable && value == null;
    }

    /** Whether two readings give the cell the same value (equal numbers, or both blank). */
    boolean sameValue(CellReading other) {
        if (readable != other.readable) {
            return false;
        }
        return value == null ? other.value == null : other.value != null && value.compareTo(other.value) == 0;
    }
}
