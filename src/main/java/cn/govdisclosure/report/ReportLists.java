package cn.govdisclosure.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import cn.govdisclosure.agency.AgencyKind;
import cn.govdisclosure.agency.AgencyRef;
import cn.govdisclosure.agency.AgencyService;
import cn.govdisclosure.checks.CheckResult;
import cn.govdisclosure.platform.PageOf;
import cn.govdisclosure.platform.PageRequest;
import cn.govdisclosure.platform.ServiceClock;

/**
 * The reports of a subtree in one query (and one count): each with its revision in force, its lateness by the rule
 * of the collection view ({@link ReportStanding#late}) and, for the agency's readers, the finding counts stored with
 * it at its last change. A report not counted yet (stored before the counts were kept) is counted for the answer.
 */
@ApplicationScoped
public class ReportLists {

    private final ReportRepository reports;
    private final ReportChecks checks;
    private final ReportService service;
    private final AgencyService agencies;
    private final PublicationDeadlines deadlines;
    private final ServiceClock clock;

    ReportLists(ReportRepository reports, ReportChecks checks, ReportService service, AgencyService agencies,
            PublicationDeadlines deadlines, ServiceClock clock) {
        this.reports = reports;
        this.checks = checks;
        this.service = service;
        this.agencies = agencies;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    /**
     * The reports of the subtree of {@code root}, newest year first. {@code readers}: the caller reads the agency and
     * sees every report as it stands with its finding counts; anyone else sees the reports with a revision in force,
     * each as that revision (status PUBLISHED), without counts.
     */
    public PageOf<ReportListItem> list(AgencyRef root, boolean readers, Integer year, ReportStatus status, Boolean late,
            PageRequest paging) {
        LocalDate today = clock.today();
        Map<Long, AgencyRef> subtree = agencies.subtree(root).stream()
                .collect(Collectors.toMap(AgencyRef::id, Function.identity()));
        List<Long> governments = new ArrayList<>();
        List<Long> others = new ArrayList<>();
        subtree.values().forEach(agency -> (agency.kind() == AgencyKind.GOVERNMENT ? governments : others)
                .add(agency.id()));
        if (!readers && status != null && status != ReportStatus.PUBLISHED) {
            return new PageOf<>(List.of(), paging.page(), paging.size(), 0);
        }
        var criteria = new ReportRepository.ListCriteria(governments, others, year, readers ? status : null,
                !readers, late, deadlines.lateUpTo(today, AgencyKind.GOVERNMENT),
                deadlines.lateUpTo(today, AgencyKind.DEPARTMENT));
        List<ReportListItem> items = reports.listed(criteria, paging.page(), paging.size()).stream()
                .map(listed -> item(listed, subtree.get(listed.agencyId()), readers, today)).toList();
        return new PageOf<>(items, paging.page(), paging.size(), reports.countListed(criteria));
    }

    private ReportListItem item(ReportRepository.Listed listed, AgencyRef agency, boolean readers, LocalDate today) {
        boolean inForce = listed.revisionInForce() != null;
        LocalDate deadline = inForce ? listed.deadline() : deadlines.of(listed.year(), agency.kind());
        ReportListItem.FindingCounts findings = null;
        if (readers) {
            if (listed.errors() != null && listed.warnings() != null) {
                findings = new ReportListItem.FindingCounts(listed.errors(), listed.warnings(), listed.countedAt());
            } else {
                CheckResult result = checks.check(service.load(listed.id()));
                findings = new ReportListItem.FindingCounts(result.errors(), result.warnings(), null);
            }
        }
        return new ReportListItem(listed.id(), agency.code(), agency.name(), listed.year(),
                readers ? listed.status() : ReportStatus.PUBLISHED,
                readers || !inForce ? listed.revision() : listed.revisionInForce(), deadline,
                listed.publishedDate(), ReportStanding.late(inForce ? listed.publishedLate() : null, deadline, today),
                findings);
    }
}
