package cn.govdisclosure.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcType;
import org.hibernate.type.descriptor.jdbc.LocalDateJdbcType;

import cn.govdisclosure.format.ApplicantType;
import cn.govdisclosure.format.Outcome;
import cn.govdisclosure.platform.AuditTrail;
import cn.govdisclosure.platform.UtcDateTime;

/**
 * One application for disclosure. {@code outcome} and {@code concludedDate} mirror the timeline's
 * CONCLUDED event so that the annual tables can be aggregated from this table alone.
 */
@Entity
@AuditTrail(type = "APPLICATION", key = "trackingNumber",
        recorded = {"agencyId", "trackingNumber", "receivedDate", "channel", "applicantType", "subject", "outcome",
                "concludedDate", "createdAt"},
        personal = {"applicantName", "applicantIdNumber", "applicantPhone", "applicantEmail", "applicantAddress"},
        // the deadline state follows from the timeline (audited as events) and the calendar
        // anonymisedAt is set only by the retention run, which records one entry per run with its count
        ignored = {"deadlineStatus", "dueDate", "workingDaysUsed", "workingDaysAllowed", "concludedOnTime",
                "updatedAt", "anonymisedAt"})
@Table(name = "disclosure_application")
public class DisclosureApplication {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "agency_id", nullable = false)
    long agencyId;

    @Column(name = "tracking_number", nullable = false, length = 64)
    String trackingNumber;

    @Column(name = "received_date", nullable = false)
    @JdbcType(LocalDateJdbcType.class)
    LocalDate receivedDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(name = "applicant_type", nullable = false, length = 40)
    ApplicantType applicantType;

    @Column(name = "applicant_name", nullable = false, length = 100)
    String applicantName;

    @Column(name = "applicant_id_number", length = 255)
    String applicantIdNumber;

    @Column(name = "applicant_phone", length = 255)
    String applicantPhone;

    @Column(name = "applicant_email", length = 200)
    String applicantEmail;

    @Column(name = "applicant_address", length = 500)
    String applicantAddress;

    @Column(nullable = false, length = 2000)
    String subject;

    @Enumerated(EnumType.STRING)
    @Column(length = 40)
    Outcome outcome;

    @Column(name = "concluded_date")
    @JdbcType(LocalDateJdbcType.class)
    LocalDate concludedDate;

    /** The deadline as last computed: refreshed on every change of the timeline and of the calendar. */
    @Enumerated(EnumType.STRING)
    @Column(name = "deadline_status", nullable = false, length = 30)
    DeadlineStatus deadlineStatus = DeadlineStatus.OPEN;

    @Column(name = "due_date")
    @JdbcType(LocalDateJdbcType.class)
    LocalDate dueDate;

    /** Working days to conclusion; absent while open (it grows every working day). */
    @Column(name = "working_days_used")
    Integer workingDaysUsed;

    @Column(name = "working_days_allowed", nullable = false)
    int workingDaysAllowed = 20;

    @Column(name = "concluded_on_time")
    Boolean concludedOnTime;

    /** When the retention run replaced the applicant's details with {@link Applicant#ANONYMISED}; null before. */
    @Column(name = "anonymised_at")
    Instant anonymisedAt;

    @OneToMany(mappedBy = "application", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("eventDate, id")
    List<ApplicationEvent> events = new ArrayList<>();

    @Version
    long version;

    @Column(name = "created_at", nullable = false)
    @JdbcType(UtcDateTime.class)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    @JdbcType(UtcDateTime.class)
    Instant updatedAt;
}
