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

    /**
     * The name of what is wrong with the value for this kind of cell ({@code too-large}, {@code count},
     * {@code signed-count}, {@code yuan}, {@code ten-thousand-yuan}), or {@code null} when it fits.
     */
    public String problemWith(BigDecimal value) {
        if (value.abs().compareTo(LIMIT) >= 0) {
            return "too-large";
        }
        return switch (this) {
            case COUNT -> isWhole(value) && value.signum() >= 0 ? null : "count";
            case SIGNED_COUNT -> isWhole(value) ? null : "signed-count";
            case YUAN -> value.signum() >= 0 && value.stripTrailingZeros().scale() <= 2 ? null : "yuan";
            case TEN_THOUSAND_YUAN -> value.signum() >= 0 && value.stripTrailingZeros().scale() <= 6 ? null
                    : "ten-thousand-yuan";
        };
    }

    /** What the cell holds, in Chinese, for code lists. */
    public String zh() {
        return switch (this) {
            case COUNT -> "数量";
            case SIGNED_COUNT -> "增减数量";
            case YUAN -> "金额（元）";
            case TEN_THOUSAND_YUAN -> "金额（万元）";
        };
    }

    /** What the cell holds, in English, for code lists. */
    public String en() {
        return switch (this) {
            case COUNT -> "Count";
            case SIGNED_COUNT -> "Change (may be negative)";
            case YUAN -> "Amount (yuan)";
            case TEN_THOUSAND_YUAN -> "Amount (ten thousand yuan)";
        };
    }

    public boolean isMoney() {
        return this == YUAN || this == TEN_THOUSAND_YUAN;
    }

    private static boolean isWhole(BigDecimal value) {
        return value.stripTrailingZeros().scale() <= 0;
    }
}
