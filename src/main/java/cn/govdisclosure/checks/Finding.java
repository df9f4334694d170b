package cn.govdisclosure.checks;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One result of a consistency rule: which rule, how serious, where (section, row code, column code), the
 * expected and the actual value, and a message in Chinese and English.
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
        String messageEn) {
}
