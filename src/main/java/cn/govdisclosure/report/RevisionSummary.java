package cn.govdisclosure.report;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One revision of a report in the list of its revisions. */
@Schema(name = "RevisionSummary")
public record RevisionSummary(int revision,
        @Schema(description = "PUBLISHED for the revision in force, SUPERSEDED for an earlier one, else the state "
                + "of the revision in progress") String status,
        @Schema(description = "Why the revision was made; null for the first edition") String reason,
        LocalDate publishedDate, LocalDate publicationDeadline, Boolean publishedLate,
        @Schema(description = "Who published it: for readers of the agency the publisher's user id, for "
                + "anyone else the name of the agency") String publishedBy) {
}
