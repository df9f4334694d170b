package cn.govdisclosure.report;

import java.time.Instant;

/**
 * A published revision of a report as a federation source serves it (its public JSON), with where and when it was
 * pulled: what {@link ReportService#applyFederated} stores.
 *
 * @param remoteEtag the source's entity tag of the revision in force, when this is it
 */
public record FederatedRevision(String source, long remoteReportId, String remoteEtag, Instant fetchedAt,
        ReportView remote) {

    /** The revision as this instance shows it: the same content under the local report id. */
    ReportView localView(long localId) {
        ReportView r = remote;
        return new ReportView(localId, r.agencyCode(), r.agencyName(), r.year(), r.format(), ReportStatus.PUBLISHED,
                r.title(), r.frontMatter(), r.sections(), r.proactiveDisclosure(), r.applications(), r.appeals(), r.createdAt(),
                r.updatedAt(), r.scope(), r.revision(), r.revisionReason(), r.workflowComment(),
                r.publicationDeadline(), r.publishedDate(), r.publishedLate(), r.reportedValues(),
                r.computedApplications(), r.computedAppeals(), r.provenance());
    }
}
