package cn.govdisclosure.ledger;

import java.time.LocalDate;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import cn.govdisclosure.calendar.OfficialCalendar;
import cn.govdisclosure.calendar.WorkingDayCalendar;

/** Properties of every due date on the official calendar 2019-2026. */
class DeadlinePropertiesTest {

    private static final WorkingDayCalendar CALENDAR = OfficialCalendar.load();
    private static final DeadlineCalculator CALCULATOR = new DeadlineCalculator(DeadlineRules.STATUTORY);

    @Property(tries = 500)
    boolean aDueDateIsAWorkingDay(@ForAll("receipts") LocalDate received) {
        LocalDate due = CALCULATOR.compute(received, List.of(), LocalDate.of(2026, 11, 1), CALENDAR).dueDate();
        return CALENDAR.isWorkingDay(due);
    }

    @Property(tries = 500)
    boolean aDueDateIsExactlyTwentyWorkingDaysAfterReceipt(@ForAll("receipts") LocalDate received) {
        LocalDate due = CALCULATOR.compute(received, List.of(), LocalDate.of(2026, 11, 1), CALENDAR).dueDate();
        int working = 0;
        for (LocalDate day = received.plusDays(1); !day.isAfter(due); day = day.plusDays(1)) {
            if (CALENDAR.isWorkingDay(day)) {
                working++;
            }
        }
        // exactly 20 working days after receipt: usually 26 calendar days or more, but a make-up working day (调休)
        // on a weekend can shorten that (received 2026-02-23, due 2026-03-20, the Saturday 2026-02-28 worked)
        return working == 20 && !due.isBefore(received.plusDays(20));
    }

    @Property(tries = 300)
    boolean pausesOnlyPostponeTheDueDate(@ForAll("receipts") LocalDate received,
            @ForAll @IntRange(min = 0, max = 10) int startOffset,
            @ForAll @IntRange(min = 1, max = 30) int length) {
        LocalDate plain = CALCULATOR.compute(received, List.of(), LocalDate.of(2026, 11, 1), CALENDAR).dueDate();
        LocalDate start = received.plusDays(startOffset);
        LocalDate paused = CALCULATOR.compute(received, List.of(
                new DeadlineCalculator.Entry(EventType.CONSULTATION_STARTED, start, null),
                new DeadlineCalculator.Entry(EventType.CONSULTATION_ENDED, start.plusDays(length), null)),
                LocalDate.of(2026, 11, 1), CALENDAR).dueDate();
        return !paused.isBefore(plain) && CALENDAR.isWorkingDay(paused);
    }

    @Provide
    Arbitrary<LocalDate> receipts() {
        // receipts whose periods end within the loaded calendar
        return Arbitraries.integers().between(0, (int) (LocalDate.of(2026, 10, 1).toEpochDay()
                - LocalDate.of(2019, 1, 1).toEpochDay())).map(offset -> LocalDate.of(2019, 1, 1).plusDays(offset));
    }
}
