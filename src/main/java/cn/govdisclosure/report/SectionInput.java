package cn.govdisclosure.report;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The narrative text of a section (empty text clears it). */
@Schema(name = "SectionInput")
public record SectionInput(
        @NotNull(message = "{field.required}") @Size(max = 100000, message = "{field.too-long}")
        String text) {
}
