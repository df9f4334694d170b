package cn.govdisclosure.ledger;

/** Whether the final reply has been given. */
public enum ApplicationStatus {
    OPEN, CONCLUDED
}
