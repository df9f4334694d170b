package cn.govdisclosure.report;

import java.time.LocalDate;

/**
 * Where an agency's report of a year stands: the report (null when there is none), its status, the revision in force
 * with its publication date and lateness (null while none is published), the deadline, where its figures come from,
 * and for a FEDERATED report where they came from at its source.
 */
public record ReportStanding(Long reportId, ReportStatus status, Integer revisionInForce, LocalDate publishedDate,
        LocalDate deadline, Boolean publishedLate, ReportOrigin origin, ReportOrigin remoteOrigin) {
}
