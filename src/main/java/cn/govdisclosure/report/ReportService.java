package cn.govdisclosure.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import cn.govdisclosure.agency.AgencyRef;
import cn.govdisclosure.agency.AgencyService;
import cn.govdisclosure.format.ReportFormat;
import cn.govdisclosure.format.SectionHeading;
import cn.govdisclosure.platform.BusinessMetrics;
import cn.govdisclosure.platform.Conflict;
import cn.govdisclosure.platform.Creation;
import cn.govdisclosure.platform.ExpectedVersion;
import cn.govdisclosure.platform.NotFound;
import cn.govdisclosure.platform.PageOf;
import cn.govdisclosure.platform.PageRequest;
import cn.govdisclosure.platform.ServiceClock;
import cn.govdisclosure.platform.Versioned;
import cn.govdisclosure.statistics.AnnualTables;
import cn.govdisclosure.statistics.StatisticsService;

/**
 * Creates reports and edits their sections, section 二 table and reported values while they are in DRAFT or
 * RETURNED; tables 三 and 四 come from the ledger, overlaid by reported values. A published report is read from
 * its frozen revision.
 */
@ApplicationScoped
public class ReportService {

    private final ReportRepository reports;
    private final ReportRevisionRepository revisions;
    private final AgencyService agencies;
    private final StatisticsService statistics;
    private final ServiceClock clock;
    private final BusinessMetrics metrics;
    private final PublicationDeadlines deadlines;
    private final RevisionSnapshots snapshots;

    ReportService(ReportRepository reports, ReportRevisionRepository revisions, AgencyService agencies,
            StatisticsService statistics, ServiceClock clock, PublicationDeadlines deadlines,
            RevisionSnapshots snapshots, BusinessMetrics metrics) {
        this.reports = reports;
        this.revisions = revisions;
        this.agencies = agencies;
        this.statistics = statistics;
        this.clock = clock;
        this.metrics = metrics;
        this.deadlines = deadlines;
        this.snapshots = snapshots;
    }

    /** Creates the agency's report for a year with its six empty sections; there is one per agency and year. */
    @Transactional
    public Creation<ReportView> create(AgencyRef agency, ReportInput input) {
        statistics.checkYear(input.year());
        var existing = reports.findFor(agency.id(), input.year());
        if (existing.isPresent()) {
            if (input.scope() != null && input.scope() != existing.get().scope) {
                throw new Conflict("The " + input.year() + " report of agency " + agency.code()
                        + " exists with scope " + existing.get().scope);
            }
            return new Creation<>(versioned(existing.get(), agency), false);
        }
        AnnualReport report = new AnnualReport();
        report.agencyId = agency.id();
        report.reportYear = input.year();
        report.format = ReportFormat.forYear(input.year());
        report.scope = input.scopeOrDefault();
        report.status = ReportStatus.DRAFT;
        report.createdAt = clock.now();
        report.updatedAt = report.createdAt;
        for (SectionHeading heading : SectionHeading.values()) {
            ReportSection section = new ReportSection();
            section.report = report;
            section.sectionNumber = heading.number();
            section.body = "";
            report.sections.add(section);
        }
        reports.persistAndFlush(report);
        metrics.reportCreated();
        return new Creation<>(versioned(report, agency), true);
    }

    /** The agency a report belongs to, to decide who may see or change it. */
    public AgencyRef agencyOf(long id) {
        return agencies.byId(load(id).agencyId);
    }

    /** The agency of a report, or empty when there is no such report. */
    public Optional<AgencyRef> findAgencyOf(long id) {
        return reports.findByIdOptional(id).map(report -> agencies.byId(report.agencyId));
    }

    /** The report as its readers see it: the working copy, or the frozen revision when it is published. */
    public Versioned<ReportView> get(long id) {
        AnnualReport report = load(id);
        return versioned(report, agencies.byId(report.agencyId));
    }

    /** The revision in force of a report that has been published at least once: what the public may read. */
    public Optional<Versioned<ReportView>> published(long id) {
        return reports.findByIdOptional(id).flatMap(report -> revisions.latest(report.id)
                .map(revision -> new Versioned<>(snapshots.thaw(revision.snapshot), report.version)));
    }

    public PageOf<ReportSummary> list(AgencyRef agency, PageRequest paging) {
        List<ReportSummary> items = reports.pageFor(agency.id(), paging.page(), paging.size()).stream()
                .map(report -> summary(report, agency)).toList();
        return new PageOf<>(items, paging.page(), paging.size(), reports.countFor(agency.id()));
    }

