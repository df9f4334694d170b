package cn.govdisclosure.federation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;

import cn.govdisclosure.agency.AgencyRef;
import cn.govdisclosure.agency.AgencyService;
import cn.govdisclosure.agency.AgencyView;
import cn.govdisclosure.audit.AuditActor;
import cn.govdisclosure.format.AppealColumn;
import cn.govdisclosure.format.AppealKind;
import cn.govdisclosure.format.ApplicantColumn;
import cn.govdisclosure.platform.Message;
import cn.govdisclosure.platform.Conflict;
import cn.govdisclosure.platform.DomainException;
import cn.govdisclosure.platform.PageRequest;
import cn.govdisclosure.platform.ScheduledRuns;
import cn.govdisclosure.platform.ServiceClock;
import cn.govdisclosure.report.FederatedRevision;
import cn.govdisclosure.report.ReportOrigin;
import cn.govdisclosure.report.ReportService;
import cn.govdisclosure.report.ReportStanding;
import cn.govdisclosure.statistics.AnnualTables;
import cn.govdisclosure.statistics.ApplicationsTable;

/**
 * Runs pulls: holds the source's lease (one pull per source at a time, on one replica), records the pull, fetches
 * what changed ({@link PullFetcher}, no transaction open while the source answers) and applies all of it in one
 * transaction — agencies, published revisions, statistics, entity tags and the pull's counts — or, on any failure,
 * nothing, recording the reason on the pull. Scheduled pulls that fail are tried again, backing off.
 */
@ApplicationScoped
public class FederationPuller {

    private static final Logger LOG = Logger.getLogger(FederationPuller.class);
    /** The scheduled task's name in {@code scheduled_run}, followed by the source's code. */
    static final String TASK = "federation-pull:";

    private final FederationService service;
    private final SourceRepository sources;
    private final PullRepository pulls;
    private final TagRepository tags;
    private final FigureRepository figures;
    private final AgencyService agencies;
    private final ReportService reports;
    private final ServiceClock clock;
    private final Duration timeout;
    private final Duration lease;
    private final int maxAttempts;
    private final Duration backoff;
    private final Duration overlap;
    private final ScheduledRuns runs;
    private final String owner;
    /** Reads the sources' JSON: members this version does not know are ignored, decimals stay exact. */
    private final ObjectMapper json = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    FederationPuller(FederationService service, SourceRepository sources, PullRepository pulls, TagRepository tags,
            FigureRepository figures, AgencyService agencies, ReportService reports, ServiceClock clock,
            ScheduledRuns runs,
            @ConfigProperty(name = "disclosure.federation.timeout", defaultValue = "10S") Duration timeout,
            @ConfigProperty(name = "disclosure.federation.lease", defaultValue = "10M") Duration lease,
            @ConfigProperty(name = "disclosure.federation.max-attempts", defaultValue = "3") int maxAttempts,
            @ConfigProperty(name = "disclosure.federation.retry-backoff", defaultValue = "30S") Duration backoff,
            @ConfigProperty(name = "disclosure.federation.statistics-overlap", defaultValue = "1H") Duration overlap) {
        this.service = service;
        this.sources = sources;
        this.pulls = pulls;
        this.tags = tags;
        this.figures = figures;
        this.agencies = agencies;
        this.reports = reports;
        this.clock = clock;
        this.runs = runs;
        this.owner = runs.replica();
        this.timeout = timeout;
        this.lease = lease;
        this.maxAttempts = maxAttempts;
        this.backoff = backoff;
        this.overlap = overlap;
    }

    /** Pulls the source now, once; a 409 while another pull of it runs. */
    public PullView pullNow(String code, String requestedBy) {
        long id = QuarkusTransaction.requiringNew().call(() -> service.load(code).id);
        Instant now = clock.now();
        if (!QuarkusTransaction.requiringNew().call(() -> sources.claim(id, owner, now, now.plus(lease)))) {
            throw new Conflict(Message.of("detail.pull-running", code));
        }
        try {
            return run(id, PullTrigger.ON_DEMAND, 1, requestedBy);
        } finally {
            release(id);
        }
    }

