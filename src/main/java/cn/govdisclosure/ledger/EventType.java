package cn.govdisclosure.ledger;

/** What can happen to an application after receipt; each event is one entry of its timeline. */
public enum EventType {
    /** The final reply was given: the application is concluded with an outcome. */
    CONCLUDED
}
