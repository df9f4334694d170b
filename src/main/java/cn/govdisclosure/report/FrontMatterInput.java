package cn.govdisclosure.report;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The report's own opening and closing; a member left out or null goes back to its default. */
@Schema(name = "FrontMatterInput")
public record FrontMatterInput(
        @Size(max = 20000, message = "must be at most 20000 characters")
        @Schema(description = "The opening paragraph(s); null or blank for the standard wording") String opening,
        @Size(max = 200, message = "must be at most 200 characters")
        @Schema(description = "The issuing agency's name at the end; null or blank for the agency's name") String issuer,
        @Schema(description = "The date under the name, after the report's year; null to print the publication date")
        LocalDate issueDate) {
}
