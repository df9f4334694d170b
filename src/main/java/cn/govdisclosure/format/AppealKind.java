package cn.govdisclosure.format;

import java.util.Arrays;
import java.util.Optional;

/** The three groups of table 四: 行政复议, and 行政诉讼 未经复议直接起诉 or 复议后起诉. */
public enum AppealKind {
    ADMINISTRATIVE_REVIEW("行政复议"),
    LITIGATION_DIRECT("未经复议直接起诉"),
    LITIGATION_AFTER_REVIEW("复议后起诉");

    /** The heading the template prints over the two kinds of litigation. */
    public static final String LITIGATION_HEADING = "行政诉讼";
    /** {@link #LITIGATION_HEADING} in English, for code lists. */
    public static final String LITIGATION_HEADING_EN = "Administrative litigation";

    private final String label;

    AppealKind(String label) {
        this.label = label;
    }

    /** The template's heading of the group: 行政复议, 未经复议直接起诉, 复议后起诉. */
    public String label() {
        return label;
    }

    /** The group's heading in English, for code lists. */
    public String en() {
        return switch (this) {
            case ADMINISTRATIVE_REVIEW -> "Administrative review";
            case LITIGATION_DIRECT -> "Lawsuit filed directly, without review";
            case LITIGATION_AFTER_REVIEW -> "Lawsuit filed after review";
        };
    }

    /** The full name of the group, as a row label or in a message: 行政复议, 行政诉讼（未经复议直接起诉）… */
    public String path() {
        return this == ADMINISTRATIVE_REVIEW ? label : LITIGATION_HEADING + "（" + label + "）";
    }

    /** Whether this kind is a lawsuit (行政诉讼). */
    public boolean isLitigation() {
        return this != ADMINISTRATIVE_REVIEW;
    }

    /** The kind whose heading or full name the printed text is, ignoring spacing and full-width forms. */
    public static Optional<AppealKind> byLabel(String printed) {
        String key = PrintedLabels.withoutNumbering(PrintedLabels.key(printed));
        return Arrays.stream(values())
                .filter(kind -> PrintedLabels.key(kind.label).equals(key) || PrintedLabels.key(kind.path()).equals(key))
                .findFirst();
    }
}
