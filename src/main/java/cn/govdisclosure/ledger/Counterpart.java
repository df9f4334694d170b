package cn.govdisclosure.ledger;

/** Who is consulted: a third party whose rights are concerned (art. 32) or another agency (art. 34). */
public enum Counterpart {
    THIRD_PARTY, OTHER_AGENCY
}
