package cn.govdisclosure.transfer;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import cn.govdisclosure.platform.NoAuditTrail;

/**
 * A ledger import job: the uploaded file's description, what to do with it, its state and its counts. State,
 * lease and counts are changed by single UPDATE statements ({@link LedgerImportRepository}), so that exactly
 * one replica holds a running job and a crashed one's job can be taken over when its lease runs out.
 */
@Entity
@Table(name = "ledger_import")
@NoAuditTrail("a job's bookkeeping (state, lease, progress); each finished job is one IMPORT entry of its own")
public class LedgerImport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "agency_id", nullable = false)
    long agencyId;

    @Column(name = "requested_by", nullable = false, length = 200)
    String requestedBy;

    @Column(name = "file_name", nullable = false, length = 255)
    String fileName;

    @Column(name = "media_type", nullable = false, length = 100)
    String mediaType;

    @Column(name = "file_charset", length = 40)
    String charset;

    @Column(name = "file_size", nullable = false)
    long fileSize;

    @Column(name = "file_sha256", nullable = false, length = 64)
    String sha256;

    @Enumerated(EnumType.STRING)
    @Column(name = "import_mode", nullable = false, length = 20)
    ImportMode mode;

    @Enumerated(EnumType.STRING)
    @Column(name = "on_conflict", nullable = false, length = 20)
    ConflictPolicy onConflict;

    @Lob
    @Column(name = "mapping")
    String mapping;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    ImportStatus status;

    @Column(nullable = false)
    boolean stored;

    @Column(name = "rows_read", nullable = false)
    long rowsRead;

    @Column(name = "rows_created", nullable = false)
    long rowsCreated;

    @Column(name = "rows_replaced", nullable = false)
    long rowsReplaced;

    @Column(name = "rows_unchanged", nullable = false)
    long rowsUnchanged;

    @Column(name = "rows_rejected", nullable = false)
    long rowsRejected;

    @Column(name = "error_count", nullable = false)
    long errorCount;

    @Column(length = 2000)
    String failure;

    @Column(nullable = false)
    int attempts;

    @Column(name = "lease_owner", length = 100)
    String leaseOwner;

    @Column(name = "lease_until")
    Instant leaseUntil;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "started_at")
    Instant startedAt;

    @Column(name = "finished_at")
    Instant finishedAt;
}
