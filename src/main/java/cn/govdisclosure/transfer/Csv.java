package cn.govdisclosure.transfer;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Writes CSV (RFC 4180: comma-separated, CRLF line ends, fields quoted when needed) in UTF-8 with a byte
 * order mark, so that spreadsheet programs open Chinese text correctly. Text that a spreadsheet would
 * take for a formula (starting with =, +, -, @) is prefixed with an apostrophe; numbers are written as
 * they are.
 */
final class Csv {

    static final String MEDIA_TYPE = "text/csv;charset=UTF-8";
    /** As offered next to JSON on the same operation, which stays the default. */
    static final String OFFER = MEDIA_TYPE + ";qs=0.5";
    static final String BOM = "\uFEFF";

    private final StringBuilder out = new StringBuilder(BOM);

    Csv row(Object... cells) {
        return row(Arrays.asList(cells));
    }

    Csv row(List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(cells.get(i)));
        }
        out.append("\r\n");
        return this;
    }

    byte[] bytes() {
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String field(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Long || value instanceof Integer) {
            return value.toString();
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")
                || !text.equals(text.strip())) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
