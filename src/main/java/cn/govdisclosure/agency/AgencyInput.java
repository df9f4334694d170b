package cn.govdisclosure.agency;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new agency. */
@Schema(name = "AgencyInput")
public record AgencyInput(
        @NotBlank(message = "{field.required}")
        @Pattern(regexp = AgencyInput.CODE_PATTERN, message = "{field.identifier.agency-code}")
        @Schema(examples = "350504", description = "Unique code: an administrative division code or a unit code")
        String code,
        @NotBlank(message = "{field.required}") @Size(max = 200, message = "{field.too-long}")
        @Schema(examples = "洛江区人民政府") String name,
        @NotNull(message = "{field.required}") AgencyKind kind,
        @Schema(description = "Code of an existing parent agency") String parentCode) {

    static final String CODE_PATTERN = "^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$";
}
