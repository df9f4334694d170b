package cn.govdisclosure.transfer;

import jakarta.enterprise.context.ApplicationScoped;

import cn.govdisclosure.agency.AgencyRef;
import cn.govdisclosure.platform.InvalidInput;
import cn.govdisclosure.platform.Message;
import cn.govdisclosure.platform.NotFound;
import cn.govdisclosure.platform.PageRequest;
import cn.govdisclosure.report.ProactiveDisclosureView;
import cn.govdisclosure.report.ReportService;
import cn.govdisclosure.report.ReportSummary;
import cn.govdisclosure.report.ReportView;
import cn.govdisclosure.statistics.AnnualTables;
import cn.govdisclosure.statistics.StatisticsExports;
import cn.govdisclosure.statistics.StatisticsService;

/** A report's tables one by one, optionally with the previous year's figures alongside. */
@ApplicationScoped
public class ReportTableService {

    private final ReportService reports;
    private final StatisticsExports exports;

    ReportTableService(ReportService reports, StatisticsExports exports) {
        this.reports = reports;
        this.exports = exports;
    }

    /** The agency a report belongs to, for the access check. */
    public AgencyRef agencyOf(long id) {
        return reports.agencyOf(id);
    }

    public ReportTable table(long id, String table, boolean withPreviousYear) {
        if (!ReportTables.NAMES.contains(table)) {
            throw new NotFound(Message.of("detail.no-table", ReportTables.NAMES, table));
        }
        ReportView report = reports.get(id).view();
        if (!withPreviousYear) {
            return ReportTables.of(report, table);
        }
        int previous = report.year() - 1;
        if (previous < StatisticsService.FIRST_YEAR) {
            throw new InvalidInput("compare", "out-of-range", "field.no-year-before", StatisticsService.FIRST_YEAR);
        }
        AgencyRef agency = reports.agencyOf(id);
        if (!table.equals(ReportTables.PROACTIVE)) {
            var reported = reports.reportedFiguresOf(agency, previous);
            if (reported.isPresent()) {
                return table.equals(ReportTables.APPLICATIONS)
                        ? ReportTables.applicationsFromReport(report, reported.get())
                        : ReportTables.appealsFromReport(report, reported.get());
            }
        }
        return switch (table) {
            case ReportTables.PROACTIVE -> ReportTables.proactiveDisclosure(report, previousProactive(agency, previous));
            case ReportTables.APPLICATIONS -> {
                AnnualTables tables = exports.tables(agency, previous, report.format());
                yield ReportTables.applications(report, tables.applications());
            }
            default -> ReportTables.appeals(report, exports.tables(agency, previous, report.format()).appeals());
        };
    }

    /** Section 二 of the agency's report of the year, or null when it has none. */
    private ProactiveDisclosureView previousProactive(AgencyRef agency, int year) {
        for (ReportSummary summary : reports.list(agency, PageRequest.of(0, PageRequest.MAX_SIZE)).items()) {
            if (summary.year() == year) {
                return reports.get(summary.id()).view().proactiveDisclosure();
            }
        }
        return null;
    }
}
