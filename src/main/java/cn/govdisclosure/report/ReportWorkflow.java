package cn.govdisclosure.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import cn.govdisclosure.agency.AgencyRef;
import cn.govdisclosure.agency.AgencyService;
import cn.govdisclosure.checks.CheckResult;
import cn.govdisclosure.checks.Finding;
import cn.govdisclosure.platform.Conflict;
import cn.govdisclosure.platform.ExpectedVersion;
import cn.govdisclosure.platform.InvalidInput;
import cn.govdisclosure.platform.Message;
import cn.govdisclosure.platform.ServiceClock;
import cn.govdisclosure.platform.Versioned;
import cn.govdisclosure.platform.Violation;

/**
 * The road from draft to published report: DRAFT → SUBMITTED → PUBLISHED, with RETURNED back to the editor, and
 * corrections after publication as new revisions. Submitting and publishing are refused while error-level
 * findings remain; publishing freezes the whole report as a revision.
 */
@ApplicationScoped
public class ReportWorkflow {

    private final ReportService reports;
    private final ReportChecks checks;
    private final AgencyService agencies;
    private final ServiceClock clock;
    private final Event<ReportPublished> published;

    ReportWorkflow(ReportService reports, ReportChecks checks, AgencyService agencies, ServiceClock clock,
            Event<ReportPublished> published) {
        this.reports = reports;
        this.checks = checks;
        this.agencies = agencies;
        this.clock = clock;
        this.published = published;
    }

    /** DRAFT or RETURNED → SUBMITTED, when no error-level finding remains. */
    @Transactional
    public Versioned<ReportView> submit(long id, ExpectedVersion expected) {
        AnnualReport report = start(id, expected, Transition.SUBMIT);
        requireNoErrors(report, "be submitted");
        report.status = ReportStatus.SUBMITTED;
        reports.touch(report);
        reports.changed(report);
        return reports.get(id);
    }

    /** SUBMITTED → RETURNED, with a comment for the editor. */
    @Transactional
    public Versioned<ReportView> returnToEditor(long id, WorkflowInputs.Return input, ExpectedVersion expected) {
        AnnualReport report = start(id, expected, Transition.RETURN);
        report.status = ReportStatus.RETURNED;
        report.workflowComment = input.comment().strip();
        reports.touch(report);
        reports.changed(report);
        return reports.get(id);
    }

    /**
     * SUBMITTED → PUBLISHED: the checks run again (the ledger may have changed since submission), the publication
     * date is stamped (today by the service clock unless an earlier date is given) and the whole report is frozen
     * as its current revision.
     */
    @Transactional
    public Versioned<ReportView> publish(long id, WorkflowInputs.Publish input, ExpectedVersion expected,
            String publisher) {
        AnnualReport report = start(id, expected, Transition.PUBLISH);
        LocalDate date = publicationDate(report, input == null ? null : input.publishedDate());
        requireNoErrors(report, "be published");
        freeze(report, date, publisher, null, List.of());
        return reports.get(id);
    }

    /**
     * DRAFT, RETURNED or SUBMITTED → PUBLISHED for a report already published elsewhere (typically imported from
     * that document): the date it was published and where, and every error-level finding of its checks acknowledged
     * with a reason — the published document has them, and recording it must not change it. The acknowledgements
     * are frozen with the revision and shown in its checks; an error left unacknowledged is a 409 listing it, an
     * acknowledgement that names no finding a 400.
     */
    @Transactional
    public Versioned<ReportView> recordPublication(long id, WorkflowInputs.RecordPublication input,
            ExpectedVersion expected, String publisher) {
        AnnualReport report = start(id, expected, Transition.RECORD_PUBLICATION);
        LocalDate date = publicationDate(report, input.publishedDate());
        List<ReportProvenance.Acknowledgement> acknowledgements = input.acknowledgementsOrNone().stream()
                .map(a -> new ReportProvenance.Acknowledgement(a.rule().strip(), a.place().strip(), a.reason().strip()))
                .toList();
        CheckResult result = checks.check(report);
        List<Violation> unmatched = new ArrayList<>();
        for (int i = 0; i < acknowledgements.size(); i++) {
            ReportProvenance.Acknowledgement acknowledgement = acknowledgements.get(i);
            if (result.findings().stream().noneMatch(finding -> matches(acknowledgement, finding))) {
                unmatched.add(Violation.of("acknowledgements[" + i + "]", "unknown-value", "field.no-such-finding",
                        acknowledgement.rule(), acknowledgement.place()));
            }
        }
        if (!unmatched.isEmpty()) {
            throw new InvalidInput(unmatched);
        }
        List<Finding> open = result.errorFindings().stream()
                .filter(finding -> acknowledgements.stream().noneMatch(a -> matches(a, finding))).toList();
        if (!open.isEmpty()) {
            throw WorkflowConflict.checksFailed(report.status, "be recorded as published without acknowledging "
                    + "each error", open);
        }
        freeze(report, date, publisher, input.url() == null ? null : input.url().strip(), acknowledgements);
        return reports.get(id);
    }

