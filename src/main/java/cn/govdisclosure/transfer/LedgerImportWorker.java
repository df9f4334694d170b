package cn.govdisclosure.transfer;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

import cn.govdisclosure.agency.AgencyService;
import cn.govdisclosure.audit.AuditActor;
import cn.govdisclosure.audit.BulkAudit;
import cn.govdisclosure.ledger.LedgerBulkWriter;
import cn.govdisclosure.platform.ServiceClock;

/**
 * Runs import jobs in the background, one at a time per replica (memory stays bounded whatever the upload). Every
 * replica polls for jobs; a job is claimed with a lease that the running replica extends batch by batch. When a
 * replica dies (kill -9, OOM, node loss) its lease runs out and any replica, or the same one restarted, claims the
 * job again and runs it from the start, which converges because writes are idempotent on agency + tracking number.
 * A job interrupted {@code max-attempts} times fails. Finished jobs and their errors are deleted after the
 * retention period; their uploaded files as soon as they end.
 */
@ApplicationScoped
public class LedgerImportWorker {

    private static final Logger LOG = Logger.getLogger(LedgerImportWorker.class);

    private final LedgerImportRepository jobs;
    private final ImportFiles files;
    private final LedgerBulkWriter writer;
    private final AgencyService agencies;
    private final BulkAudit audit;
    private final ServiceClock clock;
    private final ObjectMapper json;
    private final LedgerImportRun.Settings settings;
    private final Duration pollInterval;
    private final int maxAttempts;
    private final Duration retention;
    private final String owner = hostName() + "/" + UUID.randomUUID().toString().substring(0, 8);
    private final AtomicBoolean polling = new AtomicBoolean();
    private ScheduledExecutorService executor;
    private Instant nextCleanup = Instant.EPOCH;

    LedgerImportWorker(LedgerImportRepository jobs, ImportFiles files, LedgerBulkWriter writer, AgencyService agencies,
            BulkAudit audit, ServiceClock clock, ObjectMapper json,
            @ConfigProperty(name = "disclosure.ledger-import.batch-size", defaultValue = "1000") int batchSize,
            @ConfigProperty(name = "disclosure.ledger-import.lease", defaultValue = "30S") Duration lease,
            @ConfigProperty(name = "disclosure.ledger-import.transaction-timeout", defaultValue = "1H") Duration timeout,
            @ConfigProperty(name = "disclosure.ledger-import.poll-interval", defaultValue = "2S") Duration pollInterval,
            @ConfigProperty(name = "disclosure.ledger-import.max-attempts", defaultValue = "3") int maxAttempts,
            @ConfigProperty(name = "disclosure.ledger-import.retention", defaultValue = "P30D") Duration retention) {
        this.jobs = jobs;
        this.files = files;
        this.writer = writer;
        this.agencies = agencies;
        this.audit = audit;
        this.clock = clock;
        this.json = json;
        this.settings = new LedgerImportRun.Settings(batchSize, lease, (int) timeout.toSeconds());
        this.pollInterval = pollInterval;
        this.maxAttempts = maxAttempts;
        this.retention = retention;
    }

