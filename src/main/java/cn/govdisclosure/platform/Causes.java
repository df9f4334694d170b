package cn.govdisclosure.platform;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/** What a failure is made of, for the mappers that look for a known kind of failure inside a wrapped one. */
final class Causes {

    private Causes() {
    }

    /**
     * The failure, its causes and the exceptions suppressed along the way, each once (a cyclic chain ends), causes
     * first. A commit that loses its connection arrives as a rollback exception whose cause is only among the
     * suppressed ones (Narayana: {@code RollbackException}, suppressing the resource's {@code XAException} caused by
     * the driver's communications failure).
     */
    static List<Throwable> of(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Throwable> found = new ArrayList<>();
        Deque<Throwable> pending = new ArrayDeque<>();
        pending.add(failure);
        while (!pending.isEmpty()) {
            for (Throwable t = pending.poll(); t != null && seen.add(t); t = t.getCause()) {
                found.add(t);
                pending.addAll(List.of(t.getSuppressed()));
            }
        }
        return found;
    }
}
