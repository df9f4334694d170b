package cn.govdisclosure.report;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The narrative text of a section (empty text clears it). */
@Schema(name = "SectionInput")
public record SectionInput(
        @NotNull(message = "is required") @Size(max = 100000, message = "must be at most 100000 characters")
        String text) {
}