    void start(@Observes StartupEvent started) {
        deleteStaleCopies();
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "ledger-import");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::poll, pollInterval.toMillis(), pollInterval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (executor != null) {
            executor.shutdown();
        }
    }

    /** Looks for work now (after an upload) instead of at the next poll. */
    public void nudge() {
        if (executor != null && !executor.isShutdown()) {
            executor.execute(this::poll);
        }
    }

    private void poll() {
        if (!polling.compareAndSet(false, true)) {
            return;
        }
        try {
            cleanUp();
            while (true) {
                List<Long> candidates = QuarkusTransaction.requiringNew()
                        .call(() -> jobs.claimable(clock.now(), 10));
                Long claimed = null;
                for (Long id : candidates) {
                    Instant now = clock.now();
                    if (QuarkusTransaction.requiringNew().call(() -> jobs.claim(id, owner, now,
                            now.plus(settings.lease())))) {
                        claimed = id;
                        break;
                    }
                }
                if (claimed == null) {
                    return;
                }
                run(claimed);
            }
        } catch (RuntimeException e) {
            LOG.errorf(e, "Polling for ledger imports failed; trying again in %s", pollInterval);
        } finally {
            polling.set(false);
        }
    }

    private void run(long id) {
        LedgerImportRun.Job job = QuarkusTransaction.requiringNew().call(() -> {
            LedgerImport entity = jobs.findById(id);
            return new LedgerImportRun.Job(entity.id, agencies.byId(entity.agencyId), entity.requestedBy,
                    entity.fileName, entity.mediaType, entity.charset, entity.fileSize, entity.sha256, entity.mode,
                    entity.onConflict, entity.mapping == null ? ImportMapping.NONE : ImportMapping.parse(entity.mapping),
                    entity.attempts);
        });
        LedgerImportRun run = new LedgerImportRun(job, owner, settings, jobs, files, writer, agencies, audit, clock,
                json);
        if (job.attempts() > maxAttempts) {
            failCleanly(job, "导入已中断 " + maxAttempts + " 次（进程终止），不再重试；请重新上传 / the import was interrupted "
                    + maxAttempts + " times (its process ended) and is not tried again; upload the file again");
            return;
        }
        LOG.infof("Ledger import %d (%s, %d bytes) started by %s, attempt %d", id, job.fileName(), job.fileSize(), owner,
                job.attempts());
        Path copy = null;
        try {
            QuarkusTransaction.requiringNew().run(() -> files.deleteErrors(id));
            copy = QuarkusTransaction.requiringNew().call(() -> files.copyToTemp(id));
            Path file = copy;
            AuditActor.as(job.requestedBy(), () -> {
                run.execute(file);
                return null;
            });
            LOG.infof("Ledger import %d finished", id);
        } catch (LedgerImportRun.LeaseLost lost) {
            LOG.warnf("Ledger import %d: %s; another replica runs it now", id, lost.getMessage());
        } catch (RuntimeException | Error e) {
            LOG.errorf(e, "Ledger import %d failed", id);
            failCleanly(job, "导入因内部错误失败，未完成的部分已撤销；可重新上传同一文件 / the import failed on an internal error "
                    + "and its unfinished part was rolled back; the same file can be uploaded again");
        } finally {
            if (copy != null) {
                try {
                    Files.deleteIfExists(copy);
                } catch (IOException e) {
                    LOG.warnf("The working copy %s could not be deleted", copy);
                }
            }
        }
    }

    private void failCleanly(LedgerImportRun.Job job, String reason) {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                ImportCounts none = new ImportCounts();
                if (jobs.finish(job.id(), owner, ImportStatus.FAILED, false, none, reason, clock.now())) {
                    files.delete(job.id());
                    files.recordErrors(job.id(), List.of(ImportError.ofFile(reason, reason)));
                    audit.recordImport("LEDGER_IMPORT", Long.toString(job.id()), job.agency().id(), job.requestedBy(),
                            LedgerImportRun.facts(job, ImportStatus.FAILED, false, none));
                }
            });
        } catch (RuntimeException e) {
            LOG.errorf(e, "Ledger import %d could not be marked failed; its lease will run out", job.id());
        }
    }

    /** Deletes finished jobs past the retention period (hourly), with their errors. */
    private void cleanUp() {
        Instant now = clock.now();
        if (now.isBefore(nextCleanup)) {
            return;
        }
        nextCleanup = now.plus(Duration.ofHours(1));
        QuarkusTransaction.requiringNew().run(() -> jobs.finishedBefore(now.minus(retention)).forEach(id -> {
            files.deleteErrors(id);
            files.delete(id);
            jobs.deleteById(id);
        }));
    }

    /** Working copies left by a process that died (the job itself is resumed from the database). */
    private static void deleteStaleCopies() {
        Path temp = Path.of(System.getProperty("java.io.tmpdir"));
        Instant limit = Instant.now().minus(Duration.ofHours(1));
        try (DirectoryStream<Path> stale = Files.newDirectoryStream(temp, ImportFiles.TEMP_PREFIX + "*")) {
            for (Path copy : stale) {
                if (Files.getLastModifiedTime(copy).toInstant().isBefore(limit)) {
                    Files.deleteIfExists(copy);
                }
            }
        } catch (IOException e) {
            LOG.warnf("Stale import copies in %s could not be listed: %s", temp, e.getMessage());
        }
    }

    private static String hostName() {
        String host = System.getenv("HOSTNAME");
        return host == null || host.isBlank() ? "local" : host;
    }
}
