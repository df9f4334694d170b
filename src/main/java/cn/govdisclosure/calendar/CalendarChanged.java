package cn.govdisclosure.calendar;

import java.time.LocalDate;

/**
 * Fired, inside the replacing transaction, when a notice year is loaded or replaced; {@code calendar} is the whole
 * calendar as that transaction sees it.
 */
public record CalendarChanged(int year, LocalDate firstAffectedDay, LocalDate lastAffectedDay,
        WorkingDayCalendar calendar) {
}
