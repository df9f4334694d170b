package cn.govdisclosure.report;

import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One row of reported values: the cells it replaces (null for a cell reported as missing) and why. */
@Schema(name = "ReportedValues")
public record ReportedValueView(ReportedTable table, @Schema(examples = "UNAVAILABLE_NOT_HELD") String row,
        @Schema(description = "Column code to reported value; null when reported as missing") Map<String, Long> cells,
        String reason) {
}
