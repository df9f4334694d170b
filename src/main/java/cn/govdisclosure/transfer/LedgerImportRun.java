package cn.govdisclosure.transfer;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;

import cn.govdisclosure.agency.AgencyRef;
import cn.govdisclosure.agency.AgencyService;
import cn.govdisclosure.audit.BulkAudit;
import cn.govdisclosure.ledger.LedgerBulkWriter.BulkEntry;
import cn.govdisclosure.ledger.LedgerBulkWriter.BulkOutcome;
import cn.govdisclosure.ledger.LedgerBulkWriter;
import cn.govdisclosure.ledger.LedgerColumn;
import cn.govdisclosure.platform.Messages;
import cn.govdisclosure.platform.NotFound;
import cn.govdisclosure.platform.ServiceClock;
import cn.govdisclosure.platform.Violation;

/**
 * Runs one claimed import job to its end. Rows are read one at a time and written in batches; every batch
 * publishes the counts, records its errors and extends the lease in a short transaction of its own. In
 * {@code valid-rows} mode each batch of rows commits on its own; in {@code all-or-nothing} and {@code validate}
 * mode all rows are written in one transaction that commits together with the job's end (all-or-nothing without
 * errors) or rolls back (any error, or validate). A crash therefore leaves either nothing of the job or whole
 * batches; running the job again (a takeover, or the same upload once more) writes what is missing and counts
 * the rest as unchanged.
 */
final class LedgerImportRun {

    /** The lease was taken over (this replica stalled for longer than the lease): stop and leave the job. */
    static final class LeaseLost extends RuntimeException {
        LeaseLost(long id) {
            super("the lease of ledger import " + id + " was lost");
        }
    }

    record Settings(int batchSize, Duration lease, int transactionTimeoutSeconds) {
    }

    record Job(long id, AgencyRef agency, String requestedBy, String fileName, String mediaType, String charset,
            long fileSize, String sha256, ImportMode mode, ConflictPolicy onConflict, ImportMapping mapping,
            int attempts) {
    }

    private final Job job;
    private final String owner;
    private final Settings settings;
    private final LedgerImportRepository jobs;
    private final ImportFiles files;
    private final LedgerBulkWriter writer;
    private final AgencyService agencies;
    private final BulkAudit audit;
    private final ServiceClock clock;
    private final ObjectMapper json;

    private final ImportCounts counts = new ImportCounts();
    private final List<ParsedRow> pending = new ArrayList<>();
    private final Map<String, Optional<AgencyRef>> agencyByCode = new HashMap<>();
    private boolean inOneTransaction;
    private long position;
    private String failure;
    private String failureEn;

    LedgerImportRun(Job job, String owner, Settings settings, LedgerImportRepository jobs, ImportFiles files,
            LedgerBulkWriter writer, AgencyService agencies, BulkAudit audit, ServiceClock clock, ObjectMapper json) {
        this.job = job;
        this.owner = owner;
        this.settings = settings;
        this.jobs = jobs;
        this.files = files;
        this.writer = writer;
        this.agencies = agencies;
        this.audit = audit;
        this.clock = clock;
        this.json = json;
    }

    /** Processes the file (a local copy of the stored upload) and ends the job. */
    void execute(Path file) {
        if (job.mode() == ImportMode.VALID_ROWS) {
            read(file);
            inTransaction(() -> finish(true));
            return;
        }
        inOneTransaction = true;
        try {
            QuarkusTransaction.requiringNew().timeout(settings.transactionTimeoutSeconds()).run(() -> {
                read(file);
                if (job.mode() != ImportMode.ALL_OR_NOTHING || failure != null || counts.rejected > 0) {
                    throw new NotStored();
                }
                finish(true);
            });
        } catch (NotStored rolledBack) {
            inTransaction(() -> finish(false));
        }
    }

    /** Ends the job's one transaction with a rollback: validate mode, or all-or-nothing with errors. */
    private static final class NotStored extends RuntimeException {
        NotStored() {
            super(null, null, false, false);
        }
    }

    private void read(Path file) {
        LedgerCells cells = new LedgerCells(job.mapping(), this::accept);
        try {
            switch (job.mediaType()) {
                case LedgerSources.CSV -> LedgerSources.readCsv(file, LedgerSources.charsetOf(job.charset()), cells);
                case LedgerSources.XLSX -> LedgerSources.readXlsx(file, cells);
                default -> LedgerSources.readNdjson(file, json, this::accept);
            }
            flush();
            if (!job.mediaType().equals(LedgerSources.NDJSON) && !cells.anyHeader()) {
                fail("未找到表头：前 " + LedgerCells.HEADER_SEARCH_ROWS + " 行中没有同时写明申请编号和其他至少两列的行",
                        "no header row found: none of the first " + LedgerCells.HEADER_SEARCH_ROWS
                                + " rows names the tracking number and at least two other columns");
            }
        } catch (LedgerSources.UnreadableFile e) {
            fail(e.getMessage(), e.messageEn);
        } catch (IOException e) {
            fail("文件读取失败：" + e.getMessage(), "the file could not be read: " + e.getMessage());
        }
    }

    private void fail(String message, String messageEn) {
        failure = message;
        failureEn = messageEn;
        List<ImportError> error = List.of(ImportError.ofFile(message, messageEn));
        counts.errors++;
        inTransaction(() -> {
            files.recordErrors(job.id(), error);
            return null;
        }, true);
    }

    private void accept(ParsedRow row) {
        pending.add(row);
        if (pending.size() >= settings.batchSize()) {
            flush();
        }
    }

