package cn.govdisclosure.checks;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One result of a consistency rule: which rule, how serious, where (section, row code, column code, and the
 * same as one {@code place} string), the expected and the actual value, a message in Chinese and English, and —
 * for a report recorded as published with it — the reason it was acknowledged.
 */
@Schema(name = "Finding")
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Finding(
        @Schema(examples = "T3-TOTAL") String rule,
        Severity severity,
        @Schema(description = "Section number 1–6 of the report") int section,
        @Schema(description = "Row code (table 三 row, table 四 group, section 二 row); null for a whole column or text")
        String row,
        @Schema(description = "Column code; null when the finding concerns a whole row or text") String column,
        @Schema(description = "The value the rule expects, as a decimal string; null when not a number")
        String expected,
        @Schema(description = "The value found, as a decimal string; null when the cell is missing")
        String actual,
        String messageZh,
        String messageEn,
        @Schema(description = "Section, row and column in one string, as an acknowledgement names the finding",
                examples = "3/TOTAL_CONCLUDED/OTHER_ORGANIZATION")
        String place,
        @Schema(description = "Why the finding was accepted when the report was recorded as published elsewhere; "
                + "null when it was not acknowledged")
        String acknowledgement) {

    public Finding(String rule, Severity severity, int section, String row, String column, String expected,
            String actual, String messageZh, String messageEn) {
        this(rule, severity, section, row, column, expected, actual, messageZh, messageEn, placeOf(section, row, column),
                null);
    }

    /** The place of a finding: {@code 3}, {@code 3/GRANTED} or {@code 3/GRANTED/TOTAL}. */
    public static String placeOf(int section, String row, String column) {
        StringBuilder place = new StringBuilder(Integer.toString(section));
        if (row != null) {
            place.append('/').append(row);
        }
        if (column != null) {
            place.append('/').append(column);
        }
        return place.toString();
    }

    /** This finding, accepted for the given reason. */
    public Finding acknowledged(String reason) {
        return new Finding(rule, severity, section, row, column, expected, actual, messageZh, messageEn, place, reason);
    }
}
