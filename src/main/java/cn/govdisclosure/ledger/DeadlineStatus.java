package cn.govdisclosure.ledger;

/** Where an application stands with respect to its reply deadline. */
public enum DeadlineStatus {
    /** The reply period is running. */
    OPEN,
    /** Corrections were asked for and have not arrived; the clock is stopped. */
    AWAITING_CORRECTION,
    /** A consultation is under way; its days are not counted. */
    IN_CONSULTATION,
    /** A fee was notified and not yet paid; the waiting days are not counted. */
    AWAITING_FEE,
    /** Concluded (including withdrawn). */
    CONCLUDED
}
