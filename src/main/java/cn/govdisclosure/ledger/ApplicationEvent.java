package cn.govdisclosure.ledger;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import cn.govdisclosure.format.Outcome;
import cn.govdisclosure.platform.AuditTrail;

/** One dated entry of an application's timeline. */
@Entity
@AuditTrail(type = "APPLICATION_EVENT", parent = "application",
        recorded = {"type", "eventDate", "outcome", "note", "deadline", "workingDays", "approvedBy", "counterpart",
                "feeAmount", "recordedAt"})
@Table(name = "application_event")
public class ApplicationEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id", nullable = false)
    DisclosureApplication application;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", nullable = false, length = 40)
    EventType type;

    @Column(name = "event_date", nullable = false)
    LocalDate eventDate;

    @Enumerated(EnumType.STRING)
    @Column(length = 40)
    Outcome outcome;

    @Column(length = 1000)
    String note;

    /** The applicant's deadline: for corrections (CORRECTION_REQUESTED) or payment (FEE_NOTICE_SENT). */
    @Column(name = "deadline")
    LocalDate deadline;

    /** The extension's length (EXTENDED). */
    @Column(name = "working_days")
    Integer workingDays;

    @Column(name = "approved_by", length = 100)
    String approvedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "counterpart", length = 20)
    Counterpart counterpart;

    @Column(name = "fee_amount", precision = 12, scale = 2)
    java.math.BigDecimal feeAmount;

    @Column(name = "recorded_at", nullable = false)
    Instant recordedAt;
}
