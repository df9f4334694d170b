package cn.govdisclosure.ledger;

/** The three groups of table 四. */
public enum AppealKind {
    ADMINISTRATIVE_REVIEW, LITIGATION_DIRECT, LITIGATION_AFTER_REVIEW
}
