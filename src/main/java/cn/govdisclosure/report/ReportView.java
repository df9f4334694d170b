package cn.govdisclosure.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.govdisclosure.agency.Scope;
import cn.govdisclosure.format.ReportFormat;
import cn.govdisclosure.statistics.AppealsTable;
import cn.govdisclosure.statistics.ApplicationsTable;

/**
 * A whole report: metadata, the six sections, the section 二 table and tables 三 and 四 as the report shows them
 * (reported values where present, else computed), with the computed tables, the reported values and the
 * workflow and publication facts beside them. This is the API's view; a published revision is stored as a
 * {@link RevisionSnapshot} and shown through this view.
 */
@Schema(name = "Report")
public record ReportView(long id, String agencyCode, String agencyName, int year, ReportFormat format,
        ReportStatus status, String title,
        @Schema(description = "The report's own opening paragraph and closing (issuer and date), printed by every "
                + "document of it (absent in revisions published before it was recorded: they print the standard "
                + "opening and no closing)")
        @JsonInclude(JsonInclude.Include.NON_NULL) FrontMatterView frontMatter,
        List<SectionView> sections,
        @Schema(description = "Section 二") ProactiveDisclosureView proactiveDisclosure,
        @Schema(description = "Section 三 as the report shows it: reported values where present, else computed from the ledger")
        ApplicationsTable applications,
        @Schema(description = "Section 四 as the report shows it: reported values where present, else computed from the appeal records")
        AppealsTable appeals,
        Instant createdAt, Instant updatedAt,
        @Schema(description = "AGENCY: the agency's own records; SUBTREE: an aggregate of the agency and all below it")
        Scope scope,
        @Schema(description = "1 for the first edition; each correction after publication is the next revision")
        int revision,
        @Schema(description = "Why this revision was made (null for the first edition)") String revisionReason,
        @Schema(description = "The comment with which the report was last returned to its editor") String workflowComment,
        @Schema(description = "The statutory deadline: 31 January of the next year, 31 March for a government's own report")
        LocalDate publicationDeadline,
        @Schema(description = "When this revision was published; null until then") LocalDate publishedDate,
        @Schema(description = "Whether this revision was published after the deadline; null until published")
        Boolean publishedLate,
        @Schema(description = "The reported values that replace computed ones in tables 三 and 四, with their reasons")
        List<ReportedValueView> reportedValues,
        @Schema(description = "Section 三 as computed from the ledger (at publication, for a published revision)")
        ApplicationsTable computedApplications,
        @Schema(description = "Section 四 as computed from the appeal records (at publication, for a published revision)")
        AppealsTable computedAppeals,
        @Schema(description = "Computed from the ledger or imported from a published document; for a report recorded "
                + "as published elsewhere, where and with which acknowledged findings (absent in revisions published "
                + "before this was recorded: computed from the ledger)")
        @JsonInclude(JsonInclude.Include.NON_NULL) ReportProvenance provenance) {

    /**
     * The opening and closing the report prints: its front matter, or for a revision published before front matter
     * was recorded the standard opening of its agency and year and no closing, as it was published.
     */
    public FrontMatterView printedFrontMatter() {
        return frontMatter != null ? frontMatter
                : new FrontMatterView(FrontMatterView.defaultOpening(agencyName, year), null, null);
    }

    /** The provenance, also for revisions frozen before it was recorded. */
    ReportProvenance provenanceOrLedger() {
        return provenance == null ? ReportProvenance.LEDGER : provenance;
    }
}
