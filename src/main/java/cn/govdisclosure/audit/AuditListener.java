package cn.govdisclosure.audit;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.proxy.HibernateProxy;
import org.hibernate.proxy.LazyInitializer;
import org.hibernate.type.Type;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;

import cn.govdisclosure.access.PersonalDataCipher;
import cn.govdisclosure.platform.Caller;
import cn.govdisclosure.platform.ServiceClock;

/**
 * Sees every insert, update and delete Hibernate makes and collects it, with the old and new values, the caller
 * and the time, into the transaction's {@link AuditBatch}, which is written just before the transaction commits.
 * No service has to remember to audit. Personal data is never recorded: its values read "[personal data]";
 * encrypted values are compared (to tell whether they changed) but never written.
 */
public class AuditListener implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener {

    private final Map<SharedSessionContractImplementor, AuditBatch> batches = Collections
            .synchronizedMap(new IdentityHashMap<>());

    @Override
    public void onPostInsert(PostInsertEvent event) {
        capture(event.getSession(), event.getPersister(), event.getId(), null, event.getState(), AuditAction.CREATE);
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        capture(event.getSession(), event.getPersister(), event.getId(), event.getOldState(), event.getState(),
                AuditAction.UPDATE);
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        capture(event.getSession(), event.getPersister(), event.getId(), event.getDeletedState(), null,
                AuditAction.DELETE);
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    private void capture(SharedSessionContractImplementor session, EntityPersister persister, Object id,
            Object[] before, Object[] after, AuditAction action) {
        AuditPolicy policy = AuditPolicy.of(persister.getMappedClass());
        if (!policy.audited()) {
            return;
        }
        AuditPolicy.Naming naming = policy.naming();
        Object[] state = after != null ? after : before;
        List<String> names = Arrays.asList(persister.getPropertyNames());
        Object parent = parentOf(persister, naming, state);
        Identity parentIdentity = parent == null ? null : identify(session, parent);
        String key = key(naming, id, names, state);
        String entityId = parentIdentity == null ? key : parentIdentity.key() + "/" + key;
        Long agencyId = agencyOf(session, naming, id, names, state, parent);
        Map<String, Object> beforeValues = before == null ? null : values(session, persister, policy, before);
        Map<String, Object> afterValues = after == null ? null : values(session, persister, policy, after);
        Set<String> changed = action == AuditAction.UPDATE ? changed(session, persister, policy, before, after)
                : Set.of();
        batchOf(session).add(new PendingChange(naming.type(), entityId,
                parentIdentity == null ? null : parentIdentity.type(), parentIdentity == null ? null : parentIdentity.key(),
                agencyId, action, beforeValues, afterValues, changed, actor(), now()));
    }

    private AuditBatch batchOf(SharedSessionContractImplementor session) {
        return batches.computeIfAbsent(session, owner -> {
            AuditBatch batch = new AuditBatch();
            TransactionCompletionCallbacks callbacks = owner.getTransactionCompletionCallbacks();
            callbacks.registerCallback((TransactionCompletionCallbacks.BeforeCompletionCallback) completing -> {
                batches.remove(owner);
                batch.write(completing);
            });
            callbacks.registerCallback(
                    (TransactionCompletionCallbacks.AfterCompletionCallback) (success, completed) -> batches.remove(owner));
            return batch;
        });
    }

    /** The recorded value of each property, in mapping order; collections and bookkeeping left out. */
    private Map<String, Object> values(SharedSessionContractImplementor session, EntityPersister persister,
            AuditPolicy policy, Object[] state) {
        String[] names = persister.getPropertyNames();
        Type[] types = persister.getPropertyTypes();
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            if (recorded(persister, policy, names[i], types[i], i)) {
                values.put(names[i], render(session, policy, names[i], types[i], state[i]));
            }
        }
        return values;
    }

    /** The properties whose values differ; encrypted personal data is compared by its plaintext, never recorded. */
    private Set<String> changed(SharedSessionContractImplementor session, EntityPersister persister,
            AuditPolicy policy, Object[] before, Object[] after) {
        String[] names = persister.getPropertyNames();
        Type[] types = persister.getPropertyTypes();
        Set<String> changed = new LinkedHashSet<>();
        for (int i = 0; i < names.length; i++) {
            if (!recorded(persister, policy, names[i], types[i], i)) {
                continue;
            }
            Object old = before == null ? null : before[i];
            boolean same;
            if (policy.treatment(names[i]) == AuditPolicy.Treatment.PERSONAL) {
                same = samePersonalData(old, after[i]);
            } else if (types[i].isEntityType()) {
                same = Objects.equals(render(session, policy, names[i], types[i], old),
                        render(session, policy, names[i], types[i], after[i]));
            } else {
                same = before != null && types[i].isEqual(old, after[i]);
            }
            if (!same) {
                changed.add(names[i]);
            }
        }
        return changed;
    }

    private static boolean recorded(EntityPersister persister, AuditPolicy policy, String name, Type type,
            int index) {
        return !type.isCollectionType() && policy.treatment(name) != AuditPolicy.Treatment.IGNORED
                && !name.equals(policy.naming().parent())
                && !(persister.isVersioned() && index == persister.getVersionPropertyIndex());
    }

