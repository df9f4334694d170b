package cn.govdisclosure.calendar;

import java.time.Instant;

/**
 * What tells whether the calendar changed: the notice years loaded, the sum of their versions (every replacement
 * moves one), the latest replacement and the number of days. A change through the API always moves it.
 */
record CalendarStamp(long years, long versions, Instant latest, long days) {
}
