package cn.govdisclosure.report;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import cn.govdisclosure.agency.AgencyService;
import cn.govdisclosure.agency.Scope;
import cn.govdisclosure.statistics.AnnualStatistics;
import cn.govdisclosure.statistics.PublishedStatistics;

/** The statistics of published reports, as frozen in their revision in force: public, without personal data. */
@ApplicationScoped
class PublishedReports implements PublishedStatistics {

    private final ReportService reports;
    private final AgencyService agencies;

    PublishedReports(ReportService reports, AgencyService agencies) {
        this.reports = reports;
        this.agencies = agencies;
    }

    @Override
    public Optional<AnnualStatistics> published(String agencyCode, int year, Scope scope) {
        return agencies.find(agencyCode).flatMap(agency -> reports.findFor(agency.id(), year))
                .flatMap(report -> reports.published(report.id))
                .map(published -> published.view())
                .filter(view -> view.scope() == null ? scope == Scope.AGENCY : view.scope() == scope)
                .map(view -> new AnnualStatistics(view.agencyCode(), view.agencyName(), view.year(), scope,
                        view.format(), view.applications(), view.appeals(), null));
    }
}
