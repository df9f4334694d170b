package cn.govdisclosure.platform;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem document; {@code errors} lists field-level messages of a rejected request. */
@Schema(name = "Problem", description = "RFC 9457 problem details")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ApiProblem(
        @Schema(description = "URI identifying the kind of problem") String type,
        String title,
        int status,
        String detail,
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
