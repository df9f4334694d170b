package cn.govdisclosure.agency;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The editable fields of an agency; its code is its identity and never changes. */
@Schema(name = "AgencyUpdate")
public record AgencyUpdate(
        @NotBlank(message = "{field.required}") @Size(max = 200, message = "{field.too-long}") String name,
        @NotNull(message = "{field.required}") AgencyKind kind,
        @Schema(description = "Code of an existing parent agency; absent makes the agency a root") String parentCode) {
}
