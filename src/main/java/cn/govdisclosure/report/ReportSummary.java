package cn.govdisclosure.report;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.govdisclosure.format.ReportFormat;

/** A report in a list. */
@Schema(name = "ReportSummary")
public record ReportSummary(long id, String agencyCode, String agencyName, int year, ReportFormat format,
        ReportStatus status, String title, Instant createdAt, Instant updatedAt,
        @Schema(description = "The current revision") int revision,
        @Schema(description = "When the latest published revision was published; null if never") LocalDate publishedDate) {
}
