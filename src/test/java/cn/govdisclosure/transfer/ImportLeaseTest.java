package cn.govdisclosure.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import cn.govdisclosure.TestData;
import cn.govdisclosure.agency.AgencyService;

/**
 * Exactly one replica holds a running import: a claim succeeds only on a queued job or on one whose lease ran out,
 * and a replica that lost its lease can neither renew it, publish progress nor end the job.
 */
@QuarkusTest
class ImportLeaseTest {

    @Inject
    LedgerImportRepository jobs;

    @Inject
    AgencyService agencies;

    @Test
    void oneOwnerAtATimeAndATakeoverOnlyAfterTheLeaseRanOut() {
        long agency = agencies.require(TestData.agency()).id();
        Instant t0 = Instant.parse("2030-01-01T00:00:00Z");
        // a job held by a replica that will die, far in the future so that the running service leaves it alone
        long id = QuarkusTransaction.requiringNew().call(() -> {
            LedgerImport job = new LedgerImport();
            job.agencyId = agency;
            job.requestedBy = "test";
            job.fileName = "f.csv";
            job.mediaType = "text/csv";
            job.fileSize = 1;
            job.sha256 = "0".repeat(64);
            job.mode = ImportMode.VALID_ROWS;
            job.onConflict = ConflictPolicy.REPORT;
            job.status = ImportStatus.RUNNING;
            job.leaseOwner = "dead";
            job.leaseUntil = t0.plus(Duration.ofSeconds(30));
            job.attempts = 1;
            job.createdAt = t0;
            jobs.persist(job);
            return job.id;
        });
        Instant stillLeased = t0.plusSeconds(10);
        Instant expired = t0.plusSeconds(31);
        ImportCounts counts = new ImportCounts();
        counts.read = 5;

        assertFalse(claim(id, "a", stillLeased), "claimed while another replica's lease runs");
        assertTrue(claim(id, "a", expired), "a takeover after the lease ran out");
        assertFalse(claim(id, "b", expired), "a second replica in the same instant");
        assertFalse(QuarkusTransaction.requiringNew().call(() -> jobs.extend(id, "dead", expired.plusSeconds(30))));
        assertFalse(QuarkusTransaction.requiringNew().call(() -> jobs.progress(id, "dead", counts, expired)));
        assertFalse(QuarkusTransaction.requiringNew().call(() -> jobs.finish(id, "b", ImportStatus.SUCCEEDED, true,
                counts, null, expired)));
        assertTrue(QuarkusTransaction.requiringNew().call(() -> jobs.progress(id, "a", counts, expired.plusSeconds(30))));
        assertTrue(QuarkusTransaction.requiringNew().call(() -> jobs.finish(id, "a", ImportStatus.SUCCEEDED, true,
                counts, null, expired)));
        assertFalse(claim(id, "b", expired.plusSeconds(3600)), "a finished job is never claimed again");

        LedgerImport job = QuarkusTransaction.requiringNew().call(() -> jobs.findById(id));
        assertEquals(ImportStatus.SUCCEEDED, job.status);
        assertEquals(2, job.attempts);
        assertEquals(5, job.rowsRead);
        assertEquals(null, job.leaseOwner);
    }

    private boolean claim(long id, String owner, Instant now) {
        return QuarkusTransaction.requiringNew().call(() -> jobs.claim(id, owner, now, now.plusSeconds(30)));
    }
}
