package cn.govdisclosure.transfer;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.govdisclosure.agency.AgencyKind;
import cn.govdisclosure.format.ReportFormat;
import cn.govdisclosure.statistics.AppealsTable;
import cn.govdisclosure.statistics.ApplicationsTable;

/**
 * A year's tables 三 and 四 of many agencies, for systems that aggregate them. Version 1 of a stable
 * schema: within a version, fields are only ever added, never renamed, retyped or removed; a change that
 * breaks readers comes as version 2 next to it.
 */
@Schema(name = "BulkStatisticsV1", description = "A year's tables 三 and 四 of every agency in scope, each computed "
        + "from that agency's own records (not rolled up: parentCode lets a reader sum along the hierarchy). Stable "
        + "schema, version 1: within a version fields are only added, never renamed, retyped or removed. No "
        + "personal data.")
public record BulkStatistics(
        @Schema(description = "Version of this schema", examples = "1", enumeration = "1") int schemaVersion,
        @Schema(examples = "2020") int year,
        @Schema(description = "The national format of the year: GB2019 up to 2020, GB2021 from 2021") ReportFormat format,
        @Schema(description = "The agency whose subtree was asked for; null for every agency the caller may read")
        String under,
        @Schema(description = "As asked: only agencies changed at or after this instant are listed; null for all")
        Instant updatedSince,
        @Schema(description = "The latest change of any agency in scope, listed or not (null when none): pass it as "
                + "updatedSince next time") Instant lastChanged,
        @Schema(description = "How many agencies are in scope, listed or not") int agenciesInScope,
        @Schema(description = "By agency code") List<Agency> agencies) {

    /** One agency's tables. */
    @Schema(name = "BulkStatisticsAgencyV1")
    public record Agency(
            @Schema(examples = "350504") String agencyCode,
            @Schema(examples = "洛江区人民政府") String agencyName,
            AgencyKind kind,
            @Schema(description = "The agency above it, null at the top") String parentCode,
            @Schema(description = "When the agency or any of its applications or appeal cases last changed")
            Instant lastChanged,
            @Schema(description = "Table 三") ApplicationsTable applications,
            @Schema(description = "Table 四") AppealsTable appeals) {
    }
}