    private Object render(SharedSessionContractImplementor session, AuditPolicy policy, String name, Type type,
            Object value) {
        if (value == null) {
            return null;
        }
        AuditPolicy.Treatment treatment = policy.treatment(name);
        if (treatment == AuditPolicy.Treatment.PERSONAL) {
            return AuditPolicy.PERSONAL;
        }
        if (treatment == AuditPolicy.Treatment.WITHHELD) {
            return AuditPolicy.NOT_RECORDED;
        }
        if (type.isEntityType()) {
            return identify(session, value).key();
        }
        return scalar(value);
    }

    static Object scalar(Object value) {
        if (value instanceof String || value instanceof Boolean || value instanceof Integer || value instanceof Long
                || value instanceof Short) {
            return value;
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof Temporal || value instanceof Instant) {
            return value.toString();
        }
        if (value instanceof byte[]) {
            return AuditPolicy.NOT_RECORDED;
        }
        return value.toString();
    }

    private static String key(AuditPolicy.Naming naming, Object id, List<String> names, Object[] state) {
        StringBuilder key = new StringBuilder();
        for (String property : naming.key()) {
            if (key.length() > 0) {
                key.append('/');
            }
            int index = names.indexOf(property);
            Object value = property.equals("id") || index < 0 ? id : state[index];
            key.append(value == null ? "" : scalar(value));
        }
        return key.toString();
    }

    /** The parent record, through the association the policy names; null for a record that is no part. */
    private static Object parentOf(EntityPersister persister, AuditPolicy.Naming naming, Object[] state) {
        if (naming.parent() == null) {
            return null;
        }
        String[] names = persister.getPropertyNames();
        Type[] types = persister.getPropertyTypes();
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(naming.parent()) && types[i].isEntityType()) {
                return state[i];
            }
        }
        return null;
    }

    private record Identity(String type, String key, Object entity, EntityPersister persister) {
    }

    /** The audit type and key of an associated record, without loading it when its key is its id. */
    private Identity identify(SharedSessionContractImplementor session, Object entity) {
        Object target = entity;
        if (target instanceof HibernateProxy proxy) {
            LazyInitializer lazy = proxy.getHibernateLazyInitializer();
            AuditPolicy.Naming naming = AuditPolicy.of(lazy.getPersistentClass()).naming();
            if (lazy.isUninitialized() && naming.key().equals(List.of("id"))) {
                return new Identity(naming.type(), String.valueOf(lazy.getInternalIdentifier()), null, null);
            }
            target = lazy.getImplementation();
        }
        EntityPersister persister = session.getFactory().getMappingMetamodel().getEntityDescriptor(target.getClass());
        AuditPolicy.Naming naming = AuditPolicy.of(persister.getMappedClass()).naming();
        Object id = persister.getIdentifier(target, session);
        List<String> names = Arrays.asList(persister.getPropertyNames());
        return new Identity(naming.type(), key(naming, id, names, persister.getValues(target)), target, persister);
    }

    /** The agency whose record this is: its own agencyId, its parent's, or itself for an agency. */
    private Long agencyOf(SharedSessionContractImplementor session, AuditPolicy.Naming naming, Object id,
            List<String> names, Object[] state, Object parent) {
        int index = names.indexOf("agencyId");
        if (index >= 0 && state[index] instanceof Number number) {
            return number.longValue();
        }
        if (naming.type().equals("AGENCY") && id instanceof Number number) {
            return number.longValue();
        }
        if (parent != null) {
            Identity identity = identify(session, parent);
            if (identity.entity() != null) {
                List<String> parentNames = Arrays.asList(identity.persister().getPropertyNames());
                if (parentNames.contains("agencyId")
                        && identity.persister().getPropertyValue(identity.entity(), "agencyId") instanceof Number number) {
                    return number.longValue();
                }
            }
        }
        return null;
    }

    private static boolean samePersonalData(Object before, Object after) {
        if (Objects.equals(before, after)) {
            return true;
        }
        if (!(before instanceof String old) || !(after instanceof String now)) {
            return false;
        }
        PersonalDataCipher cipher = bean(PersonalDataCipher.class);
        if (cipher == null) {
            return false;
        }
        try {
            return Objects.equals(cipher.decrypt(old), cipher.decrypt(now));
        } catch (RuntimeException notEncrypted) {
            return false;
        }
    }

    /** The caller's name; "system" for work outside a request (start-up data), since anonymous callers write nothing. */
    private static String actor() {
        String acting = AuditActor.current();
        if (acting != null) {
            return acting;
        }
        ArcContainer container = Arc.container();
        if (container != null && container.requestContext().isActive()) {
            var caller = container.instance(Caller.class);
            if (caller.isAvailable()) {
                try {
                    return caller.get().isAnonymous() ? "system" : caller.get().name();
                } catch (RuntimeException noIdentity) {
                    return "system";
                }
            }
        }
        return "system";
    }

    private static Instant now() {
        ServiceClock clock = bean(ServiceClock.class);
        return clock == null ? Instant.now() : clock.now();
    }

    private static <T> T bean(Class<T> type) {
        ArcContainer container = Arc.container();
        if (container == null) {
            return null;
        }
        var instance = container.instance(type);
        return instance.isAvailable() ? instance.get() : null;
    }
}
