package cn.govdisclosure.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Which days are working days: Monday to Friday unless a statutory holiday, and weekend days only when
 * announced as make-up working days. Only calendar years whose notice is loaded are known; asking about
 * any other year is an error, never a guess.
 */
public final class WorkingDayCalendar {

    private final Set<Integer> knownYears;
    private final Map<LocalDate, DayKind> exceptions;

    public WorkingDayCalendar(Set<Integer> knownYears, Map<LocalDate, DayKind> exceptions) {
        this.knownYears = Set.copyOf(knownYears);
        // a hash map, not Map.copyOf: the immutable map's linear probing over clustered date hashes made this look-up
        // about a twentieth of a ledger import's time (a deadline asks about every day of its period)
        this.exceptions = new HashMap<>(exceptions);
    }

    /** Whether the calendar of the day's year is loaded. */
    public boolean covers(LocalDate day) {
        return knownYears.contains(day.getYear());
    }

    /** Whether the day is a working day; a day of an unknown year throws {@link UnknownYearException}. */
    public boolean isWorkingDay(LocalDate day) {
        if (!covers(day)) {
            throw new UnknownYearException(day.getYear());
        }
        DayKind kind = exceptions.get(day);
        if (kind != null) {
            return kind == DayKind.MAKEUP_WORKDAY;
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    public Set<Integer> knownYears() {
        return knownYears;
    }

    /** A working day was asked for in a year whose official calendar is not loaded. */
    public static final class UnknownYearException extends RuntimeException {

        private final int year;

        public UnknownYearException(int year) {
            super("The official calendar of " + year + " is not loaded");
            this.year = year;
        }

        public int year() {
            return year;
        }
    }
}
