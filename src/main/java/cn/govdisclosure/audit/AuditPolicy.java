package cn.govdisclosure.audit;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import cn.govdisclosure.platform.AuditTrail;
import cn.govdisclosure.platform.NoAuditTrail;

/**
 * What the audit trail records of one entity, as the entity declares it ({@link AuditTrail}, {@link NoAuditTrail}):
 * the type and identifier under which its entries are found (the identifier the API uses, prefixed by the parent's
 * for a part such as a report section), and how each property is treated. A property the entity does not declare is
 * treated as personal data, so that nothing new is ever recorded unseen.
 */
final class AuditPolicy {

    /** How the trail treats a property. */
    enum Treatment {
        /** Old and new values recorded. */
        RECORDED,
        /** Personal data: the change recorded, the values never. */
        PERSONAL,
        /** Too large to repeat: the change recorded, the values not. */
        WITHHELD,
        /** Left out. */
        IGNORED
    }

    /** How entries of an entity are named: its type, the properties of its key, and its parent association. */
    record Naming(String type, List<String> key, String parent) {
    }

    /** The value recorded instead of personal data. */
    static final String PERSONAL = "[personal data]";
    /** The value recorded instead of a property too large or too derived to repeat (a frozen document). */
    static final String NOT_RECORDED = "[not recorded]";

    private static final Map<Class<?>, AuditPolicy> POLICIES = new ConcurrentHashMap<>();

    private final boolean audited;
    private final Naming naming;
    private final Map<String, Treatment> treatments;

    private AuditPolicy(boolean audited, Naming naming, Map<String, Treatment> treatments) {
        this.audited = audited;
        this.naming = naming;
        this.treatments = treatments;
    }

    /** The policy an entity class declares; one without a declaration cannot be audited and is refused. */
    static AuditPolicy of(Class<?> entity) {
        return POLICIES.computeIfAbsent(entity, AuditPolicy::declaredBy);
    }

    boolean audited() {
        return audited;
    }

    Naming naming() {
        return naming;
    }

    Treatment treatment(String property) {
        return treatments.getOrDefault(property, Treatment.PERSONAL);
    }

    private static AuditPolicy declaredBy(Class<?> entity) {
        if (entity.isAnnotationPresent(NoAuditTrail.class)) {
            return new AuditPolicy(false, null, Map.of());
        }
        AuditTrail trail = entity.getAnnotation(AuditTrail.class);
        if (trail == null) {
            throw new IllegalStateException("The entity " + entity.getName() + " declares neither @AuditTrail nor "
                    + "@NoAuditTrail; the audit trail cannot tell what to record of it");
        }
        Map<String, Treatment> treatments = new HashMap<>();
        Arrays.stream(trail.recorded()).forEach(property -> treatments.put(property, Treatment.RECORDED));
        Arrays.stream(trail.personal()).forEach(property -> treatments.put(property, Treatment.PERSONAL));
        Arrays.stream(trail.withheld()).forEach(property -> treatments.put(property, Treatment.WITHHELD));
        Arrays.stream(trail.ignored()).forEach(property -> treatments.put(property, Treatment.IGNORED));
        String parent = trail.parent().isEmpty() ? null : trail.parent();
        return new AuditPolicy(true, new Naming(trail.type(), List.of(trail.key()), parent), Map.copyOf(treatments));
    }
}