    /** One section with the report's ETag (the report's version covers its sections). */
    public Versioned<SectionView> section(long id, int number) {
        Versioned<ReportView> report = get(id);
        return new Versioned<>(sectionOf(report.view(), number), report.version());
    }

    /** One section of the revision in force, for readers of published reports only. */
    public Optional<Versioned<SectionView>> publishedSection(long id, int number) {
        return published(id).map(report -> new Versioned<>(sectionOf(report.view(), number), report.version()));
    }

    @Transactional
    public Versioned<SectionView> updateSection(long id, int number, SectionInput input, ExpectedVersion expected) {
        AnnualReport report = load(id);
        ReportSection section = sectionOf(report, number);
        expected.check(report.version);
        requireEditable(report);
        section.body = input.text().strip();
        touch(report);
        return new Versioned<>(SectionView.of(section), report.version);
    }

    /** Replaces the section 二 table; cells of another format's layout are refused. */
    @Transactional
    public Versioned<ProactiveDisclosureView> updateProactiveDisclosure(long id, ProactiveDisclosureInput input,
            ExpectedVersion expected) {
        AnnualReport report = load(id);
        expected.check(report.version);
        requireEditable(report);
        List<ProactiveCells.Cell> cells = ProactiveCells.parse(report.format, input.values());
        report.proactiveCells.clear();
        reports.flush();
        for (ProactiveCells.Cell cell : cells) {
            ProactiveCell stored = new ProactiveCell();
            stored.report = report;
            stored.rowCode = cell.row();
            stored.columnCode = cell.column();
            stored.amount = cell.value();
            report.proactiveCells.add(stored);
        }
        touch(report);
        return new Versioned<>(ProactiveCells.view(report.format, cells), report.version);
    }

    /** Replaces the reported values of tables 三 and 四; rows and columns outside the report's format are refused. */
    @Transactional
    public Versioned<ReportView> updateReportedValues(long id, ReportedValuesInput input, ExpectedVersion expected) {
        AnnualReport report = load(id);
        expected.check(report.version);
        requireEditable(report);
        List<ReportedValues.Cell> cells = ReportedValues.parse(report.format, input);
        report.reportedValues.clear();
        reports.flush();
        for (ReportedValues.Cell cell : cells) {
            ReportedValue stored = new ReportedValue();
            stored.report = report;
            stored.tableCode = cell.table();
            stored.rowCode = cell.row();
            stored.columnCode = cell.column();
            stored.amount = cell.amount();
            stored.reason = cell.reason();
            report.reportedValues.add(stored);
        }
        touch(report);
        return versioned(report, agencies.byId(report.agencyId));
    }

    /** The published revisions of a report and the one in progress, oldest first. */
    public List<RevisionSummary> revisions(long id, boolean withWorkInProgress) {
        AnnualReport report = load(id);
        List<ReportRevision> published = revisions.all(report.id);
        int inForce = published.isEmpty() ? 0 : published.get(published.size() - 1).revision;
        List<RevisionSummary> list = new ArrayList<>(published.stream()
                .map(revision -> new RevisionSummary(revision.revision,
                        revision.revision == inForce ? ReportStatus.PUBLISHED.name() : "SUPERSEDED", revision.reason,
                        revision.publishedDate, revision.deadline, revision.publishedLate, revision.publishedBy))
                .toList());
        if (withWorkInProgress && report.status != ReportStatus.PUBLISHED) {
            AgencyRef agency = agencies.byId(report.agencyId);
            list.add(new RevisionSummary(report.revision, report.status.name(), report.revisionReason, null,
                    deadlines.of(report.reportYear, agency.kind()), null, null));
        }
        return list;
    }

    /** A published revision, frozen as it was published. */
    public Optional<Versioned<ReportView>> publishedRevision(long id, int revision) {
        AnnualReport report = load(id);
        return revisions.find(report.id, revision)
                .map(stored -> new Versioned<>(snapshots.thaw(stored.snapshot), report.version));
    }

    /** Whether the revision is the report's working copy (not yet published). */
    public boolean isWorkInProgress(long id, int revision) {
        AnnualReport report = load(id);
        return report.revision == revision && report.status != ReportStatus.PUBLISHED;
    }

    // ---- for the workflow, the checks and the public reads of this package ----------------------------------

    AnnualReport load(long id) {
        return reports.findByIdOptional(id).orElseThrow(() -> new NotFound("No report has the id " + id));
    }

    Optional<AnnualReport> findFor(long agencyId, int year) {
        return reports.findFor(agencyId, year);
    }

