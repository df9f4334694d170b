package cn.govdisclosure.platform;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.exception.ConstraintViolationException;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Lets a scheduled task run on exactly one replica although every replica's scheduler fires it. Each firing has a
 * slot (for a daily task, the day); the first replica to insert the row (task, slot) into {@code scheduled_run}
 * runs the task, every other one finds the primary key taken and skips. The claim is committed before the task
 * starts, so a replica that dies during the task leaves the slot spent: the next slot's run catches up, which is
 * why only idempotent catch-up work (such as the personal-data retention) should be scheduled this way. The rows
 * stay as the history of the runs (one a day per task).
 *
 * <p>The ledger import's lease is a different tool: it belongs to an import job row, is renewed batch by batch
 * while the job runs, and is taken over when a replica dies; a daily task needs neither renewal nor takeover.
 */
@ApplicationScoped
public class ScheduledRuns {

    private static final String CLAIM = "INSERT INTO scheduled_run (task_name, slot, claimed_by, claimed_at) "
            + "VALUES (?1, ?2, ?3, ?4)";

    private final EntityManager em;
    private final ServiceClock clock;
    private final String replica = replicaName();

    ScheduledRuns(EntityManager em, ServiceClock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** True for the one replica that claims this slot of the task first; false for every other claim of it. */
    public boolean claim(String task, String slot) {
        try {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(CLAIM).setParameter(1, task)
                    .setParameter(2, slot).setParameter(3, replica)
                    .setParameter(4, LocalDateTime.ofInstant(clock.now(), ZoneOffset.UTC)).executeUpdate());
            return true;
        } catch (RuntimeException e) {
            if (causedByConstraintViolation(e)) {
                return false;
            }
            throw e;
        }
    }

    /** The name this replica claims slots under: host name and a random suffix (two processes on one host). */
    public String replica() {
        return replica;
    }

    private static boolean causedByConstraintViolation(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException) {
                return true;
            }
        }
        return false;
    }

    private static String replicaName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        String name = host + "/" + UUID.randomUUID().toString().substring(0, 8);
        return name.length() > 100 ? name.substring(name.length() - 100) : name;
    }
}
