package cn.govdisclosure.transfer;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import cn.govdisclosure.platform.AuditTrail;

/**
 * An import stored on a report: who imported which document when, and what was read from it (the cells with their
 * raw text and status, the parse findings, the checks at the time), kept as the JSON the import answered with.
 */
@Entity
@AuditTrail(type = "REPORT_IMPORT", recorded = {"reportId", "importedAt", "importedBy", "mediaType", "source"},
        withheld = "result")
@Table(name = "report_import")
public class ReportImportRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "report_id", nullable = false)
    long reportId;

    @Column(name = "imported_at", nullable = false)
    Instant importedAt;

    @Column(name = "imported_by", nullable = false, length = 200)
    String importedBy;

    @Column(name = "media_type", nullable = false, length = 100)
    String mediaType;

    @Column(name = "source", length = 500)
    String source;

    @Lob
    @Column(name = "result", nullable = false)
    String result;
}
