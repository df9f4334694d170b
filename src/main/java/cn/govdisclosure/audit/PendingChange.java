package cn.govdisclosure.audit;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * A change of one entity seen during a transaction, before it is written: the state before and after (values as
 * the trail records them) and, for an update, the properties that changed.
 */
record PendingChange(String type, String entityId, String rootType, String rootId, Long agencyId, AuditAction action,
        Map<String, Object> before, Map<String, Object> after, Set<String> changed, String actor, Instant at) {

    String key() {
        return type + "\u0000" + entityId;
    }
}
