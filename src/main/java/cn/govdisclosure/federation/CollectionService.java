package cn.govdisclosure.federation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import cn.govdisclosure.agency.AgencyRef;
import cn.govdisclosure.agency.AgencyService;
import cn.govdisclosure.agency.AgencyView;
import cn.govdisclosure.platform.ServiceClock;
import cn.govdisclosure.report.ChecksView;
import cn.govdisclosure.report.ReportChecks;
import cn.govdisclosure.report.ReportOrigin;
import cn.govdisclosure.report.ReportService;
import cn.govdisclosure.report.ReportStanding;
import cn.govdisclosure.statistics.StatisticsService;

/** The city's view of a year: every agency of a subtree, local or federated, and where its report stands. */
@ApplicationScoped
public class CollectionService {

    private final AgencyService agencies;
    private final ReportService reports;
    private final ReportChecks checks;
    private final FederatedFigures figures;
    private final StatisticsService statistics;
    private final ServiceClock clock;

    CollectionService(AgencyService agencies, ReportService reports, ReportChecks checks, FederatedFigures figures,
            StatisticsService statistics, ServiceClock clock) {
        this.agencies = agencies;
        this.reports = reports;
        this.checks = checks;
        this.figures = figures;
        this.statistics = statistics;
        this.clock = clock;
    }

    public CollectionView collection(AgencyRef root, int year) {
        statistics.checkYear(year);
        LocalDate today = clock.today();
        List<CollectionView.Entry> entries = new ArrayList<>();
        for (AgencyRef agency : agencies.subtree(root).stream().sorted(Comparator.comparing(AgencyRef::treePath)).toList()) {
            entries.add(entry(agency, year, today));
        }
        int published = (int) entries.stream().filter(e -> e.standing() == CollectionView.Standing.PUBLISHED).count();
        int late = (int) entries.stream().filter(CollectionView.Entry::late).count();
        return new CollectionView(root.code(), year, today, entries.size(), published, late,
                entries.size() - published, entries);
    }

    private CollectionView.Entry entry(AgencyRef agency, int year, LocalDate today) {
        AgencyView view = agencies.get(agency.code()).view();
        ReportStanding standing = reports.standing(agency, year);
        CollectionView.Standing state = standing.revisionInForce() != null ? CollectionView.Standing.PUBLISHED
                : standing.reportId() != null ? CollectionView.Standing.IN_PROGRESS : CollectionView.Standing.MISSING;
        boolean late = state == CollectionView.Standing.PUBLISHED ? Boolean.TRUE.equals(standing.publishedLate())
                : today.isAfter(standing.deadline());
        CollectionView.Findings findings = null;
        if (standing.reportId() != null) {
            ChecksView result = checks.view(standing.reportId());
            findings = new CollectionView.Findings(result.errors(), result.warnings(), result.acknowledged());
        }
        return new CollectionView.Entry(agency.code(), agency.name(), agency.kind(), view.parentCode(),
                agency.federatedFrom(), view.withdrawnAt(), state, standing.reportId(), standing.status(),
                standing.revisionInForce(), standing.publishedDate(), standing.deadline(), late, findings, origin(agency, year, standing),
                standing.remoteOrigin() == null ? null : standing.remoteOrigin().name());
    }

    private CollectionView.FiguresOrigin origin(AgencyRef agency, int year, ReportStanding standing) {
        if (standing.origin() == ReportOrigin.FEDERATED) {
            return CollectionView.FiguresOrigin.FEDERATED;
        }
        if (standing.origin() == ReportOrigin.IMPORTED) {
            return CollectionView.FiguresOrigin.IMPORTED;
        }
        if (!agency.federated()) {
            return CollectionView.FiguresOrigin.LEDGER;
        }
        return figures.hasStatistics(agency, year) ? CollectionView.FiguresOrigin.FEDERATED_STATISTICS
                : CollectionView.FiguresOrigin.NONE;
    }
}
