package cn.govdisclosure.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.govdisclosure.calendar.OfficialCalendar;
import cn.govdisclosure.calendar.WorkingDayCalendar;

/** Deadlines worked out by hand on the official calendar (day 1 = the working day after receipt). */
class DeadlineCalculatorTest {

    private static final WorkingDayCalendar CALENDAR = OfficialCalendar.load();
    private static final DeadlineCalculator CALCULATOR = new DeadlineCalculator(DeadlineRules.STATUTORY);
    private static final LocalDate LATER = LocalDate.of(2026, 11, 1);

    private static Deadline compute(String received, List<DeadlineCalculator.Entry> timeline, LocalDate today) {
        return CALCULATOR.compute(LocalDate.parse(received), timeline, today, CALENDAR);
    }

    private static DeadlineCalculator.Entry event(EventType type, String date) {
        return new DeadlineCalculator.Entry(type, LocalDate.parse(date), null);
    }

    @Test
    void theExtendedSpringFestivalOf2020IsSkipped() {
        // 20 Jan 2020 (Mon); days 1-3 are 21-23 Jan; 24 Jan - 2 Feb off (extended by 国办发明电〔2020〕1号);
        // 3 Feb is day 4 ... 25 Feb day 20. The cancelled make-up Saturday 1 Feb is not a working day.
        Deadline deadline = compute("2020-01-20", List.of(), LATER);
        assertEquals(LocalDate.of(2020, 2, 25), deadline.dueDate());
        assertFalse(CALENDAR.isWorkingDay(LocalDate.of(2020, 2, 1)));
        assertTrue(CALENDAR.isWorkingDay(LocalDate.of(2020, 1, 19)), "make-up Sunday before the festival");
    }

    @Test
    void nationalDay2020CountsItsMakeUpWeekendDays() {
        // 25 Sep 2020 (Fri): 26 Sep off, 27 Sep (Sun, make-up) day 1, 28-30 Sep days 2-4, 1-8 Oct off,
        // 9 Oct day 5, 10 Oct (Sat, make-up) day 6, 12 Oct day 7 ... 29 Oct day 20.
        assertEquals(LocalDate.of(2020, 10, 29), compute("2020-09-25", List.of(), LATER).dueDate());
    }

    @Test
    void aCorrectionRestartsThePeriod() {
        // corrections asked 4 Mar, received 10 Mar 2020: day 1 is 11 Mar; 4-6 Apr (清明) off; day 20 is 8 Apr
        List<DeadlineCalculator.Entry> timeline = List.of(event(EventType.CORRECTION_REQUESTED, "2020-03-04"),
                event(EventType.CORRECTION_RECEIVED, "2020-03-10"));
        assertEquals(LocalDate.of(2020, 4, 8), compute("2020-03-02", timeline, LATER).dueDate());

        Deadline waiting = compute("2020-03-02", timeline.subList(0, 1), LocalDate.of(2020, 3, 9));
        assertEquals(DeadlineStatus.AWAITING_CORRECTION, waiting.status());
        assertNull(waiting.dueDate());
        assertEquals(2, waiting.workingDaysUsed(), "3 and 4 March count; the clock stops after the request");
        assertFalse(waiting.overdue());
    }

    @Test
    void anExtensionAddsItsWorkingDays() {
        // 1 Jun 2020: day 20 would be 30 Jun (25-27 Jun off, Sun 28 Jun a make-up day); +20 gives 28 Jul
        assertEquals(LocalDate.of(2020, 6, 30), compute("2020-06-01", List.of(), LATER).dueDate());
        Deadline extended = compute("2020-06-01",
                List.of(new DeadlineCalculator.Entry(EventType.EXTENDED, LocalDate.of(2020, 6, 20), 20)), LATER);
        assertEquals(LocalDate.of(2020, 7, 28), extended.dueDate());
        assertEquals(40, extended.workingDaysAllowed());
    }

