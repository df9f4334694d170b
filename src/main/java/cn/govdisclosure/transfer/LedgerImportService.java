package cn.govdisclosure.transfer;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.narayana.jta.QuarkusTransaction;

import cn.govdisclosure.agency.AgencyRef;
import cn.govdisclosure.agency.AgencyService;
import cn.govdisclosure.platform.InvalidInput;
import cn.govdisclosure.platform.Message;
import cn.govdisclosure.platform.NotFound;
import cn.govdisclosure.platform.ServiceClock;

/** Accepts uploads as import jobs and shows them; the {@link LedgerImportWorker} runs them. */
@ApplicationScoped
public class LedgerImportService {

    static final int LISTED_ERRORS = 1000;

    private final LedgerImportRepository jobs;
    private final ImportFiles files;
    private final AgencyService agencies;
    private final ServiceClock clock;

    LedgerImportService(LedgerImportRepository jobs, ImportFiles files, AgencyService agencies, ServiceClock clock) {
        this.jobs = jobs;
        this.files = files;
        this.agencies = agencies;
        this.clock = clock;
    }

    /** The upload is larger than the limit (the resource answers 413). */
    static final class TooLarge extends RuntimeException {
        TooLarge() {
            super("the upload is larger than the limit", null, false, false);
        }
    }

    /** An upload received into a temporary file (not yet a job): its size and SHA-256. */
    record Received(Path file, long size, String sha256) {
    }

    /** Streams the request body to a temporary file; more than {@code maxBytes} is {@link TooLarge} and leaves nothing. */
    Received receive(InputStream body, long maxBytes) throws IOException {
        Path file = Files.createTempFile(ImportFiles.TEMP_PREFIX + "upload-", ".upload");
        try {
            MessageDigest sha;
            try {
                sha = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
            long size = 0;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(file), sha)) {
                byte[] buffer = new byte[64 * 1024];
                int read;
                while ((read = body.read(buffer)) > 0) {
                    size += read;
                    if (size > maxBytes) {
                        throw new TooLarge();
                    }
                    out.write(buffer, 0, read);
                }
            }
            if (size == 0) {
                throw new InvalidInput("body", "required", "field.empty-file");
            }
            return new Received(file, size, HexFormat.of().formatHex(sha.digest()));
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }

    /** Stores the upload as a QUEUED job with its file; the upload's temporary file can go afterwards. */
    @Transactional
    public LedgerImportView create(AgencyRef agency, String requestedBy, String fileName, String mediaType,
            String charset, ImportMode mode, ConflictPolicy onConflict, ImportMapping mapping, Received upload) {
        LedgerImport job = new LedgerImport();
        job.agencyId = agency.id();
        job.requestedBy = requestedBy;
        job.fileName = fileName;
        job.mediaType = mediaType;
        job.charset = charset;
        job.fileSize = upload.size();
        job.sha256 = upload.sha256();
        job.mode = mode;
        job.onConflict = onConflict;
        job.mapping = mapping == ImportMapping.NONE ? null : mapping.toJson();
        job.status = ImportStatus.QUEUED;
        job.createdAt = clock.now();
        jobs.persistAndFlush(job);
        files.store(job.id, upload.file());
        return view(job, agency, List.of());
    }

    /** The agency of a job, for the access check before it is shown. */
    public AgencyRef agencyOf(long id) {
        return agencies.byId(load(id).agencyId);
    }

    public LedgerImportView get(long id) {
        LedgerImport job = load(id);
        return view(job, agencies.byId(job.agencyId), errors(id, 0, LISTED_ERRORS));
    }

    /** Every error of the job as CSV (UTF-8 with BOM), read page by page. */
    public void writeErrors(long id, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write('\uFEFF');
        line(writer, "工作表 sheet", "行号 row", "列 column", "申请编号 trackingNumber", "错误", "error");
        long after = 0;
        while (true) {
            long from = after;
            List<Object[]> page = QuarkusTransaction.requiringNew().call(() -> errorRows(id, from, 1000));
            for (Object[] row : page) {
                line(writer, (String) row[1], row[2] == null ? null : row[2].toString(), (String) row[3],
                        (String) row[4], (String) row[5], (String) row[6]);
                after = ((Number) row[0]).longValue();
            }
            if (page.size() < 1000) {
                break;
            }
        }
        writer.flush();
    }

    private static void line(Writer writer, String... cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                writer.write(',');
            }
            writer.write(Csv.field(cells[i]));
        }
        writer.write("\r\n");
    }

    private LedgerImport load(long id) {
        LedgerImport job = jobs.findById(id);
        if (job == null) {
            throw new NotFound(Message.of("detail.no-ledger-import", id));
        }
        return job;
    }

    private List<LedgerImportView.Problem> errors(long id, long after, int max) {
        return errorRows(id, after, max).stream().map(row -> new LedgerImportView.Problem((String) row[1],
                row[2] == null ? null : ((Number) row[2]).longValue(), (String) row[3], (String) row[4],
                (String) row[5], (String) row[6])).toList();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> errorRows(long id, long after, int max) {
        return jobs.getEntityManager().createNativeQuery("SELECT id, sheet, source_row, column_name, tracking_number, "
                        + "message_zh, message_en FROM ledger_import_error WHERE import_id = ?1 AND id > ?2 ORDER BY id")
                .setParameter(1, id).setParameter(2, after).setMaxResults(max).getResultList();
    }

    private static LedgerImportView view(LedgerImport job, AgencyRef agency, List<LedgerImportView.Problem> errors) {
        return new LedgerImportView(job.id, agency.code(), job.fileName, job.mediaType, job.fileSize, job.sha256,
                job.mode.parameter(), job.onConflict.parameter(), job.status, job.stored, job.requestedBy, job.createdAt,
                job.startedAt, job.finishedAt, job.attempts,
                new LedgerImportView.Rows(job.rowsRead, job.rowsCreated + job.rowsReplaced, job.rowsCreated,
                        job.rowsReplaced, job.rowsUnchanged, job.rowsRejected),
                job.errorCount, job.failure, errors, "/api/v1/ledger-imports/" + job.id + "/errors");
    }
}
