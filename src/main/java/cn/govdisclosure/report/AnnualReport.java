package cn.govdisclosure.report;

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
import jakarta.persistence.Lob;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import cn.govdisclosure.agency.Scope;
import cn.govdisclosure.format.ReportFormat;
import cn.govdisclosure.platform.AuditTrail;

/**
 * One agency's report for one year. Its version covers everything editable in it (sections and the
 * section 二 cells), so one ETag guards the whole document.
 */
@Entity
@AuditTrail(type = "REPORT",
        recorded = {"agencyId", "reportYear", "format", "status", "scope", "revision", "revisionReason",
                "workflowComment", "origin", "importedFrom", "opening", "issuer", "issueDate", "federatedFrom",
                "remoteReportId", "createdAt"},
        ignored = {"updatedAt", "remoteEtag", "fetchedAt"})
@Table(name = "annual_report")
public class AnnualReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "agency_id", nullable = false)
    long agencyId;

    @Column(name = "report_year", nullable = false)
    int reportYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    ReportFormat format;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    ReportStatus status;

    @OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sectionNumber")
    List<ReportSection> sections = new ArrayList<>();

    @OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true)
    List<ProactiveCell> proactiveCells = new ArrayList<>();

    /** Reported values of tables 三 and 四 that replace the computed ones, each with a reason. */
    @OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true)
    List<ReportedValue> reportedValues = new ArrayList<>();

    /** Whose records tables 三 and 四 count: the agency's own, or its whole subtree (an aggregate report). */
    @Enumerated(EnumType.STRING)
    @Column(name = "report_scope", nullable = false, length = 10)
    Scope scope = Scope.AGENCY;

    /** 1 for the first edition; each correction after publication starts the next revision. */
    @Column(name = "revision", nullable = false)
    int revision = 1;

    /** Why the current revision was started (null for the first). */
    @Column(name = "revision_reason", length = 2000)
    String revisionReason;

    /** The comment with which the report was last returned to its editor. */
    @Column(name = "workflow_comment", length = 2000)
    String workflowComment;

    /** Whether tables 三 and 四 come from the ledger or were imported from a published document. */
    @Enumerated(EnumType.STRING)
    @Column(name = "origin", nullable = false, length = 10)
    ReportOrigin origin = ReportOrigin.LEDGER;

    /** The file name or URL of the document an imported report was read from, when given. */
    @Column(name = "imported_from", length = 500)
    String importedFrom;

    /** The report's own opening paragraph(s); null: the standard wording for the agency and year. */
    @Lob
    @Column(name = "opening")
    String opening;

    /** The issuing agency's name printed at the end; null: the agency's name. */
    @Column(name = "issuer", length = 200)
    String issuer;

    /** The date printed under the issuer; null: the publication date, once published. */
    @Column(name = "issue_date")
    LocalDate issueDate;

    /** The federation source a FEDERATED report was pulled from; null otherwise. */
    @Column(name = "federated_from", length = 32)
    String federatedFrom;

    /** The report's id at its federation source. */
    @Column(name = "remote_report_id")
    Long remoteReportId;

    /** The source's entity tag of the revision in force last pulled. */
    @Column(name = "remote_etag", length = 200)
    String remoteEtag;

    /** When the revision in force was last pulled. */
    @Column(name = "fetched_at")
    Instant fetchedAt;

    @Version
    long version;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;
}