    private void flush() {
        if (pending.isEmpty()) {
            return;
        }
        List<ParsedRow> rows = List.copyOf(pending);
        pending.clear();
        List<ImportError> errors = new ArrayList<>();
        Map<Long, ParsedRow> byPosition = new LinkedHashMap<>();
        List<BulkEntry> entries = new ArrayList<>();
        for (ParsedRow row : rows) {
            if (row.isSheetRefusal()) {
                errors.addAll(row.errors());
                continue;
            }
            counts.read++;
            if (!row.errors().isEmpty()) {
                counts.rejected++;
                errors.addAll(row.errors());
                continue;
            }
            byPosition.put(++position, row);
        }
        List<BulkOutcome> outcomes = inTransaction(() -> {
            for (Map.Entry<Long, ParsedRow> item : byPosition.entrySet()) {
                ParsedRow row = item.getValue();
                Optional<AgencyRef> agency = agencyOf(row.agencyCode());
                if (agency.isEmpty()) {
                    counts.rejected++;
                    errors.add(new ImportError(row.sheet(), row.rowNumber(), row.headerOf(LedgerColumn.AGENCY_CODE),
                            row.trackingNumber(), "机关代码 " + row.agencyCode() + " 不存在，或不属于 " + job.agency().code()
                                    + " 及其下级机关",
                            "agency " + row.agencyCode() + " does not exist or is not " + job.agency().code()
                                    + " or below it"));
                    continue;
                }
                entries.add(new BulkEntry(item.getKey(), agency.get(), row.input()));
            }
            return writer.write(entries, job.onConflict() == ConflictPolicy.REPLACE);
        });
        for (BulkOutcome outcome : outcomes) {
            ParsedRow row = byPosition.get(outcome.position());
            switch (outcome.result()) {
                case CREATED -> counts.created++;
                case REPLACED -> counts.replaced++;
                case UNCHANGED -> counts.unchanged++;
                default -> {
                    counts.rejected++;
                    for (Violation error : outcome.errors()) {
                        String column = LedgerColumn.byField(error.field()).map(row::headerOf).orElse(error.field());
                        errors.add(new ImportError(row.sheet(), row.rowNumber(), column, row.trackingNumber(),
                                Messages.text(error.message(), Messages.CHINESE),
                                error.field() + ": " + Messages.english(error.message())));
                    }
                }
            }
        }
        counts.errors += errors.size();
        inTransaction(() -> {
            files.recordErrors(job.id(), errors);
            return null;
        }, true);
        boolean held = QuarkusTransaction.requiringNew().call(() -> jobs.progress(job.id(), owner, counts,
                clock.now().plus(settings.lease())));
        if (!held) {
            throw new LeaseLost(job.id());
        }
    }

    private Optional<AgencyRef> agencyOf(String code) {
        if (code == null || code.equals(job.agency().code())) {
            return Optional.of(job.agency());
        }
        return agencyByCode.computeIfAbsent(code, known -> {
            try {
                AgencyRef agency = agencies.require(known);
                return agency.treePath().startsWith(job.agency().treePath()) ? Optional.of(agency) : Optional.empty();
            } catch (NotFound unknown) {
                return Optional.empty();
            }
        });
    }

    /** Ends the job: its state and counts, its file deleted, one audit entry. */
    private boolean finish(boolean stored) {
        ImportStatus status;
        String reason = null;
        if (failure != null) {
            status = ImportStatus.FAILED;
            reason = failure + " / " + failureEn;
            stored = false;
        } else if (job.mode() == ImportMode.ALL_OR_NOTHING && counts.rejected > 0) {
            status = ImportStatus.FAILED;
            reason = counts.rejected + " 行无法导入，全部未保存（all-or-nothing） / " + counts.rejected
                    + " rows rejected; nothing was stored (all-or-nothing)";
        } else {
            status = ImportStatus.SUCCEEDED;
        }
        if (!jobs.finish(job.id(), owner, status, stored, counts, reason, clock.now())) {
            throw new LeaseLost(job.id());
        }
        files.delete(job.id());
        audit.recordImport("LEDGER_IMPORT", Long.toString(job.id()), job.agency().id(), job.requestedBy(),
                facts(job, status, stored, counts));
        return true;
    }

    static Map<String, Object> facts(Job job, ImportStatus status, boolean stored, ImportCounts counts) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("fileName", job.fileName());
        facts.put("mediaType", job.mediaType());
        facts.put("fileSize", job.fileSize());
        facts.put("sha256", job.sha256());
        facts.put("mode", job.mode().parameter());
        facts.put("onConflict", job.onConflict().parameter());
        facts.put("status", status.name());
        facts.put("stored", stored);
        facts.put("rowsRead", counts.read);
        facts.put("rowsCreated", stored ? counts.created : 0L);
        facts.put("rowsReplaced", stored ? counts.replaced : 0L);
        facts.put("rowsUnchanged", counts.unchanged);
        facts.put("rowsRejected", counts.rejected);
        facts.put("attempts", job.attempts());
        return facts;
    }

    private <T> T inTransaction(Supplier<T> work) {
        return inTransaction(work, false);
    }

    /** In the job's one transaction (all-or-nothing, validate) unless {@code own}; else in a short one of its own. */
    private <T> T inTransaction(Supplier<T> work, boolean own) {
        if (inOneTransaction && !own && QuarkusTransaction.isActive()) {
            return work.get();
        }
        return QuarkusTransaction.requiringNew().call(work::get);
    }
}
