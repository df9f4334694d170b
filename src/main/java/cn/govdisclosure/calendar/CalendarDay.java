package cn.govdisclosure.calendar;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import cn.govdisclosure.platform.AuditTrail;

/**
 * A day a notice changes. A notice may list days of the previous December (元旦), so a day belongs to a
 * notice year, not necessarily its own calendar year.
 */
@Entity
@AuditTrail(type = "CALENDAR_DAY", recorded = {"noticeYear", "calendarDate", "kind", "name"})
@Table(name = "calendar_day")
public class CalendarDay {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "notice_year", nullable = false)
    int noticeYear;

    @Column(name = "calendar_date", nullable = false)
    LocalDate calendarDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    DayKind kind;

    @Column(nullable = false, length = 50)
    String name;
}
