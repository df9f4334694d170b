package cn.govdisclosure.report;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.govdisclosure.statistics.AppealsTable;
import cn.govdisclosure.statistics.ApplicationsTable;
import cn.govdisclosure.statistics.ReportFormat;

/** A whole report: metadata, the six sections, the section 二 table and the computed tables 三 and 四. */
@Schema(name = "Report")
public record ReportView(long id, String agencyCode, String agencyName, int year, ReportFormat format,
        ReportStatus status, String title, List<SectionView> sections,
        @Schema(description = "Section 二") ProactiveDisclosureView proactiveDisclosure,
        @Schema(description = "Section 三, computed from the ledger when read") ApplicationsTable applications,
        @Schema(description = "Section 四, computed from the appeal records when read") AppealsTable appeals,
        Instant createdAt, Instant updatedAt) {
}
