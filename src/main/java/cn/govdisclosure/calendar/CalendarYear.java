package cn.govdisclosure.calendar;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import cn.govdisclosure.platform.AuditTrail;

/** A loaded State Council holiday notice (国务院办公厅关于某年部分节假日安排的通知). */
@Entity
@AuditTrail(type = "CALENDAR_YEAR", recorded = {}, ignored = "updatedAt")
@Table(name = "calendar_year")
public class CalendarYear {

    @Id
    @Column(name = "notice_year")
    int noticeYear;

    @Version
    long version;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;
}