    @Test
    void consultationDaysAreNotCounted() {
        // 2 Nov 2020: 3-4 Nov days 1-2; consulted 4 Nov, answer 13 Nov: 5-13 Nov paused; 16 Nov day 3 ... 9 Dec day 20
        List<DeadlineCalculator.Entry> timeline = List.of(event(EventType.CONSULTATION_STARTED, "2020-11-04"),
                event(EventType.CONSULTATION_ENDED, "2020-11-13"));
        assertEquals(LocalDate.of(2020, 12, 9), compute("2020-11-02", timeline, LATER).dueDate());
        Deadline during = compute("2020-11-02", timeline.subList(0, 1), LocalDate.of(2020, 11, 10));
        assertEquals(DeadlineStatus.IN_CONSULTATION, during.status());
        assertNull(during.dueDate());
        assertEquals(2, during.workingDaysUsed());
    }

    @Test
    void daysWaitingForAFeeAreNotCounted() {
        // 1 Mar 2021: 2-3 Mar days 1-2; fee notice 3 Mar, paid 10 Mar: 4-10 Mar paused; 11 Mar day 3;
        // 3-5 Apr (清明) off; 6 Apr day 20
        List<DeadlineCalculator.Entry> timeline = List.of(event(EventType.FEE_NOTICE_SENT, "2021-03-03"),
                event(EventType.FEE_PAID, "2021-03-10"));
        assertEquals(LocalDate.of(2021, 4, 6), compute("2021-03-01", timeline, LATER).dueDate());
        assertEquals(DeadlineStatus.AWAITING_FEE,
                compute("2021-03-01", timeline.subList(0, 1), LocalDate.of(2021, 3, 5)).status());
    }

    @Test
    void aPeriodRunsAcrossTheYearEnd() {
        // 22 Dec 2020: 23-31 Dec days 1-7; 1-3 Jan 2021 off; 4 Jan day 8 ... 20 Jan day 20
        assertEquals(LocalDate.of(2021, 1, 20), compute("2020-12-22", List.of(), LATER).dueDate());
    }

    @Test
    void concludedOnTimeOrLate() {
        Deadline onTime = compute("2020-09-25", List.of(event(EventType.CONCLUDED, "2020-10-29")), LATER);
        assertEquals(DeadlineStatus.CONCLUDED, onTime.status());
        assertEquals(true, onTime.concludedOnTime());
        assertEquals(20, onTime.workingDaysUsed());
        assertFalse(onTime.overdue());

        Deadline late = compute("2020-09-25", List.of(event(EventType.CONCLUDED, "2020-10-30")), LATER);
        assertEquals(false, late.concludedOnTime());
        assertEquals(21, late.workingDaysUsed());

        Deadline sameDay = compute("2020-09-25", List.of(event(EventType.CONCLUDED, "2020-09-25")), LATER);
        assertEquals(0, sameDay.workingDaysUsed());
        assertEquals(true, sameDay.concludedOnTime());
    }

    @Test
    void anOpenApplicationIsOverdueTheDayAfterItsDueDate() {
        assertFalse(compute("2020-09-25", List.of(), LocalDate.of(2020, 10, 29)).overdue());
        Deadline dayAfter = compute("2020-09-25", List.of(), LocalDate.of(2020, 10, 30));
        assertTrue(dayAfter.overdue());
        assertEquals(21, dayAfter.workingDaysUsed());
        // a weekend after the due date is already overdue, though no working day has passed
        assertTrue(compute("2020-09-18", List.of(), LocalDate.of(2020, 10, 24)).overdue());
    }

    @Test
    void aYearWithoutCalendarIsNeverGuessed() {
        Deadline deadline = compute("2026-12-20", List.of(), LocalDate.of(2026, 12, 21));
        assertNull(deadline.dueDate());
        assertEquals(List.of(2027), deadline.calendarMissingYears());
        assertEquals(1, deadline.workingDaysUsed(), "21 Dec 2026 is known and counts");
        assertThrows(WorkingDayCalendar.UnknownYearException.class,
                () -> CALENDAR.isWorkingDay(LocalDate.of(2027, 1, 4)));
    }

    @Test
    void theReceiptDayCanBeDayOne() {
        DeadlineCalculator sameDay = new DeadlineCalculator(
                new DeadlineRules(20, 20, DeadlineRules.FirstDay.RECEIPT_DAY));
        // counting from Fri 25 Sep 2020 itself: the due date moves one working day earlier
        assertEquals(LocalDate.of(2020, 10, 28),
                sameDay.compute(LocalDate.of(2020, 9, 25), new ArrayList<>(), LATER, CALENDAR).dueDate());
    }
}
