package cn.govdisclosure.report;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.govdisclosure.agency.Scope;


/** A new report: its year (the format follows from it) and whose records its tables count. */
@Schema(name = "ReportInput")
public record ReportInput(
        @NotNull(message = "{field.required}") @Schema(examples = "2020") Integer year,
        @Schema(description = "AGENCY (default): tables 三 and 四 count the agency's own records; SUBTREE: an aggregate "
                + "report counting the agency and every agency below it (checked by ROLLUP)")
        Scope scope) {

    Scope scopeOrDefault() {
        return scope == null ? Scope.AGENCY : scope;
    }
}
