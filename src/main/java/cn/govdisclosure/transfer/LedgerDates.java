package cn.govdisclosure.transfer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.govdisclosure.format.PrintedLabels;

/**
 * Reads the dates ledgers write: {@code 2020-01-05}, {@code 2020/1/5}, {@code 2020.1.5}, {@code 2020年1月5日},
 * {@code 20200105}, each optionally followed by a time of day (which is ignored). Excel date cells arrive as
 * {@code 2020-01-05} (the workbook reader formats them so).
 */
final class LedgerDates {

    private static final Pattern SEPARATED = Pattern.compile(
            "(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");

    private LedgerDates() {
    }

    static Optional<LocalDate> parse(String printed) {
        String text = java.text.Normalizer.normalize(printed, java.text.Normalizer.Form.NFKC).strip();
        Matcher matcher = SEPARATED.matcher(text);
        if (!matcher.matches()) {
            matcher = COMPACT.matcher(PrintedLabels.key(text));
            if (!matcher.matches()) {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                    Integer.parseInt(matcher.group(3))));
        } catch (DateTimeException impossible) {
            return Optional.empty();
        }
    }
}
