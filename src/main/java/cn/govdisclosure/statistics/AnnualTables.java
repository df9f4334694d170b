package cn.govdisclosure.statistics;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.govdisclosure.format.ReportFormat;

/** The computed tables 三 and 四 of one year in that year's format. */
@Schema(name = "AnnualTables")
public record AnnualTables(ReportFormat format, ApplicationsTable applications, AppealsTable appeals) {
}
