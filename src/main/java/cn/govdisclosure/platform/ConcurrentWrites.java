package cn.govdisclosure.platform;

import java.util.function.Supplier;

import jakarta.persistence.OptimisticLockException;

import org.hibernate.PessimisticLockException;
import org.hibernate.StaleStateException;
import org.hibernate.exception.LockAcquisitionException;

/**
 * Runs a write that carries no {@code If-Match} in its own transaction, again when it loses an
 * optimistic-locking race (or a lock wait or deadlock) to a concurrent write of the same record (it then reads the winner's state and
 * applies its own rules to it), at most {@link #ATTEMPTS} times; a write that still loses is a 409 conflict —
 * never a 412, since the caller stated no precondition.
 */
public final class ConcurrentWrites {

    static final int ATTEMPTS = 3;

    private ConcurrentWrites() {
    }

    public static <T> T retry(Supplier<T> write) {
        for (int attempt = 1; ; attempt++) {
            try {
                return write.get();
            } catch (RuntimeException e) {
                if (!lostRace(e)) {
                    throw e;
                }
                if (attempt == ATTEMPTS) {
                    throw conflict();
                }
            }
        }
    }

    static Conflict conflict() {
        return new Conflict(Message.of("detail.changed-concurrently"));
    }

    private static boolean lostRace(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException
                    || cause instanceof LockAcquisitionException || cause instanceof PessimisticLockException) {
                return true;
            }
        }
        return false;
    }
}
