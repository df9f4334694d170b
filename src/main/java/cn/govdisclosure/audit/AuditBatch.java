package cn.govdisclosure.audit;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.hibernate.engine.spi.SharedSessionContractImplementor;

/**
 * The changes of one transaction. Before it commits they are netted per record — a part deleted and re-created
 * under the same key (a replaced table cell) is one update, or nothing when its values did not change — and
 * written on the transaction's own connection, so the trail commits or rolls back with the change it describes.
 */
final class AuditBatch {

    static final String INSERT = "INSERT INTO audit_entry (occurred_at, actor, action, entity_type, entity_id, "
            + "root_type, root_id, agency_id, changes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<PendingChange> changes = new ArrayList<>();

    void add(PendingChange change) {
        changes.add(change);
    }

    void write(SharedSessionContractImplementor session) {
        List<PendingChange> entries = net(changes);
        changes.clear();
        if (entries.isEmpty()) {
            return;
        }
        session.doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                // one entry (a create, a correction) goes as it is: the driver's rewriting of a batch into a
                // multi-row statement costs more than the insert
                if (entries.size() == 1) {
                    bind(insert, entries.get(0));
                    insert.executeUpdate();
                    return;
                }
                for (PendingChange entry : entries) {
                    bind(insert, entry);
                    insert.addBatch();
                }
                insert.executeBatch();
            } catch (SQLException e) {
                throw new IllegalStateException("the audit trail could not be written", e);
            }
        });
    }

    private static void bind(PreparedStatement insert, PendingChange entry) throws SQLException {
        insert.setObject(1, LocalDateTime.ofInstant(entry.at(), ZoneOffset.UTC));
        insert.setString(2, truncate(entry.actor(), 200));
        insert.setString(3, action(entry).name());
        insert.setString(4, entry.type());
        insert.setString(5, truncate(entry.entityId(), 300));
        insert.setString(6, entry.rootType());
        insert.setString(7, truncate(entry.rootId(), 300));
        if (entry.agencyId() == null) {
            insert.setNull(8, Types.BIGINT);
        } else {
            insert.setLong(8, entry.agencyId());
        }
        insert.setString(9, json(fields(entry)));
    }

    /** The changes netted per record, in the order records were first touched; updates without change dropped. */
    static List<PendingChange> net(List<PendingChange> changes) {
        Map<String, PendingChange> byRecord = new LinkedHashMap<>();
        for (PendingChange change : changes) {
            PendingChange previous = byRecord.get(change.key());
            if (previous == null) {
                byRecord.put(change.key(), change);
                continue;
            }
            PendingChange combined = combine(previous, change);
            if (combined == null) {
                byRecord.remove(change.key());
            } else {
                byRecord.put(change.key(), combined);
            }
        }
        return byRecord.values().stream()
                .filter(change -> change.action() != AuditAction.UPDATE || !change.changed().isEmpty()).toList();
    }

    private static PendingChange combine(PendingChange first, PendingChange then) {
        return switch (first.action()) {
            case CREATE -> switch (then.action()) {
                case DELETE -> null;
                default -> with(then, AuditAction.CREATE, null, then.after(), Set.of());
            };
            case DELETE -> then.action() == AuditAction.CREATE
                    ? with(then, AuditAction.UPDATE, first.before(), then.after(), differing(first.before(), then.after()))
                    : then;
            default -> switch (then.action()) {
                case DELETE -> with(then, AuditAction.DELETE, first.before(), null, Set.of());
                case CREATE -> then;
                default -> {
                    Set<String> changed = new LinkedHashSet<>(first.changed());
                    changed.addAll(then.changed());
                    yield with(then, AuditAction.UPDATE, first.before(), then.after(), changed);
                }
            };
        };
    }

    private static PendingChange with(PendingChange base, AuditAction action, Map<String, Object> before,
            Map<String, Object> after, Set<String> changed) {
        return new PendingChange(base.type(), base.entityId(), base.rootType(), base.rootId(), base.agencyId(), action,
                before, after, changed, base.actor(), base.at());
    }

    private static Set<String> differing(Map<String, Object> before, Map<String, Object> after) {
        Set<String> names = new LinkedHashSet<>(before.keySet());
        names.addAll(after.keySet());
        names.removeIf(name -> Objects.equals(before.get(name), after.get(name)));
        return names;
    }

    static AuditAction action(PendingChange change) {
        return change.action() == AuditAction.UPDATE && change.changed().contains("status") ? AuditAction.TRANSITION
                : change.action();
    }

    /** The property changes an entry lists: all values of a creation or deletion, the changed ones of an update. */
    static List<FieldChange> fields(PendingChange change) {
        List<FieldChange> fields = new ArrayList<>();
        switch (change.action()) {
            case CREATE -> change.after().forEach((name, value) -> {
                if (value != null) {
                    fields.add(new FieldChange(name, null, value));
                }
            });
            case DELETE -> change.before().forEach((name, value) -> {
                if (value != null) {
                    fields.add(new FieldChange(name, value, null));
                }
            });
            default -> change.changed().forEach(name -> fields.add(new FieldChange(name,
                    change.before() == null ? null : change.before().get(name), change.after().get(name))));
        }
        return fields;
    }

    private static String json(List<FieldChange> fields) {
        try {
            return JSON.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit values could not be written as JSON", e);
        }
    }

    private static String truncate(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }
}
