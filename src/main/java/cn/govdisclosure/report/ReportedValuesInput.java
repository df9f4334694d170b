package cn.govdisclosure.report;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.databind.JsonNode;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Every reported value of a report's tables 三 and 四; it replaces the ones held before (an empty list removes
 * them all). A cell left out of {@code cells} is not reported: the report shows the value computed from the ledger.
 * A cell given as null, blank, "/", "-" or "—" is reported as missing. A count is a whole number, 0 or more — the
 * same rule as section 二's counts: −1 is refused.
 */
@Schema(name = "ReportedValuesInput")
public record ReportedValuesInput(
        @NotNull(message = "{field.required}") @Size(max = 100, message = "{field.too-many.rows}")
        List<@Valid @NotNull(message = "{field.not-null}") Row> values) {

    /** The reported cells of one row of one table, and the reason for them. */
    @Schema(name = "ReportedValuesRow")
    public record Row(
            @NotNull(message = "{field.required}") ReportedTable table,
            @NotBlank(message = "{field.required}") @Schema(examples = "UNAVAILABLE_NOT_HELD") String row,
            @NotNull(message = "{field.required}")
            @Schema(description = "Column code → count (a whole number, 0 or more), or null, \"\", \"/\", \"-\", "
                            + "\"—\" for a cell reported as missing. A column left out is not reported: the report "
                            + "shows the computed value there.",
                    examples = "{\"NATURAL_PERSON\": 3, \"OTHER_ORGANIZATION\": 0, \"TOTAL\": 3}")
            Map<String, JsonNode> cells,
            @NotBlank(message = "{field.required.reported-value-reason}")
            @Size(max = 500, message = "{field.too-long}") String reason) {
    }
}