    /**
     * The scheduled pull of every source for the scheduled time {@code slot}: each source's pull of that time is
     * claimed by one replica only ({@link ScheduledRuns}, task {@code federation-pull:<source>}), then pulled under
     * the source's lease with up to {@code max-attempts} attempts, waiting {@code retry-backoff}, then twice as long,
     * between them. A source that an on-demand pull holds is left to it.
     */
    void pullScheduled(Instant slot) {
        List<Object[]> all = QuarkusTransaction.requiringNew().call(sources::allIdsAndCodes);
        for (Object[] source : all) {
            long id = (Long) source[0];
            String code = (String) source[1];
            if (!runs.claim(TASK + code, slot.toString())) {
                continue;
            }
            Instant now = clock.now();
            if (!QuarkusTransaction.requiringNew().call(() -> sources.claim(id, owner, now, now.plus(lease)))) {
                LOG.infof("The scheduled pull of source %s at %s is skipped: another pull holds it", code, slot);
                continue;
            }
            try {
                Duration wait = backoff;
                for (int attempt = 1; attempt <= maxAttempts; attempt++) {
                    PullView pull = run(id, PullTrigger.SCHEDULED, attempt, "scheduler");
                    if (pull.status() == PullStatus.SUCCEEDED || attempt == maxAttempts) {
                        break;
                    }
                    LOG.infof("Pull %d of source %s failed (%s); attempt %d in %s", pull.id(), pull.source(),
                            pull.failure(), attempt + 1, wait);
                    Thread.sleep(wait.toMillis());
                    Instant until = clock.now().plus(lease).plus(wait);
                    QuarkusTransaction.requiringNew().run(() -> sources.extend(id, owner, until));
                    wait = wait.multipliedBy(2);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                release(id);
            }
        }
    }

    private PullView run(long sourceId, PullTrigger trigger, int attempt, String requestedBy) {
        FederationService.Settings source = QuarkusTransaction.requiringNew().call(() -> service.settings(sourceId));
        long pullId = QuarkusTransaction.requiringNew().call(() -> {
            FederationPull pull = new FederationPull();
            pull.sourceId = sourceId;
            pull.trigger = trigger;
            pull.attempt = attempt;
            pull.status = PullStatus.RUNNING;
            pull.requestedBy = requestedBy;
            pull.startedAt = clock.now();
            pulls.persist(pull);
            return pull.id;
        });
        Instant now = clock.now();
        RemoteSession remote = new RemoteSession(source.baseUrl(), source.credentials(), timeout, json);
        try (remote) {
            Map<String, String> stored = QuarkusTransaction.requiringNew().call(() -> tags.of(sourceId));
            Fetched fetched = new PullFetcher(source, remote, stored, local(source), now, overlap).fetch();
            QuarkusTransaction.requiringNew().run(() -> AuditActor.as("federation:" + source.code(), () -> {
                apply(source, pullId, fetched, remote);
                return null;
            }));
            LOG.infof("Pull %d of source %s: %d requests, %d answered 304", pullId, source.code(), remote.requests(),
                    remote.notModified());
        } catch (PullFailure | DomainException e) {
            fail(pullId, remote, e.getMessage());
        } catch (RuntimeException e) {
            LOG.errorf(e, "Pull %d of source %s failed", pullId, source.code());
            fail(pullId, remote, "an internal error ended the pull (" + e.getClass().getSimpleName()
                    + "); nothing of it was applied");
        }
        return QuarkusTransaction.requiringNew().call(() -> PullView.of(pulls.findById(pullId), source.code()));
    }

    /** Everything fetched, in one transaction: a failure of any part rolls all of it back. */
    private void apply(FederationService.Settings source, long pullId, Fetched fetched, RemoteSession remote) {
        FederationPull pull = pulls.findById(pullId);
        Instant now = clock.now();
        for (Fetched.AgencyNode agency : fetched.agencies) {
            switch (agencies.applyFederated(source.code(), agency.code(), agency.name(), agency.kind(),
                    agency.parentCode(), now)) {
                case CREATED -> pull.agenciesCreated++;
                case UPDATED -> pull.agenciesUpdated++;
                case UNCHANGED -> { }
            }
        }
        pull.agenciesWithdrawn = agencies.withdrawFederated(source.code(), fetched.provided, now).size();
        for (var entry : fetched.revisions.entrySet()) {
            AgencyRef agency = agencies.require(entry.getKey());
            agencies.touchFederated(agency.code(), now);
            for (List<FederatedRevision> ofYear : byYear(entry.getValue())) {
                if (reports.standing(agency, ofYear.get(0).remote().year()).reportId() == null) {
                    pull.reportsCreated++;
                }
                pull.revisionsAdded += reports.applyFederated(agency, ofYear);
            }
        }
        for (var year : fetched.statistics.entrySet()) {
            for (var agency : year.getValue().entrySet()) {
                AgencyRef ref = agencies.require(agency.getKey());
                if (!source.code().equals(ref.federatedFrom())) {
                    continue;
                }
                if (figures.replace(ref.id(), year.getKey(), cells(ref.id(), year.getKey(), agency.getValue()))) {
                    agencies.touchFederated(ref.code(), now);
                }
                pull.statisticsAgencies++;
            }
        }
        fetched.tags.forEach((resource, tag) -> tags.store(source.id(), resource, tag));
        pull.requests = remote.requests();
        pull.notModified = remote.notModified();
        pull.status = PullStatus.SUCCEEDED;
        pull.finishedAt = clock.now();
    }

    private void fail(long pullId, RemoteSession remote, String reason) {
        QuarkusTransaction.requiringNew().run(() -> {
            FederationPull pull = pulls.findById(pullId);
            pull.status = PullStatus.FAILED;
            pull.failure = reason.length() > 2000 ? reason.substring(0, 2000) : reason;
            pull.requests = remote.requests();
            pull.notModified = remote.notModified();
            pull.finishedAt = clock.now();
        });
    }

    private void release(long sourceId) {
        QuarkusTransaction.requiringNew().run(() -> sources.release(sourceId, owner));
    }

    /** What the fetch reads of this instance, each in a short transaction of its own. */
    private PullFetcher.Local local(FederationService.Settings source) {
        return new PullFetcher.Local() {
            @Override
            public List<String> children(String code) {
                return QuarkusTransaction.requiringNew().call(() -> {
                    List<String> codes = new ArrayList<>();
                    int page = 0;
                    long total;
                    do {
                        var batch = agencies.list(code, PageRequest.of(page++, PageRequest.MAX_SIZE));
                        batch.items().stream().filter(child -> source.code().equals(child.federatedFrom())
                                        && child.withdrawnAt() == null)
                                .map(AgencyView::code).forEach(codes::add);
                        total = batch.totalItems();
                    } while ((long) page * PageRequest.MAX_SIZE < total);
                    return codes;
                });
            }

            @Override
            public Integer revisionInForce(String agencyCode, int year) {
                return QuarkusTransaction.requiringNew().call(() -> agencies.find(agencyCode).map(agency -> {
                    ReportStanding standing = reports.standing(agency, year);
                    return standing.origin() == ReportOrigin.FEDERATED ? standing.revisionInForce() : null;
                }).orElse(null));
            }
        };
    }

    private static List<List<FederatedRevision>> byYear(List<FederatedRevision> revisions) {
        var grouped = new java.util.TreeMap<Integer, List<FederatedRevision>>();
        revisions.forEach(revision -> grouped.computeIfAbsent(revision.remote().year(), year -> new ArrayList<>())
                .add(revision));
        return new ArrayList<>(grouped.values());
    }

    private static List<FederatedFigure> cells(long agencyId, int year, AnnualTables tables) {
        List<FederatedFigure> cells = new ArrayList<>();
        for (ApplicationsTable.Row row : tables.applications().rows()) {
            for (ApplicantColumn column : ApplicantColumn.ALL) {
                cells.add(cell(agencyId, year, "3", row.code().name(), column.name(), row.values().get(column.ordinal())));
            }
        }
        for (AppealKind kind : AppealKind.values()) {
            for (AppealColumn column : AppealColumn.ALL) {
                cells.add(cell(agencyId, year, "4", kind.name(), column.name(),
                        tables.appeals().byKind().get(kind).get(column)));
            }
        }
        return cells;
    }

    private static FederatedFigure cell(long agencyId, int year, String table, String row, String column, Long amount) {
        FederatedFigure figure = new FederatedFigure();
        figure.agencyId = agencyId;
        figure.reportYear = year;
        figure.tableCode = table;
        figure.rowCode = row;
        figure.columnCode = column;
        figure.amount = amount == null ? 0L : amount;
        return figure;
    }
}
