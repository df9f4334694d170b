package cn.govdisclosure.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CaffeineCache;

import cn.govdisclosure.agency.AgencyRef;
import cn.govdisclosure.agency.AgencyService;
import cn.govdisclosure.agency.Scope;
import cn.govdisclosure.format.ReportFormat;
import cn.govdisclosure.format.SectionHeading;
import cn.govdisclosure.platform.BusinessMetrics;
import cn.govdisclosure.platform.Conflict;
import cn.govdisclosure.platform.Creation;
import cn.govdisclosure.platform.ExpectedVersion;
import cn.govdisclosure.platform.InvalidInput;
import cn.govdisclosure.platform.Message;
import cn.govdisclosure.platform.NotFound;
import cn.govdisclosure.platform.PageOf;
import cn.govdisclosure.platform.PageRequest;
import cn.govdisclosure.platform.PreconditionRequired;
import cn.govdisclosure.platform.Representations;
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

    /** The revisions in force of published reports, by report id (application.properties sizes it). */
    static final String IN_FORCE_CACHE = "report-in-force";

    private final ReportRepository reports;
    private final ReportRevisionRepository revisions;
    private final AgencyService agencies;
    private final StatisticsService statistics;
    private final ServiceClock clock;
    private final BusinessMetrics metrics;
    private final PublicationDeadlines deadlines;
    private final RevisionSnapshots snapshots;
    private final Representations representations;
    private final CaffeineCache inForce;
    private final Event<ReportPublished> published;
    private final Event<ReportChanged> changed;

    ReportService(ReportRepository reports, ReportRevisionRepository revisions, AgencyService agencies,
            StatisticsService statistics, ServiceClock clock, PublicationDeadlines deadlines,
            RevisionSnapshots snapshots, BusinessMetrics metrics, Representations representations,
            @CacheName(IN_FORCE_CACHE) Cache inForce, Event<ReportPublished> published,
            Event<ReportChanged> changed) {
        this.published = published;
        this.changed = changed;
        this.representations = representations;
        this.inForce = inForce.as(CaffeineCache.class);
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
                throw new Conflict(Message.of("detail.report-exists-with-scope", input.year(), agency.code(),
                        existing.get().scope));
            }
            return new Creation<>(versioned(existing.get(), agency), false);
        }
        AnnualReport report = newReport(agency, input.year(), input.scopeOrDefault());
        reports.persistAndFlush(report);
        metrics.reportCreated();
        changed(report);
        return new Creation<>(versioned(report, agency), true);
    }

    /**
     * Stores a report read from a document published elsewhere, with origin IMPORTED: creates the agency's report of
     * that year, or replaces the sections, section 二 and reported values of the existing one when it is editable and
     * {@code ifMatch} carries its ETag. Every cell of tables 三 and 四 becomes a reported value with its reason.
     */
    @Transactional
    public Creation<ReportView> importReport(AgencyRef agency, ImportedContent content, ExpectedVersion expected) {
        statistics.checkYear(content.year());
        var existing = reports.findFor(agency.id(), content.year());
        AnnualReport report;
        if (existing.isPresent()) {
            report = existing.get();
            try {
                expected.check(report.version);
            } catch (PreconditionRequired none) {
                throw new PreconditionRequired(Message.of("detail.report-exists-send-if-match", agency.code(),
                        content.year(), report.id));
            }
            requireEditable(report);
            if (content.scope() != null && content.scope() != report.scope) {
                throw new Conflict(Message.of("detail.report-scope-differs", content.year(), agency.code(),
                        report.scope, content.scope()));
            }
        } else {
            report = newReport(agency, content.year(), content.scope() == null ? Scope.AGENCY : content.scope());
        }
        List<ProactiveCells.Cell> proactive = content.proactive().stream()
                .map(cell -> new ProactiveCells.Cell(cell.row(), cell.column(), cell.value())).toList();
        ProactiveCells.requireLayout(report.format, proactive);
        List<ReportedValues.Cell> reported = content.reported().stream()
                .map(cell -> new ReportedValues.Cell(cell.table(), cell.row(), cell.column(), cell.amount(),
                        cell.reason()))
                .toList();
        ReportedValues.requireLayout(report.format, reported);
        fill(report, content.sections(), proactive, reported);
        report.origin = ReportOrigin.IMPORTED;
        report.importedFrom = content.source();
        report.opening = blankToNull(content.opening());
        if (existing.isPresent()) {
            touch(report);
            changed(report);
            return new Creation<>(versioned(report, agency), false);
        }
        reports.persistAndFlush(report);
        metrics.reportCreated();
        changed(report);
        return new Creation<>(versioned(report, agency), true);
    }

    /**
     * An imported content as the report it would be if stored now for the agency, not stored (id 0): what a dry run
     * of an import is checked as.
     */
    AnnualReport unsaved(AgencyRef agency, ImportedContent content) {
        statistics.checkYear(content.year());
        AnnualReport report = newReport(agency, content.year(), content.scope() == null ? Scope.AGENCY : content.scope());
        report.id = 0L;
        fill(report, content.sections(), content.proactive().stream()
                .map(cell -> new ProactiveCells.Cell(cell.row(), cell.column(), cell.value())).toList(),
                content.reported().stream().map(cell -> new ReportedValues.Cell(cell.table(), cell.row(),
                        cell.column(), cell.amount(), cell.reason())).toList());
        report.origin = ReportOrigin.IMPORTED;
        report.importedFrom = content.source();
        report.opening = blankToNull(content.opening());
        return report;
    }

    private AnnualReport newReport(AgencyRef agency, int year, Scope scope) {
        AnnualReport report = new AnnualReport();
        report.agencyId = agency.id();
        report.reportYear = year;
        report.format = ReportFormat.forYear(year);
        report.scope = scope;
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
        return report;
    }

    /** Replaces a report's sections' text, section 二 cells and reported values. */
    private void fill(AnnualReport report, java.util.Map<Integer, String> sections, List<ProactiveCells.Cell> proactive,
            List<ReportedValues.Cell> reported) {
        for (ReportSection section : report.sections) {
            section.body = sections.getOrDefault(section.sectionNumber, "").strip();
        }
        report.proactiveCells.clear();
        report.reportedValues.clear();
        if (report.id != null && report.id != 0L) {
            reports.flush();
        }
        for (ProactiveCells.Cell cell : proactive) {
            ProactiveCell stored = new ProactiveCell();
            stored.report = report;
            stored.rowCode = cell.row();
            stored.columnCode = cell.column();
            stored.amount = cell.value();
            stored.amountScale = ProactiveCells.scaleOf(cell.value());
            report.proactiveCells.add(stored);
        }
        for (ReportedValues.Cell cell : reported) {
            ReportedValue stored = new ReportedValue();
            stored.report = report;
            stored.tableCode = cell.table();
            stored.rowCode = cell.row();
            stored.columnCode = cell.column();
            stored.amount = cell.amount();
            stored.reason = cell.reason();
            report.reportedValues.add(stored);
        }
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
        return inForce(id).map(published -> new Versioned<>(published.view(), published.version()));
    }

    /**
     * The revision in force with its JSON, kept in memory for {@code DISCLOSURE_CACHE_MAX_AGE} seconds: a
     * publication or correction on this replica replaces it at once, one on another replica within that time.
     * A report not (yet) published is not remembered.
     */
    public Optional<PublishedRevision> inForce(long id) {
        CompletableFuture<Object> cached = inForce.getIfPresent(id);
        if (cached != null) {
            return Optional.of((PublishedRevision) cached.join());
        }
        try {
            // loaded once, also when many requests ask at once; a report not published is not remembered
            return Optional.of(inForce.get(id, key -> loadInForce(id).orElseThrow(NotPublished::new))
                    .await().indefinitely());
        } catch (NotPublished notPublished) {
            return Optional.empty();
        }
    }

    private Optional<PublishedRevision> loadInForce(long id) {
        return reports.findByIdOptional(id).flatMap(report -> revisions.latest(report.id)
                .map(revision -> snapshots.thaw(revision.snapshot))
                .map(view -> new PublishedRevision(view, report.version, representations.json(view))));
    }

    /** A report that has no published revision, which the cache of revisions in force does not hold. */
    private static final class NotPublished extends RuntimeException {
        NotPublished() {
            super(null, null, false, false);
        }
    }

    /** Forgets the cached revision in force once the change that superseded it is committed. */
    void onPublished(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReportPublished published) {
        inForce.invalidate(published.reportId()).await().indefinitely();
    }

    public PageOf<ReportSummary> list(AgencyRef agency, PageRequest paging) {
        List<ReportSummary> items = reports.pageFor(agency.id(), paging.page(), paging.size()).stream()
                .map(report -> summary(report, agency)).toList();
        return new PageOf<>(items, paging.page(), paging.size(), reports.countFor(agency.id()));
    }

    /**
     * The agency's reports that have been published, as the public sees them: each as its revision in force
     * (status PUBLISHED, that revision's number and date), also while a correction is in progress.
     */
    public PageOf<ReportSummary> listPublished(AgencyRef agency, PageRequest paging) {
        List<ReportSummary> items = reports.pagePublishedFor(agency.id(), paging.page(), paging.size()).stream()
                .map(report -> {
                    ReportRevision inForce = revisions.latest(report.id).orElseThrow();
                    return new ReportSummary(report.id, agency.code(), agency.name(), report.reportYear,
                            report.format, ReportStatus.PUBLISHED, title(agency, report), report.createdAt,
                            inForce.publishedAt, inForce.revision, inForce.publishedDate);
                }).toList();
        return new PageOf<>(items, paging.page(), paging.size(), reports.countPublishedFor(agency.id()));
    }

    /**
     * Where the agency's report of a year stands, for the collection view: its publication (revision in force, date,
     * deadline, lateness) and where its figures come from; the deadline also when there is no report.
     */
    public ReportStanding standing(AgencyRef agency, int year) {
        LocalDate deadline = deadlines.of(year, agency.kind());
        Optional<AnnualReport> found = reports.findFor(agency.id(), year);
        if (found.isEmpty()) {
            return new ReportStanding(null, null, null, null, deadline, null, null, null);
        }
        AnnualReport report = found.get();
        Optional<ReportRevision> inForce = revisions.latest(report.id);
        ReportOrigin figures = report.origin;
        ReportOrigin remoteOrigin = inForce.map(revision -> snapshots.thaw(revision.snapshot).provenance())
                .map(ReportProvenance::federation).map(ReportProvenance.Federation::remoteOrigin).orElse(null);
        return new ReportStanding(report.id, report.status, inForce.map(revision -> revision.revision).orElse(null),
                inForce.map(revision -> revision.publishedDate).orElse(null),
                inForce.map(revision -> revision.deadline).orElse(deadline),
                inForce.map(revision -> revision.publishedLate).orElse(null), figures, remoteOrigin);
    }

    /**
     * Stores revisions pulled from a federation source as the agency's report of their year (origin FEDERATED,
     * PUBLISHED, read-only here): each revision newer than the one stored is frozen as it was published at the
     * source, with the same number, date and deadline, and becomes the revision in force; earlier ones stay as
     * revisions. Runs inside the pull's transaction.
     *
     * @return how many revisions were added
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int applyFederated(AgencyRef agency, List<FederatedRevision> pulled) {
        int added = 0;
        for (FederatedRevision revision : pulled) {
            ReportView remote = revision.remote();
            var existing = reports.findFor(agency.id(), remote.year());
            if (existing.isPresent() && existing.get().federatedFrom == null) {
                throw new Conflict(Message.of("detail.federated-report-local", agency.code(),
                        String.valueOf(remote.year())));
            }
            if (existing.isPresent() && existing.get().status == ReportStatus.PUBLISHED
                    && existing.get().revision >= remote.revision()) {
                continue;
            }
            AnnualReport report = existing.orElseGet(() -> newReport(agency, remote.year(), remote.scope()));
            report.scope = remote.scope();
            report.origin = ReportOrigin.FEDERATED;
            report.federatedFrom = revision.source();
            report.remoteReportId = revision.remoteReportId();
            report.remoteEtag = revision.remoteEtag();
            report.fetchedAt = revision.fetchedAt();
            report.revision = remote.revision();
            report.revisionReason = remote.revisionReason();
            report.status = ReportStatus.PUBLISHED;
            for (ReportSection section : report.sections) {
                remote.sections().stream().filter(candidate -> candidate.number() == section.sectionNumber)
                        .findFirst().ifPresent(candidate -> section.body = candidate.text());
            }
            if (existing.isPresent()) {
                touch(report);
            } else {
                reports.persistAndFlush(report);
                metrics.reportCreated();
            }
            ReportProvenance remoteProvenance = remote.provenanceOrLedger();
            ReportProvenance provenance = new ReportProvenance(ReportOrigin.FEDERATED, remoteProvenance.importedFrom(),
                    remoteProvenance.publishedUrl(), remoteProvenance.acknowledgements(),
                    new ReportProvenance.Federation(revision.source(), revision.remoteReportId(), remote.revision(),
                            remoteProvenance.origin(), revision.fetchedAt(), revision.remoteEtag()));
            ReportRevision stored = new ReportRevision();
            stored.report = report;
            stored.revision = remote.revision();
            stored.reason = remote.revisionReason();
            stored.publishedDate = remote.publishedDate();
            stored.deadline = remote.publicationDeadline();
            stored.publishedLate = remote.publishedDate().isAfter(remote.publicationDeadline());
            stored.publishedBy = "federation:" + revision.source();
            stored.publishedAt = clock.now();
            stored.snapshot = snapshots.freeze(revision.localView(report.id), remote.publicationDeadline(),
                    remote.publishedDate(), provenance);
            revisions.persist(stored);
            revisions.flush();
            published.fire(new ReportPublished(report.id));
            changed(report);
            added++;
        }
        return added;
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
        changed(report);
        return new Versioned<>(SectionView.of(section), report.version);
    }

    /** The report's opening and closing as printed: what was entered, else the defaults for its agency and year. */
    static FrontMatterView frontMatter(AnnualReport report, AgencyRef agency) {
        return new FrontMatterView(
                report.opening == null ? FrontMatterView.defaultOpening(agency.name(), report.reportYear) : report.opening,
                report.issuer == null ? agency.name() : report.issuer, report.issueDate);
    }

    /** Replaces the opening and closing; a member left out or blank goes back to its default. */
    @Transactional
    public Versioned<FrontMatterView> updateFrontMatter(long id, FrontMatterInput input, ExpectedVersion expected) {
        AnnualReport report = load(id);
        expected.check(report.version);
        requireEditable(report);
        if (input.issueDate() != null && input.issueDate().getYear() <= report.reportYear) {
            throw new InvalidInput("issueDate", "out-of-range", "field.issue-date-after-year",
                    String.valueOf(report.reportYear));
        }
        report.opening = blankToNull(input.opening());
        report.issuer = blankToNull(input.issuer());
        report.issueDate = input.issueDate();
        touch(report);
        changed(report);
        return new Versioned<>(frontMatter(report, agencies.byId(report.agencyId)), report.version);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
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
            stored.amountScale = ProactiveCells.scaleOf(cell.value());
            report.proactiveCells.add(stored);
        }
        touch(report);
        changed(report);
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
        changed(report);
        return versioned(report, agencies.byId(report.agencyId));
    }

    /**
     * The agency's report of a year as others take it (its revision in force once published, else as it stands),
     * when its tables 三 and 四 do not simply come from the ledger — it was imported from a published document, pulled
     * from a federation source, or holds reported values — so that a comparison with that year uses its figures rather than the ledger's.
     */
    public Optional<ReportView> reportedFiguresOf(AgencyRef agency, int year) {
        return reports.findFor(agency.id(), year).map(this::officialView)
                .filter(view -> view.provenanceOrLedger().origin() != ReportOrigin.LEDGER
                        || (view.reportedValues() != null && !view.reportedValues().isEmpty()));
    }

    /** The revision in force of the agency's report of a year when it was pulled from a federation source. */
    public Optional<ReportView> federatedReport(AgencyRef agency, int year) {
        return reports.findFor(agency.id(), year).filter(report -> report.origin == ReportOrigin.FEDERATED)
                .map(this::officialView);
    }

    /**
     * The published revisions of a report, oldest first. Readers of the agency also get the revision in progress, and
     * who published each revision (the token's subject); everyone else is told only that the agency published it: a
     * subject is an internal user id of the identity provider, not for the public.
     */
    public List<RevisionSummary> revisions(long id, boolean forAgencyReaders) {
        AnnualReport report = load(id);
        AgencyRef agency = agencies.byId(report.agencyId);
        List<ReportRevision> published = revisions.all(report.id);
        int inForce = published.isEmpty() ? 0 : published.get(published.size() - 1).revision;
        List<RevisionSummary> list = new ArrayList<>(published.stream()
                .map(revision -> new RevisionSummary(revision.revision,
                        revision.revision == inForce ? ReportStatus.PUBLISHED.name() : "SUPERSEDED", revision.reason,
                        revision.publishedDate, revision.deadline, revision.publishedLate,
                        forAgencyReaders ? revision.publishedBy : agency.name()))
                .toList());
        if (forAgencyReaders && report.status != ReportStatus.PUBLISHED) {
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
        return reports.findByIdOptional(id).orElseThrow(() -> new NotFound(Message.of("detail.no-report", id)));
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
                report.status, title(agency, report), frontMatter(report, agency),
                report.sections.stream().map(SectionView::of).toList(),
                ProactiveCells.view(report.format, storedCells(report)),
                ReportedValues.applications(tables.applications(), reported),
                ReportedValues.appeals(tables.appeals(), reported), report.createdAt, report.updatedAt, report.scope,
                report.revision, report.revisionReason, report.workflowComment, deadline, null, null,
                ReportedValues.view(report.format, reported), tables.applications(), tables.appeals(),
                new ReportProvenance(report.origin, report.importedFrom, null, List.of(), null));
    }

    /** Marks the report changed: its version (and so its ETag) moves even when only sections or cells changed. */
    void touch(AnnualReport report) {
        report.updatedAt = clock.now();
        reports.getEntityManager().lock(report, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        reports.flush();
    }

    /** Has the report's finding counts recounted, in the transaction of its change. */
    void changed(AnnualReport report) {
        changed.fire(new ReportChanged(report.id));
    }

    void storeFindingCounts(long reportId, long errors, long warnings) {
        reports.storeFindingCounts(reportId, errors, warnings, clock.now());
    }

    void persistRevision(ReportRevision revision) {
        revisions.persist(revision);
    }

    Optional<ReportRevision> latestRevision(long reportId) {
        return revisions.latest(reportId);
    }

    /** The stored form of the report as published now: the view as it stands, with the publication facts. */
    String freeze(ReportView view, LocalDate publicationDeadline, LocalDate publishedDate,
            ReportProvenance provenance) {
        return snapshots.freeze(view, publicationDeadline, publishedDate, provenance);
    }

    LocalDate deadlineOf(AnnualReport report, AgencyRef agency) {
        return deadlines.of(report.reportYear, agency.kind());
    }

    private void requireEditable(AnnualReport report) {
        requireLocal(report);
        if (!report.status.editable()) {
            throw WorkflowConflict.illegal(report.status, "edit");
        }
    }

    /** Refuses any change of a report pulled from a federation source: it changes only at that source. */
    static void requireLocal(AnnualReport report) {
        if (report.federatedFrom != null) {
            throw new Conflict(Message.of("detail.report-federated", String.valueOf(report.id),
                    report.federatedFrom));
        }
    }

    private Versioned<ReportView> versioned(AnnualReport report, AgencyRef agency) {
        ReportView view = report.status == ReportStatus.PUBLISHED ? currentView(report) : liveView(report, agency);
        return new Versioned<>(view, report.version);
    }

    private static List<ProactiveCells.Cell> storedCells(AnnualReport report) {
        return report.proactiveCells.stream()
                .map(cell -> new ProactiveCells.Cell(cell.rowCode, cell.columnCode,
                        ProactiveCells.asEntered(cell.amount, cell.amountScale))).toList();
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
            throw new NotFound(Message.of("detail.no-section", number));
        }
        return report.sections().stream().filter(section -> section.number() == number).findFirst()
                .orElseThrow(() -> new IllegalStateException("report " + report.id() + " lacks section " + number));
    }

    private static ReportSection sectionOf(AnnualReport report, int number) {
        if (SectionHeading.of(number).isEmpty()) {
            throw new NotFound(Message.of("detail.no-section", number));
        }
        return report.sections.stream().filter(section -> section.sectionNumber == number).findFirst()
                .orElseThrow(() -> new IllegalStateException("report " + report.id + " lacks section " + number));
    }
}
