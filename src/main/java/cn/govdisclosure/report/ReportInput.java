package cn.govdisclosure.report;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new report: only its year; the format follows from it. */
@Schema(name = "ReportInput")
public record ReportInput(@NotNull(message = "is required") @Schema(examples = "2020") Integer year) {
}
