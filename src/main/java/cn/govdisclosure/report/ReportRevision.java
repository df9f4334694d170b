package cn.govdisclosure.report;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import cn.govdisclosure.platform.AuditTrail;

/**
 * A published revision of a report: the whole document as it was published (every section and table, as JSON of
 * the report view), frozen. Later ledger changes do not reach it; a correction is a new revision.
 */
@Entity
@AuditTrail(type = "REPORT_REVISION", key = "revision", parent = "report",
        recorded = {"revision", "reason", "publishedDate", "deadline", "publishedLate", "publishedBy", "publishedAt"},
        withheld = "snapshot")
@Table(name = "report_revision")
public class ReportRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id", nullable = false)
    AnnualReport report;

    @Column(name = "revision", nullable = false)
    int revision;

    /** Why this revision was made; null for the first edition. */
    @Column(name = "reason", length = 2000)
    String reason;

    @Column(name = "published_date", nullable = false)
    LocalDate publishedDate;

    @Column(name = "deadline", nullable = false)
    LocalDate deadline;

    @Column(name = "published_late", nullable = false)
    boolean publishedLate;

    @Column(name = "published_by", nullable = false, length = 200)
    String publishedBy;

    @Column(name = "published_at", nullable = false)
    Instant publishedAt;

    @Lob
    @Column(name = "snapshot", nullable = false)
    String snapshot;
}
