package cn.govdisclosure.report;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import cn.govdisclosure.agency.AgencyRef;
import cn.govdisclosure.agency.AgencyService;
import cn.govdisclosure.platform.ApiException;
import cn.govdisclosure.platform.BusinessMetrics;
import cn.govdisclosure.platform.Creation;
import cn.govdisclosure.platform.EntityTags;
import cn.govdisclosure.platform.PageOf;
import cn.govdisclosure.platform.PageRequest;
import cn.govdisclosure.platform.ServiceClock;
import cn.govdisclosure.platform.Versioned;
import cn.govdisclosure.statistics.AnnualTables;
import cn.govdisclosure.statistics.ReportFormat;
import cn.govdisclosure.statistics.Scope;
import cn.govdisclosure.statistics.StatisticsService;

/** Creates reports and edits their sections and section 二 table; tables 三 and 四 come from the ledger. */
@ApplicationScoped
public class ReportService {

    private final ReportRepository reports;
    private final AgencyService agencies;
    private final StatisticsService statistics;
    private final ServiceClock clock;
    private final BusinessMetrics metrics;

    ReportService(ReportRepository reports, AgencyService agencies, StatisticsService statistics,
            ServiceClock clock, BusinessMetrics metrics) {
        this.reports = reports;
        this.agencies = agencies;
        this.statistics = statistics;
        this.clock = clock;
        this.metrics = metrics;
    }

    /** Creates the agency's report for a year with its six empty sections; there is one per agency and year. */
    @Transactional
    public Creation<ReportView> create(AgencyRef agency, ReportInput input) {
        statistics.checkYear(input.year());
        var existing = reports.findFor(agency.id(), input.year());
        if (existing.isPresent()) {
            return new Creation<>(versioned(existing.get(), agency), false);
        }
        AnnualReport report = new AnnualReport();
        report.agencyId = agency.id();
        report.reportYear = input.year();
        report.format = ReportFormat.forYear(input.year());
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

    public Versioned<ReportView> get(long id) {
        AnnualReport report = load(id);
        return versioned(report, agencies.byId(report.agencyId));
    }

    public PageOf<ReportSummary> list(AgencyRef agency, PageRequest paging) {
        List<ReportSummary> items = reports.pageFor(agency.id(), paging.page(), paging.size()).stream()
                .map(report -> summary(report, agency)).toList();
        return new PageOf<>(items, paging.page(), paging.size(), reports.countFor(agency.id()));
    }

    /** One section with the report's ETag (the report's version covers its sections). */
    public Versioned<SectionView> section(long id, int number) {
        AnnualReport report = load(id);
        return new Versioned<>(SectionView.of(sectionOf(report, number)), report.version);
    }

    @Transactional
    public Versioned<SectionView> updateSection(long id, int number, SectionInput input, String ifMatch) {
        AnnualReport report = load(id);
        ReportSection section = sectionOf(report, number);
        EntityTags.requireMatch(ifMatch, report.version);
        section.body = input.text().strip();
        touch(report);
        return new Versioned<>(SectionView.of(section), report.version);
    }

    /** Replaces the section 二 table; cells of another format's layout are refused. */
    @Transactional
    public Versioned<ProactiveDisclosureView> updateProactiveDisclosure(long id, ProactiveDisclosureInput input,
            String ifMatch) {
        AnnualReport report = load(id);
        EntityTags.requireMatch(ifMatch, report.version);
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

    /** Marks the report changed: its version (and so its ETag) moves even when only sections or cells changed. */
    private void touch(AnnualReport report) {
        report.updatedAt = clock.now();
        reports.getEntityManager().lock(report, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        reports.flush();
    }

    private Versioned<ReportView> versioned(AnnualReport report, AgencyRef agency) {
        AnnualTables tables = statistics.tables(agency, report.reportYear, Scope.AGENCY);
        ReportView view = new ReportView(report.id, agency.code(), agency.name(), report.reportYear, report.format,
                report.status, title(agency, report), report.sections.stream().map(SectionView::of).toList(),
                ProactiveCells.view(report.format, storedCells(report)), tables.applications(), tables.appeals(),
                report.createdAt, report.updatedAt);
        return new Versioned<>(view, report.version);
    }

    private static List<ProactiveCells.Cell> storedCells(AnnualReport report) {
        return report.proactiveCells.stream()
                .map(cell -> new ProactiveCells.Cell(cell.rowCode, cell.columnCode, cell.amount)).toList();
    }

    private static ReportSummary summary(AnnualReport report, AgencyRef agency) {
        return new ReportSummary(report.id, agency.code(), agency.name(), report.reportYear, report.format,
                report.status, title(agency, report), report.createdAt, report.updatedAt);
    }

    static String title(AgencyRef agency, AnnualReport report) {
        return agency.name() + report.reportYear + "年政府信息公开工作年度报告";
    }

    private AnnualReport load(long id) {
        return reports.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("No report has the id " + id));
    }

    private static ReportSection sectionOf(AnnualReport report, int number) {
        if (SectionHeading.of(number).isEmpty()) {
            throw ApiException.notFound("A report has sections 1 to 6; there is no section " + number);
        }
        return report.sections.stream().filter(section -> section.sectionNumber == number).findFirst()
                .orElseThrow(() -> new IllegalStateException("report " + report.id + " lacks section " + number));
    }
}