    /** The report as it stands: frozen when published, else computed now. */
    ReportView currentView(AnnualReport report) {
        if (report.status == ReportStatus.PUBLISHED) {
            return revisions.find(report.id, report.revision).map(stored -> snapshots.thaw(stored.snapshot))
                    .orElseThrow(() -> new IllegalStateException("published report " + report.id + " lacks revision "
                            + report.revision));
        }
        return liveView(report, agencies.byId(report.agencyId));
    }

    /** The report as others should take it: its revision in force when it has been published, else as it stands. */
    ReportView officialView(AnnualReport report) {
        return revisions.latest(report.id).map(stored -> snapshots.thaw(stored.snapshot))
                .orElseGet(() -> currentView(report));
    }

    /** The working copy: sections and section 二 as stored, tables 三 and 四 computed now and overlaid. */
    ReportView liveView(AnnualReport report, AgencyRef agency) {
        AnnualTables tables = statistics.tables(agency, report.reportYear, report.scope);
        List<ReportedValues.Cell> reported = reportedCells(report);
        LocalDate deadline = deadlines.of(report.reportYear, agency.kind());
        return new ReportView(report.id, agency.code(), agency.name(), report.reportYear, report.format,
                report.status, title(agency, report), report.sections.stream().map(SectionView::of).toList(),
                ProactiveCells.view(report.format, storedCells(report)),
                ReportedValues.applications(tables.applications(), reported),
                ReportedValues.appeals(tables.appeals(), reported), report.createdAt, report.updatedAt, report.scope,
                report.revision, report.revisionReason, report.workflowComment, deadline, null, null,
                ReportedValues.view(report.format, reported), tables.applications(), tables.appeals());
    }

    /** Marks the report changed: its version (and so its ETag) moves even when only sections or cells changed. */
    void touch(AnnualReport report) {
        report.updatedAt = clock.now();
        reports.getEntityManager().lock(report, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        reports.flush();
    }

    void persistRevision(ReportRevision revision) {
        revisions.persist(revision);
    }

    Optional<ReportRevision> latestRevision(long reportId) {
        return revisions.latest(reportId);
    }

    /** The stored form of the report as published now: the view as it stands, with the publication facts. */
    String freeze(ReportView view, LocalDate publicationDeadline, LocalDate publishedDate) {
        return snapshots.freeze(view, publicationDeadline, publishedDate);
    }

    LocalDate deadlineOf(AnnualReport report, AgencyRef agency) {
        return deadlines.of(report.reportYear, agency.kind());
    }

    private void requireEditable(AnnualReport report) {
        if (!report.status.editable()) {
            throw WorkflowConflict.illegal(report.status, "edit");
        }
    }

    private Versioned<ReportView> versioned(AnnualReport report, AgencyRef agency) {
        ReportView view = report.status == ReportStatus.PUBLISHED ? currentView(report) : liveView(report, agency);
        return new Versioned<>(view, report.version);
    }

    private static List<ProactiveCells.Cell> storedCells(AnnualReport report) {
        return report.proactiveCells.stream()
                .map(cell -> new ProactiveCells.Cell(cell.rowCode, cell.columnCode, cell.amount)).toList();
    }

    private static List<ReportedValues.Cell> reportedCells(AnnualReport report) {
        return report.reportedValues.stream()
                .map(value -> new ReportedValues.Cell(value.tableCode, value.rowCode, value.columnCode, value.amount,
                        value.reason))
                .toList();
    }

    private ReportSummary summary(AnnualReport report, AgencyRef agency) {
        LocalDate publishedDate = revisions.latest(report.id).map(revision -> revision.publishedDate).orElse(null);
        return new ReportSummary(report.id, agency.code(), agency.name(), report.reportYear, report.format,
                report.status, title(agency, report), report.createdAt, report.updatedAt, report.revision,
                publishedDate);
    }

    static String title(AgencyRef agency, AnnualReport report) {
        return agency.name() + report.reportYear + "年政府信息公开工作年度报告";
    }

    private static SectionView sectionOf(ReportView report, int number) {
        if (SectionHeading.of(number).isEmpty()) {
            throw new NotFound("A report has sections 1 to 6; there is no section " + number);
        }
        return report.sections().stream().filter(section -> section.number() == number).findFirst()
                .orElseThrow(() -> new IllegalStateException("report " + report.id() + " lacks section " + number));
    }

    private static ReportSection sectionOf(AnnualReport report, int number) {
        if (SectionHeading.of(number).isEmpty()) {
            throw new NotFound("A report has sections 1 to 6; there is no section " + number);
        }
        return report.sections.stream().filter(section -> section.sectionNumber == number).findFirst()
                .orElseThrow(() -> new IllegalStateException("report " + report.id + " lacks section " + number));
    }
}
