package cn.govdisclosure.ledger;

/** The result columns of table 四; PENDING while a case is not concluded. */
public enum AppealResult {
    UPHELD, CORRECTED, OTHER, PENDING
}
