package cn.govdisclosure.ledger;

/** What can happen to an application after receipt; each event is one entry of its timeline. */
public enum EventType {
    /** The office asked once for corrections (补正), with a deadline for the applicant; the clock stops. */
    CORRECTION_REQUESTED,
    /** The corrected application arrived: the reply period starts again from this day. */
    CORRECTION_RECEIVED,
    /** The reply period was extended once, by at most 20 working days, with the office head's approval. */
    EXTENDED,
    /** A third party or another agency was consulted; the days until its answer are not counted. */
    CONSULTATION_STARTED,
    /** The consulted party answered (or its time ran out). */
    CONSULTATION_ENDED,
    /** A processing fee was notified, with a payment deadline; the days until payment are not counted. */
    FEE_NOTICE_SENT,
    /** The fee was paid. */
    FEE_PAID,
    /** The applicant withdrew the application: it is concluded under 其他 (outcome OTHER). */
    WITHDRAWN,
    /** The final reply was given: the application is concluded with an outcome. */
    CONCLUDED
}
