package cn.govdisclosure.calendar;

import java.time.LocalDate;

/** Fired, inside the replacing transaction, when a notice year is loaded or replaced. */
public record CalendarChanged(int year, LocalDate firstAffectedDay, LocalDate lastAffectedDay) {
}
