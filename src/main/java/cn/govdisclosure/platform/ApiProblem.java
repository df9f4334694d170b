package cn.govdisclosure.platform;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem document; {@code errors} lists field-level messages of a rejected request (at most
 * {@link InvalidInput#MAX_ERRORS}; {@code errorCount} says how many there were in all).
 */
@Schema(name = "Problem", description = "RFC 9457 problem details")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ApiProblem(
        @Schema(description = "URI identifying the kind of problem") String type,
        String title,
        int status,
        String detail,
        @Schema(description = "The rejected fields, at most the first 100") List<FieldError> errors,
        @Schema(description = "How many fields were rejected in all (also those beyond the first 100)")
        Integer errorCount) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public ApiProblem(String type, String title, int status, String detail, List<FieldError> errors) {
        this(type, title, status, detail, errors, errors.isEmpty() ? null : errors.size());
    }
}
