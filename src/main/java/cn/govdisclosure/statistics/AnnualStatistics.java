package cn.govdisclosure.statistics;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import cn.govdisclosure.agency.Scope;
import cn.govdisclosure.format.ReportFormat;

/** The annual tables of an agency (or its subtree) for one year. */
@Schema(name = "AnnualStatistics")
public record AnnualStatistics(String agencyCode, String agencyName, int year, Scope scope, ReportFormat format,
        @Schema(description = "Table 三") ApplicationsTable applications,
        @Schema(description = "Table 四") AppealsTable appeals,
        @Schema(description = "Timeliness of the year's conclusions and the mix of its new applications; absent in the "
                + "public figures of a published report") @JsonInclude(JsonInclude.Include.NON_NULL) Timeliness timeliness) {
}
