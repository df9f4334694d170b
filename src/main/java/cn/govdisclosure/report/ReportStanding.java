package cn.govdisclosure.report;

import java.time.LocalDate;

/**
 * Where an agency's report of a year stands: the report (null when there is none), its status, the revision in force
 * with its publication date and lateness (null while none is published), the deadline, where its figures come from,
 * and for a FEDERATED report where they came from at its source.
 */
public record ReportStanding(Long reportId, ReportStatus status, Integer revisionInForce, LocalDate publishedDate,
        LocalDate deadline, Boolean publishedLate, ReportOrigin origin, ReportOrigin remoteOrigin) {

    /** Whether the report is late as of today: published after its deadline, or not published and past it. */
    public boolean late(LocalDate today) {
        return late(publishedLate, deadline, today);
    }

    /**
     * The lateness rule of the collection and of report lists: with a revision in force ({@code publishedLate} not
     * null) whether it was published after its deadline, else whether the deadline has passed.
     */
    static boolean late(Boolean publishedLate, LocalDate deadline, LocalDate today) {
        return publishedLate != null ? publishedLate : today.isAfter(deadline);
    }
}
