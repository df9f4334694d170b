package cn.govdisclosure.report;

import java.util.List;

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
        List<Acknowledgement> acknowledgements) {

    static final ReportProvenance LEDGER = new ReportProvenance(ReportOrigin.LEDGER, null, null, List.of());

    /** An error (or warning) of the checks that the published document has, accepted with a reason. */
    @Schema(name = "Acknowledgement")
    public record Acknowledgement(
            @Schema(examples = "T3-TOTAL") String rule,
            @Schema(description = "The finding's place, as the checks give it", examples = "3/TOTAL_CONCLUDED/OTHER_ORGANIZATION")
            String place,
            @Schema(examples = "已公开的报告原文如此，更正将另行发布") String reason) {
    }
}
