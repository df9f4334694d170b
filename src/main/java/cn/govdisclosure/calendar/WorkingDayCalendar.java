package cn.govdisclosure.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Set;

/**
 * Which days are working days: Monday to Friday unless a statutory holiday, and weekend days only when
 * announced as make-up working days. Only calendar years whose notice is loaded are known; asking about
 * any other year is an error, never a guess.
 */
public final class WorkingDayCalendar {

    private static final byte UNKNOWN = 0;
    private static final byte DAY_OFF = 1;
    private static final byte WORKING = 2;

    private final Set<Integer> knownYears;
    /** The epoch day of 1 January of the first known year. */
    private final long firstDay;
    /**
     * Each day from {@link #firstDay} to 31 December of the last known year, resolved once: a deadline asks about
     * every day of its period, and an import computes a deadline per row (a hash look-up of the clustered date
     * hashes per day was a tenth of an import's time).
     */
    private final byte[] kinds;
    /** {@code workingBefore[i]}: the working days among the first {@code i} days of {@link #kinds}. */
    private final int[] workingBefore;

    public WorkingDayCalendar(Set<Integer> knownYears, Map<LocalDate, DayKind> exceptions) {
        this.knownYears = Set.copyOf(knownYears);
        if (knownYears.isEmpty()) {
            firstDay = 0;
            kinds = new byte[0];
            workingBefore = new int[1];
            return;
        }
        int first = Collections.min(knownYears);
        int last = Collections.max(knownYears);
        firstDay = LocalDate.of(first, 1, 1).toEpochDay();
        kinds = new byte[(int) (LocalDate.of(last + 1, 1, 1).toEpochDay() - firstDay)];
        workingBefore = new int[kinds.length + 1];
        for (int i = 0; i < kinds.length; i++) {
            LocalDate day = LocalDate.ofEpochDay(firstDay + i);
            if (this.knownYears.contains(day.getYear())) {
                DayKind kind = exceptions.get(day);
                boolean working = kind != null ? kind == DayKind.MAKEUP_WORKDAY
                        : day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
                kinds[i] = working ? WORKING : DAY_OFF;
            }
            workingBefore[i + 1] = workingBefore[i] + (kinds[i] == WORKING ? 1 : 0);
        }
    }

    /** Whether the calendar of the day's year is loaded. */
    public boolean covers(LocalDate day) {
        return kindOf(day) != UNKNOWN;
    }

    /** Whether the day is a working day; a day of an unknown year throws {@link UnknownYearException}. */
    public boolean isWorkingDay(LocalDate day) {
        byte kind = kindOf(day);
        if (kind == UNKNOWN) {
            throw new UnknownYearException(day.getYear());
        }
        return kind == WORKING;
    }

    /** The first day from {@code from} to {@code to} (both included) whose year is not loaded, or null. */
    public LocalDate firstUncovered(LocalDate from, LocalDate to) {
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            if (!knownYears.contains(year)) {
                return year == from.getYear() ? from : LocalDate.of(year, 1, 1);
            }
        }
        return null;
    }

    /**
     * The working days from {@code from} to {@code to}, both included (0 when {@code to} is before {@code from});
     * a day of an unknown year among them throws {@link UnknownYearException}.
     */
    public int workingDays(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return 0;
        }
        LocalDate uncovered = firstUncovered(from, to);
        if (uncovered != null) {
            throw new UnknownYearException(uncovered.getYear());
        }
        return workingBefore[(int) (to.toEpochDay() - firstDay) + 1] - workingBefore[(int) (from.toEpochDay() - firstDay)];
    }

    public Set<Integer> knownYears() {
        return knownYears;
    }

    private byte kindOf(LocalDate day) {
        long index = day.toEpochDay() - firstDay;
        return index >= 0 && index < kinds.length ? kinds[(int) index] : UNKNOWN;
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
