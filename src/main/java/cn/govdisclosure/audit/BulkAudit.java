package cn.govdisclosure.audit;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.hibernate.Session;

import cn.govdisclosure.platform.ServiceClock;

/**
 * Records work that is not a change of one entity: a bulk job that wrote many records is one entry (who, which
 * file, how many rows) instead of one per record, and so is a retention run that anonymised many. Written in the caller's transaction, like the listener's entries.
 */
@ApplicationScoped
public class BulkAudit {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final EntityManager em;
    private final ServiceClock clock;

    BulkAudit(EntityManager em, ServiceClock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** One IMPORT entry for a job, its facts listed as fields (values must hold no personal data). */
    public void recordImport(String entityType, String entityId, Long agencyId, String actor,
            Map<String, Object> facts) {
        record(AuditAction.IMPORT, entityType, entityId, agencyId, actor, facts);
    }

    /** One ANONYMISE entry for a retention run over every agency, its facts (the count) listed as fields. */
    public void recordAnonymisation(String entityType, String entityId, String actor, Map<String, Object> facts) {
        record(AuditAction.ANONYMISE, entityType, entityId, null, actor, facts);
    }

    private void record(AuditAction action, String entityType, String entityId, Long agencyId, String actor,
            Map<String, Object> facts) {
        List<FieldChange> fields = new ArrayList<>();
        facts.forEach((name, value) -> {
            if (value != null) {
                fields.add(new FieldChange(name, null, AuditListener.scalar(value)));
            }
        });
        String changes;
        try {
            changes = JSON.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit values could not be written as JSON", e);
        }
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(AuditBatch.INSERT)) {
                insert.setObject(1, LocalDateTime.ofInstant(clock.now(), ZoneOffset.UTC));
                insert.setString(2, actor.length() > 200 ? actor.substring(0, 200) : actor);
                insert.setString(3, action.name());
                insert.setString(4, entityType);
                insert.setString(5, entityId);
                insert.setNull(6, Types.VARCHAR);
                insert.setNull(7, Types.VARCHAR);
                if (agencyId == null) {
                    insert.setNull(8, Types.BIGINT);
                } else {
                    insert.setLong(8, agencyId);
                }
                insert.setString(9, changes);
                insert.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException("the audit trail could not be written", e);
            }
        });
    }
}
