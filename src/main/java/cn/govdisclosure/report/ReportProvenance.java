package cn.govdisclosure.report;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where a report comes from and, for one published elsewhere, where it was published and which error-level
 * findings of its checks were acknowledged when it was recorded as published.
 */
@Schema(name = "ReportProvenance")
public record ReportProvenance(
        @Schema(description = "LEDGER: tables 三 and 四 computed from the ledger; IMPORTED: read from a published document")
        ReportOrigin origin,
        @Schema(description = "The file name or URL of the document the report was imported from, when given")
        String importedFrom,
        @Schema(description = "Where the report was published, when recorded as published elsewhere")
        String publishedUrl,
        @Schema(description = "The findings accepted as published, each with its reason (record-publication)")
        List<Acknowledgement> acknowledgements,
        @Schema(description = "For a FEDERATED report: the source it was pulled from and what the source said of it")
        @JsonInclude(JsonInclude.Include.NON_NULL) Federation federation) {

    static final ReportProvenance LEDGER = new ReportProvenance(ReportOrigin.LEDGER, null, null, List.of(), null);

    /** Where a FEDERATED revision was pulled from: the source, the report there, its revision and entity tag, when. */
    @Schema(name = "FederationProvenance")
    public record Federation(
            @Schema(description = "The code of the federation source", examples = "luojiang") String source,
            @Schema(description = "The report's id at the source") long remoteReportId,
            @Schema(description = "The revision at the source (the same number here)") int remoteRevision,
            @Schema(description = "Where the figures came from at the source: LEDGER or IMPORTED")
            ReportOrigin remoteOrigin,
            @Schema(description = "When this revision was pulled") Instant fetchedAt,
            @Schema(description = "The source's entity tag of the revision, as pulled") String remoteEtag) {
    }

    /** An error (or warning) of the checks that the published document has, accepted with a reason. */
    @Schema(name = "Acknowledgement")
    public record Acknowledgement(
            @Schema(examples = "T3-TOTAL") String rule,
            @Schema(description = "The finding's place, as the checks give it", examples = "3/TOTAL_CONCLUDED/OTHER_ORGANIZATION")
            String place,
            @Schema(examples = "已公开的报告原文如此，更正将另行发布") String reason) {
    }
}
