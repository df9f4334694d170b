package cn.govdisclosure.platform;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one reading of a calendar date, for query parameters and JSON fields alike: {@code 2026-11-20} and nothing
 * else. A date-time ({@code 2026-11-19T16:00:00.000Z}, as a browser sends local midnight of 20 November in UTC+8)
 * is refused, never cut to its UTC date: that would silently shift the day.
 */
public final class Dates {

    /** What a date field or parameter expects, said in every refusal. */
    public static final String EXPECTED = "must be a date such as 2020-03-15, without a time or offset";

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private Dates() {
    }

    /** The date, or empty when the text is not exactly a valid {@code yyyy-MM-dd} date. */
    public static Optional<LocalDate> parse(String text) {
        if (text == null || !DATE.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
