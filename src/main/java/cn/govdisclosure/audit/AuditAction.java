package cn.govdisclosure.audit;

/**
 * What happened to a record. A TRANSITION is an update that changed its workflow status; an IMPORT is a bulk job
 * that wrote many records at once, recorded as one entry with its file and counts; an ANONYMISE is a retention
 * run that replaced the personal data of many records, recorded as one entry with its count.
 */
public enum AuditAction {
    CREATE, UPDATE, TRANSITION, DELETE, IMPORT, ANONYMISE
}
