package cn.govdisclosure.report;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import cn.govdisclosure.agency.AgencyRef;
import cn.govdisclosure.agency.AgencyService;
import cn.govdisclosure.agency.AgencyView;
import cn.govdisclosure.agency.Scope;
import cn.govdisclosure.checks.CheckContext;
import cn.govdisclosure.checks.CheckResult;
import cn.govdisclosure.checks.ConsistencyChecker;
import cn.govdisclosure.checks.ConsistencyRule;
import cn.govdisclosure.checks.ReportFigures;
import cn.govdisclosure.platform.PageOf;
import cn.govdisclosure.platform.PageRequest;
import cn.govdisclosure.statistics.StatisticsService;

/**
 * Runs the consistency rules over a report as it stands, with what they compare it to: the same agency's report
 * of the year before (X-CARRY, X-VALID; only when it exists and has the same scope), and for an aggregate
 * (SUBTREE) report the agency's own records and each child agency's report, or its computed figures when it has
 * none (ROLLUP); for TEXT, the 办结及时率 the ledger gives for the year.
 */
@ApplicationScoped
public class ReportChecks {

    private final ReportService reports;
    private final AgencyService agencies;
    private final StatisticsService statistics;

    ReportChecks(ReportService reports, AgencyService agencies, StatisticsService statistics) {
        this.reports = reports;
        this.agencies = agencies;
        this.statistics = statistics;
    }

    public ChecksView view(long id) {
        AnnualReport report = reports.load(id);
        CheckResult result = check(report);
        return new ChecksView(report.id, report.reportYear, report.format, report.status, report.revision,
                result.errors(), result.warnings(), result.acknowledged(),
                ConsistencyChecker.RULES.stream().map(ConsistencyRule::id).toList(), result.findings());
    }

    /**
     * Counts the findings of a report just created or changed and stores the counts with it, in the same
     * transaction, so that lists of many reports read them with the reports instead of running every report's checks.
     */
    void recount(@jakarta.enterprise.event.Observes ReportChanged changed) {
        CheckResult result = check(reports.load(changed.reportId()));
        reports.storeFindingCounts(changed.reportId(), result.errors(), result.warnings());
    }

    /**
     * The findings an imported content would get if it were stored now for the agency — the same rules, with the
     * same previous year, ledger and children around it — without storing anything (a dry run of an import).
     */
    public CheckResult preview(AgencyRef agency, ImportedContent content) {
        return check(reports.unsaved(agency, content));
    }

    CheckResult check(AnnualReport report) {
        ReportView view = reports.currentView(report);
        CheckResult result = ConsistencyChecker.check(context(report, view));
        List<ReportProvenance.Acknowledgement> acknowledgements = view.provenanceOrLedger().acknowledgements();
        if (acknowledgements == null || acknowledgements.isEmpty()) {
            return result;
        }
        return new CheckResult(result.findings().stream().map(finding -> acknowledgements.stream()
                .filter(acknowledgement -> ReportWorkflow.matches(acknowledgement, finding)).findFirst()
                .map(acknowledgement -> finding.acknowledged(acknowledgement.reason())).orElse(finding)).toList());
    }

    private CheckContext context(AnnualReport report, ReportView view) {
        AgencyRef agency = agencies.byId(report.agencyId);
        CheckContext context = CheckContext.of(ReportFiguresAdapter.figures(view))
                .withReported(ReportFiguresAdapter.reported(view));
        var previous = reports.findFor(report.agencyId, report.reportYear - 1)
                .filter(candidate -> candidate.scope == report.scope);
        if (previous.isPresent()) {
            context = context.withPreviousYear(ReportFiguresAdapter.figures(reports.officialView(previous.get())));
        }
        if (report.scope == Scope.SUBTREE) {
            context = context.withRollup(rollup(agency, report));
        }
        var timeliness = statistics.timelinessPercent(agency, report.reportYear, report.scope);
        if (timeliness.isPresent()) {
            context = context.withTimeliness(timeliness.get());
        }
        if (ledgerEmpty(view)) {
            context = context.withoutLedger();
        }
        return context;
    }

    /** Whether the ledger counts nothing at all in the report's tables: every computed cell is 0. */
    private static boolean ledgerEmpty(ReportView view) {
        if (view.computedApplications() == null || view.computedAppeals() == null) {
            return false;
        }
        boolean applications = view.computedApplications().rows().stream().flatMap(row -> row.values().stream())
                .allMatch(value -> value == null || value == 0L);
        boolean appeals = view.computedAppeals().values().stream().allMatch(value -> value == null || value == 0L);
        return applications && appeals;
    }

    private CheckContext.Rollup rollup(AgencyRef agency, AnnualReport report) {
        ReportFigures own = ReportFiguresAdapter.figures(agency.code(), report.reportYear, report.format,
                statistics.tables(agency, report.reportYear, Scope.AGENCY));
        List<ReportFigures> children = new ArrayList<>();
        int page = 0;
        PageOf<AgencyView> batch;
        do {
            batch = agencies.list(agency.code(), PageRequest.of(page++, PageRequest.MAX_SIZE));
            for (AgencyView child : batch.items()) {
                AgencyRef ref = agencies.require(child.code());
                children.add(reports.findFor(ref.id(), report.reportYear)
                        .map(childReport -> ReportFiguresAdapter.figures(reports.officialView(childReport)))
                        .orElseGet(() -> ReportFiguresAdapter.figures(ref.code(), report.reportYear, report.format,
                                statistics.tables(ref, report.reportYear, Scope.SUBTREE))));
            }
        } while ((long) page * PageRequest.MAX_SIZE < batch.totalItems());
        return new CheckContext.Rollup(own, children);
    }
}
