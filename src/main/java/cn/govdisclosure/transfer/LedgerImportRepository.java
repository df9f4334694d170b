package cn.govdisclosure.transfer;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

/**
 * Import jobs. Every change of a job's state is one conditional UPDATE, so that two replicas can never both
 * believe they hold the same job: a claim succeeds only on a queued job or on a running one whose lease ran out,
 * and a running job is changed only by the holder of its lease.
 */
@ApplicationScoped
class LedgerImportRepository implements PanacheRepository<LedgerImport> {

    /** Jobs waiting, or running under an expired lease (their replica died), oldest first. */
    List<Long> claimable(Instant now, int max) {
        return getEntityManager().createQuery("select j.id from LedgerImport j where j.status = :queued "
                        + "or (j.status = :running and j.leaseUntil < :now) order by j.id", Long.class)
                .setParameter("queued", ImportStatus.QUEUED).setParameter("running", ImportStatus.RUNNING)
                .setParameter("now", now).setMaxResults(max).getResultList();
    }

    /** Takes the job for this owner until {@code until}; false when another replica holds it or it is done. */
    boolean claim(long id, String owner, Instant now, Instant until) {
        return update("status = ?1, leaseOwner = ?2, leaseUntil = ?3, attempts = attempts + 1, "
                + "startedAt = coalesce(startedAt, ?4) where id = ?5 and (status = ?6 or (status = ?1 and leaseUntil < ?4))",
                ImportStatus.RUNNING, owner, until, now, id, ImportStatus.QUEUED) == 1;
    }

    /** Extends the lease; false when it was lost (taken over after it ran out). */
    boolean extend(long id, String owner, Instant until) {
        return update("leaseUntil = ?1 where id = ?2 and leaseOwner = ?3 and status = ?4", until, id, owner,
                ImportStatus.RUNNING) == 1;
    }

    /** Publishes the counts so far and extends the lease; false when the lease was lost. */
    boolean progress(long id, String owner, ImportCounts counts, Instant until) {
        return update("rowsRead = ?1, rowsCreated = ?2, rowsReplaced = ?3, rowsUnchanged = ?4, rowsRejected = ?5, "
                + "errorCount = ?6, leaseUntil = ?7 where id = ?8 and leaseOwner = ?9 and status = ?10",
                counts.read, counts.created, counts.replaced, counts.unchanged, counts.rejected, counts.errors, until,
                id, owner, ImportStatus.RUNNING) == 1;
    }

    /** Ends the job held by this owner; false when the lease was lost. */
    boolean finish(long id, String owner, ImportStatus status, boolean stored, ImportCounts counts, String failure,
            Instant now) {
        return update("status = ?1, stored = ?2, rowsRead = ?3, rowsCreated = ?4, rowsReplaced = ?5, rowsUnchanged = ?6, "
                + "rowsRejected = ?7, errorCount = ?8, failure = ?9, finishedAt = ?10, leaseOwner = null, leaseUntil = null "
                + "where id = ?11 and leaseOwner = ?12 and status = ?13",
                status, stored, counts.read, counts.created, counts.replaced, counts.unchanged, counts.rejected,
                counts.errors, failure, now, id, owner, ImportStatus.RUNNING) == 1;
    }

    /** Finished jobs older than the retention limit. */
    List<Long> finishedBefore(Instant limit) {
        return getEntityManager().createQuery("select j.id from LedgerImport j where j.finishedAt < :limit", Long.class)
                .setParameter("limit", limit).setMaxResults(100).getResultList();
    }
}
