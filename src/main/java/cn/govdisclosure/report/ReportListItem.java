package cn.govdisclosure.report;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A report in the list of a subtree's reports: where it stands, whether it is late, what its checks found. */
@Schema(name = "SubtreeReport")
public record ReportListItem(
        long id,
        @Schema(examples = "350504") String agencyCode,
        String agencyName,
        int year,
        @Schema(description = "As it stands for the agency's readers (a published report under correction is DRAFT "
                + "again); PUBLISHED for anyone else") ReportStatus status,
        @Schema(description = "The current revision (for anyone else than the agency's readers: the revision in force)")
        int revision,
        @Schema(description = "31 January of the next year, 31 March for a government's own report; once published, "
                + "the deadline the revision in force was published against") LocalDate publicationDeadline,
        @Schema(description = "When the revision in force was published; absent if never") LocalDate publishedDate,
        @Schema(description = "Published after the deadline, or not published and the deadline has passed")
        boolean late,
        @Schema(description = "The counts of the report's check findings as of its last change; only for readers of "
                + "the agency (the checks themselves are theirs: `GET /reports/{id}/checks`)")
        FindingCounts findings) {

    /** The error- and warning-level findings of a report's checks when it was last changed. */
    @Schema(name = "FindingCounts")
    public record FindingCounts(
            @Schema(description = "Error-level findings (acknowledged ones included, as the checks count them)")
            long errors,
            long warnings,
            @Schema(description = "When they were counted: the report's last change (absent when counted for this answer)")
            Instant countedAt) {
    }
}
