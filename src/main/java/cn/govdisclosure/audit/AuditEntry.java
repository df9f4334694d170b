package cn.govdisclosure.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import cn.govdisclosure.platform.NoAuditTrail;

/** One entry of the audit trail, as read back (entries are written by {@link AuditBatch}, never changed). */
@Entity
@NoAuditTrail("the audit trail itself")
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    Long id;

    @Column(name = "occurred_at", nullable = false)
    Instant occurredAt;

    @Column(name = "actor", nullable = false, length = 200)
    String actor;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, length = 20)
    AuditAction action;

    @Column(name = "entity_type", nullable = false, length = 60)
    String entityType;

    @Column(name = "entity_id", nullable = false, length = 300)
    String entityId;

    @Column(name = "root_type", length = 60)
    String rootType;

    @Column(name = "root_id", length = 300)
    String rootId;

    @Column(name = "agency_id")
    Long agencyId;

    @Lob
    @Column(name = "changes", nullable = false)
    String changes;
}
