package cn.govdisclosure.report;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.govdisclosure.checks.Finding;
import cn.govdisclosure.format.ReportFormat;

/** The findings of the consistency rules over a report as it stands. */
@Schema(name = "ReportChecks")
public record ChecksView(long reportId, int year, ReportFormat format, ReportStatus status, int revision,
        @Schema(description = "Error-level findings: while any remain the report cannot be submitted") long errors,
        long warnings,
        @Schema(description = "Findings acknowledged when the report was recorded as published elsewhere")
        long acknowledged,
        @Schema(description = "The rules evaluated, in order") List<String> rules,
        List<Finding> findings) {
}
