package cn.govdisclosure.report;

import java.util.Map;

import jakarta.validation.constraints.NotNull;

import com.fasterxml.jackson.databind.JsonNode;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The whole section 二 table of a report, as row code → column code → value. It replaces every cell;
 * a cell left out, null, blank, "/", "-" or "—" is missing. Money may be sent as a number or a decimal string.
 */
@Schema(name = "ProactiveDisclosureInput")
public record ProactiveDisclosureInput(
        @NotNull(message = "{field.required}")
        @Schema(description = "Row code → column code → value (integer for counts, decimal string or number for money; "
                        + "null, \"\", \"/\", \"-\", \"—\" or left out for a missing cell)",
                examples = "{\"RULES\": {\"NEWLY_MADE\": 0, \"NEWLY_PUBLISHED\": 0, \"TOTAL_PUBLISHED\": 0}, "
                + "\"CENTRALIZED_PROCUREMENT\": {\"PROCUREMENT_ITEMS\": 1166, \"PROCUREMENT_AMOUNT\": \"101647022.75\"}}")
        Map<String, Map<String, JsonNode>> values) {
}
