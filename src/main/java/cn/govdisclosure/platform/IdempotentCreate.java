package cn.govdisclosure.platform;

import java.util.function.Supplier;

import org.hibernate.exception.ConstraintViolationException;

/**
 * Runs an idempotent create in its own transaction. When identical requests race, the losers hit the
 * unique key the winner just committed; running the create once more then finds the stored record and
 * answers as a repeat (or a 409 when the content differs), so no identical retry ever fails.
 */
public final class IdempotentCreate {

    private IdempotentCreate() {
    }

    public static <T> T run(Supplier<T> create) {
        try {
            return create.get();
        } catch (RuntimeException e) {
            if (!isDuplicateKey(e)) {
                throw e;
            }
            return create.get();
        }
    }

    private static boolean isDuplicateKey(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException) {
                return true;
            }
        }
        return false;
    }
}
