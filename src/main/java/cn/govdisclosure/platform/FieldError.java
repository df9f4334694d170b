package cn.govdisclosure.platform;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One rejected field of a request: its JSON path (or parameter name), a stable code, and what is wrong with it. */
@Schema(name = "FieldError")
public record FieldError(
        @Schema(description = "JSON path of the field (or the parameter's name)", examples = "applicant.name")
        String field,
        @Schema(description = "Stable machine-readable code of the problem (README, \"Error messages and codes\")",
                enumeration = {"required", "too-long", "too-many", "invalid-format", "invalid-characters",
                        "wrong-type", "unknown-field", "unknown-parameter", "unknown-value", "out-of-range", "date-in-future",
                        "date-order", "duplicate", "conflict", "invalid"}, examples = "required")
        String code,
        @Schema(description = "What is wrong, in the language of Accept-Language") String message) {
}
