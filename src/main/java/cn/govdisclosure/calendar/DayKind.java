package cn.govdisclosure.calendar;

/** How a notice changes a day: a statutory holiday (放假), or a weekend day made a working day (调休上班). */
public enum DayKind {
    HOLIDAY, MAKEUP_WORKDAY
}
