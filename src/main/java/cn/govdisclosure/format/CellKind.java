package cn.govdisclosure.format;

import java.math.BigDecimal;

/** What a section 二 cell holds, and therefore which values it accepts. */
public enum CellKind {
    /** A count: a whole number, zero or more. */
    COUNT,
    /** A change against last year (GB2019 本年增/减): a whole number that may be negative. */
    SIGNED_COUNT,
    /** An amount of money in 元: zero or more, at most two decimal places (fen). */
    YUAN,
    /** An amount of money in 万元: zero or more, at most six decimal places (exact to the fen). */
    TEN_THOUSAND_YUAN;

    private static final BigDecimal LIMIT = BigDecimal.TEN.pow(13);

    /** Why the value does not fit this kind of cell, or {@code null} when it does. */
    public String problemWith(BigDecimal value) {
        if (value.abs().compareTo(LIMIT) >= 0) {
            return "must be less than 10000000000000 in magnitude";
        }
        return switch (this) {
            case COUNT -> isWhole(value) && value.signum() >= 0 ? null : "must be a whole number, 0 or more";
            case SIGNED_COUNT -> isWhole(value) ? null : "must be a whole number (it may be negative)";
            case YUAN -> value.signum() >= 0 && value.stripTrailingZeros().scale() <= 2 ? null
                    : "must be an amount in 元, 0 or more, with at most 2 decimal places";
            case TEN_THOUSAND_YUAN -> value.signum() >= 0 && value.stripTrailingZeros().scale() <= 6 ? null
                    : "must be an amount in 万元, 0 or more, with at most 6 decimal places";
        };
    }

    public boolean isMoney() {
        return this == YUAN || this == TEN_THOUSAND_YUAN;
    }

    private static boolean isWhole(BigDecimal value) {
        return value.stripTrailingZeros().scale() <= 0;
    }
}
