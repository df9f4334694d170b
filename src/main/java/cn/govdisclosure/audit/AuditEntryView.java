package cn.govdisclosure.audit;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An entry of the audit trail: who did what to which record, when, and which values changed. */
@Schema(name = "AuditEntry")
public record AuditEntryView(long id, Instant occurredAt,
        @Schema(description = "The caller's name from the token; 'system' for work outside a request") String actor,
        AuditAction action,
        @Schema(examples = "APPLICATION") String entityType,
        @Schema(description = "The record's identifier as the API uses it (tracking number, report id…), prefixed by "
                + "its parent's for a part (report id/section number)", examples = "LJ-2020-001") String entityId,
        @Schema(description = "For a part of a record (a report section, a timeline event): the record's type")
        String rootType,
        String rootId,
        String agencyCode,
        List<FieldChange> changes) {
}
