package cn.govdisclosure.audit;

/** What happened to a record. A TRANSITION is an update that changed its workflow status. */
public enum AuditAction {
    CREATE, UPDATE, TRANSITION, DELETE
}
