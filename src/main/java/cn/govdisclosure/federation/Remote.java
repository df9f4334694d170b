package cn.govdisclosure.federation;

import java.time.LocalDate;
import java.util.List;

import cn.govdisclosure.agency.AgencyKind;
import cn.govdisclosure.format.ReportFormat;
import cn.govdisclosure.statistics.AppealsTable;
import cn.govdisclosure.statistics.ApplicationsTable;

/** What a pull reads of a source's answers: the members it needs of each JSON body, the rest ignored. */
final class Remote {

    private Remote() {
    }

    record Agency(String code, String name, AgencyKind kind, String parentCode) {
    }

    record AgencyPage(List<Agency> items, Integer page, Integer size, Long totalItems) {
    }

    record ReportSummary(Long id, String agencyCode, Integer year, Integer revision, String status,
            LocalDate publishedDate) {
    }

    record ReportPage(List<ReportSummary> items, Integer page, Integer size, Long totalItems) {
    }

    /** The bulk statistics, schema version 1 (BulkStatisticsV1). */
    record Statistics(Integer schemaVersion, Integer year, ReportFormat format, java.time.Instant lastChanged,
            List<StatisticsAgency> agencies) {
    }

    record StatisticsAgency(String agencyCode, ApplicationsTable applications, AppealsTable appeals) {
    }
}