    /** Whether an acknowledgement names this finding: the same rule at the same place. */
    static boolean matches(ReportProvenance.Acknowledgement acknowledgement, Finding finding) {
        return acknowledgement.rule().equals(finding.rule()) && acknowledgement.place().equals(finding.place());
    }

    /**
     * Publishes the report as it stands: stamped with its date and frozen as its current revision, with where it
     * was published and the findings acknowledged, if any.
     */
    private void freeze(AnnualReport report, LocalDate date, String publisher, String url,
            List<ReportProvenance.Acknowledgement> acknowledgements) {
        AgencyRef agency = agencies.byId(report.agencyId);
        LocalDate deadline = reports.deadlineOf(report, agency);
        report.status = ReportStatus.PUBLISHED;
        reports.touch(report);
        ReportRevision revision = new ReportRevision();
        revision.report = report;
        revision.revision = report.revision;
        revision.reason = report.revisionReason;
        revision.publishedDate = date;
        revision.deadline = deadline;
        revision.publishedLate = date.isAfter(deadline);
        revision.publishedBy = publisher;
        revision.publishedAt = clock.now();
        revision.snapshot = reports.freeze(reports.liveView(report, agency), deadline, date,
                new ReportProvenance(report.origin, report.importedFrom, url, List.copyOf(acknowledgements), null));
        reports.persistRevision(revision);
        published.fire(new ReportPublished(report.id));
        reports.changed(report);
    }

    /** PUBLISHED → DRAFT of the next revision, for a correction; the published revisions stay as they are. */
    @Transactional
    public Versioned<ReportView> revise(long id, WorkflowInputs.Revise input, ExpectedVersion expected) {
        AnnualReport report = start(id, expected, Transition.REVISE);
        report.revision = report.revision + 1;
        report.revisionReason = input.reason().strip();
        report.workflowComment = null;
        report.status = ReportStatus.DRAFT;
        reports.touch(report);
        reports.changed(report);
        published.fire(new ReportPublished(id));
        return reports.get(id);
    }

    private AnnualReport start(long id, ExpectedVersion expected, Transition transition) {
        AnnualReport report = reports.load(id);
        expected.check(report.version);
        ReportService.requireLocal(report);
        if (!transition.allowedFrom(report.status)) {
            throw WorkflowConflict.illegal(report.status, transition.action());
        }
        return report;
    }

    private void requireNoErrors(AnnualReport report, String attempted) {
        CheckResult result = checks.check(report);
        if (result.errors() > 0) {
            throw WorkflowConflict.checksFailed(report.status, attempted, result.errorFindings());
        }
    }

    /** Today, or the given earlier date; never in the future, never before the report year has ended. */
    private LocalDate publicationDate(AnnualReport report, LocalDate requested) {
        LocalDate today = clock.today();
        LocalDate firstPossible = LocalDate.of(report.reportYear + 1, 1, 1);
        if (requested == null) {
            if (today.isBefore(firstPossible)) {
                throw new Conflict(Message.of("detail.publish-after-year", report.reportYear, firstPossible));
            }
            requested = today;
        }
        List<Violation> errors = new ArrayList<>();
        if (requested.isAfter(today)) {
            errors.add(Violation.of("publishedDate", "date-in-future", "field.date-in-future"));
        }
        if (requested.isBefore(firstPossible)) {
            errors.add(Violation.of("publishedDate", "date-order", "field.before-year-end", firstPossible));
        }
        LocalDate previous = reports.latestRevision(report.id).map(revision -> revision.publishedDate).orElse(null);
        if (previous != null && requested.isBefore(previous)) {
            errors.add(Violation.of("publishedDate", "date-order", "field.before-previous-revision", previous));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return requested;
    }
}
