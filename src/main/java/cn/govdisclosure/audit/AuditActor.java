package cn.govdisclosure.audit;

import java.util.function.Supplier;

/**
 * The person on whose behalf background work (a bulk import running after its upload was answered) changes
 * records: the audit trail names them instead of "system".
 */
public final class AuditActor {

    private static final ThreadLocal<String> ACTING = new ThreadLocal<>();

    private AuditActor() {
    }

    public static <T> T as(String actor, Supplier<T> work) {
        String previous = ACTING.get();
        ACTING.set(actor);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                ACTING.remove();
            } else {
                ACTING.set(previous);
            }
        }
    }

    static String current() {
        return ACTING.get();
    }
}
