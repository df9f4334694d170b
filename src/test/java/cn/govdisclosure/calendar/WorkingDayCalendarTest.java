package cn.govdisclosure.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The calendar's days, resolved once, against the notice's rules applied day by day. */
class WorkingDayCalendarTest {

    /** 2021 not loaded: a gap between known years. */
    private static final Set<Integer> YEARS = Set.of(2019, 2020, 2022);
    private static final Map<LocalDate, DayKind> EXCEPTIONS = Map.of(
            LocalDate.of(2020, 1, 24), DayKind.HOLIDAY, LocalDate.of(2020, 1, 19), DayKind.MAKEUP_WORKDAY,
            LocalDate.of(2021, 1, 4), DayKind.HOLIDAY, LocalDate.of(2022, 12, 31), DayKind.MAKEUP_WORKDAY,
            LocalDate.of(2019, 1, 1), DayKind.HOLIDAY);
    private static final WorkingDayCalendar CALENDAR = new WorkingDayCalendar(YEARS, EXCEPTIONS);

    private static boolean expectedWorking(LocalDate day) {
        DayKind kind = EXCEPTIONS.get(day);
        return kind != null ? kind == DayKind.MAKEUP_WORKDAY
                : day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    @Test
    void everyDayIsWhatTheNoticeSays() {
        int working = 0;
        for (LocalDate day = LocalDate.of(2017, 1, 1); day.isBefore(LocalDate.of(2025, 1, 1)); day = day.plusDays(1)) {
            boolean known = YEARS.contains(day.getYear());
            assertEquals(known, CALENDAR.covers(day), day.toString());
            if (known) {
                assertEquals(expectedWorking(day), CALENDAR.isWorkingDay(day), day.toString());
                working += expectedWorking(day) ? 1 : 0;
            } else {
                LocalDate unknown = day;
                assertEquals(day.getYear(), assertThrows(WorkingDayCalendar.UnknownYearException.class,
                        () -> CALENDAR.isWorkingDay(unknown)).year());
            }
        }
        // 2019: 261 weekdays less New Year; 2020: 262 weekdays, one holiday, one make-up Sunday; 2022: 260 + 1
        assertEquals(260 + 262 + 261, working);
        assertTrue(CALENDAR.isWorkingDay(LocalDate.of(2022, 12, 31)));
        assertFalse(CALENDAR.isWorkingDay(LocalDate.of(2019, 1, 1)));
    }

    @Test
    void workingDaysOfARangeAreTheDaysCountedOneByOne() {
        Random random = new Random(20261129);
        LocalDate base = LocalDate.of(2019, 1, 1);
        for (int i = 0; i < 2000; i++) {
            LocalDate from = base.plusDays(random.nextInt(366 * 2));
            LocalDate to = from.plusDays(random.nextInt(400) - 5);
            int expected = 0;
            for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
                expected += YEARS.contains(day.getYear()) && expectedWorking(day) ? 1 : 0;
            }
            if (!to.isBefore(from) && to.getYear() >= 2021) {
                LocalDate end = to;
                assertThrows(WorkingDayCalendar.UnknownYearException.class, () -> CALENDAR.workingDays(from, end));
            } else {
                assertEquals(expected, CALENDAR.workingDays(from, to), from + " to " + to);
            }
        }
    }

    @Test
    void theFirstUncoveredDayOfARange() {
        assertNull(CALENDAR.firstUncovered(LocalDate.of(2019, 3, 1), LocalDate.of(2020, 12, 31)));
        assertEquals(LocalDate.of(2021, 1, 1), CALENDAR.firstUncovered(LocalDate.of(2020, 3, 1), LocalDate.of(2023, 1, 1)));
        assertEquals(LocalDate.of(2021, 5, 6), CALENDAR.firstUncovered(LocalDate.of(2021, 5, 6), LocalDate.of(2022, 1, 1)));
        assertEquals(LocalDate.of(2023, 1, 1), CALENDAR.firstUncovered(LocalDate.of(2022, 5, 6), LocalDate.of(2023, 1, 1)));
        assertNull(CALENDAR.firstUncovered(LocalDate.of(2022, 5, 6), LocalDate.of(2022, 5, 5)));
    }

    @Test
    void anEmptyCalendarKnowsNoDay() {
        WorkingDayCalendar empty = new WorkingDayCalendar(Set.of(), Map.of());
        assertFalse(empty.covers(LocalDate.of(2020, 1, 1)));
        assertEquals(LocalDate.of(2020, 1, 1), empty.firstUncovered(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 2)));
        assertEquals(0, empty.workingDays(LocalDate.of(2020, 1, 2), LocalDate.of(2020, 1, 1)));
    }
}
