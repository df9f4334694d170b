package cn.govdisclosure.ledger;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who applied. Personal information: it never appears in statistics or exports. */
@Schema(name = "Applicant")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Applicant(
        @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters")
        @Schema(examples = "张三") String name,
        @Size(max = 32, message = "must be at most 32 characters")
        @Pattern(regexp = "^[0-9A-Za-z-]*$", message = "may contain only letters, digits and '-'")
        @Schema(description = "Identity document or unified social credit number") String idNumber,
        @Size(max = 32, message = "must be at most 32 characters")
        @Pattern(regexp = "^[0-9+() -]*$", message = "may contain only digits, spaces and + ( ) -") String phone,
        @Size(max = 200, message = "must be at most 200 characters") @Email(message = "must be an e-mail address")
        String email,
        @Size(max = 500, message = "must be at most 500 characters") String address) {

    /**
     * What the retention run leaves in place of the name once the applicant's details are removed (identity
     * number, phone, e-mail and address are then absent).
     */
    public static final String ANONYMISED = "（已匿名）";

    /** The name with all but its first character hidden: 张三 → 张*. */
    static String mask(String name) {
        if (name == null || name.isEmpty()) {
            return name;
        }
        int first = name.offsetByCodePoints(0, 1);
        return name.substring(0, first) + "*".repeat(Math.max(1, name.codePointCount(first, name.length())));
    }
}
