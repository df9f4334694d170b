package cn.govdisclosure.checks;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Objects;

/** Small helpers the rules share: exact sums over possibly missing cells, and printing values. */
final class Figures {

    private Figures() {
    }

    /** The sum, or {@code null} when any value is missing: a sum over a missing cell is not known. */
    static BigDecimal sum(Collection<BigDecimal> values) {
        if (values.stream().anyMatch(Objects::isNull)) {
            return null;
        }
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static BigDecimal add(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? null : a.add(b);
    }

    static boolean differ(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) != 0;
    }

    /** A value as the findings show it: a plain decimal string without trailing zeros, or {@code null}. */
    static String text(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    static String show(BigDecimal value) {
        return value == null ? "空" : text(value);
    }

    static String showEn(BigDecimal value) {
        return value == null ? "missing" : text(value);
    }
}
