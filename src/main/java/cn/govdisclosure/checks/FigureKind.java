package cn.govdisclosure.checks;

/** What a section 二 figure holds, and so which values are valid in it (rule TYPE). */
public enum FigureKind {
    /** A whole number, 0 or more. */
    COUNT,
    /** A whole number that may be negative (GB2019 本年增/减). */
    SIGNED_COUNT,
    /** An amount of money: a decimal, 0 or more. */
    MONEY
}
