package cn.govdisclosure.federation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import cn.govdisclosure.agency.AgencyRef;
import cn.govdisclosure.agency.AgencyService;
import cn.govdisclosure.format.AppealColumn;
import cn.govdisclosure.format.AppealKind;
import cn.govdisclosure.format.ApplicantColumn;
import cn.govdisclosure.report.ReportService;
import cn.govdisclosure.report.ReportView;
import cn.govdisclosure.statistics.AnnualTables;
import cn.govdisclosure.statistics.AppealsTable;
import cn.govdisclosure.statistics.ApplicationsTable;
import cn.govdisclosure.statistics.ContributedFigures;
import cn.govdisclosure.agency.Scope;
import cn.govdisclosure.statistics.StatisticsExports;

/**
 * How federated agencies' figures enter the tables of an agency or a subtree (they have no ledger here). Walking the
 * federated agencies of the subtree from the top, each not yet covered contributes exactly once:
 * <ol>
 * <li>its published report of the year (revision in force) — tables 三 and 四 as published; a SUBTREE report covers
 * the agency and every agency below it, which then contribute nothing more; an AGENCY report covers the agency only;</li>
 * <li>else its source's bulk statistics of the year (its own records at the source);</li>
 * <li>else nothing (the collection view shows it as missing).</li>
 * </ol>
 * For one agency alone (scope AGENCY) only an AGENCY report, else its statistics, count.
 */
@ApplicationScoped
class FederatedFigures implements ContributedFigures {

    private final AgencyService agencies;
    private final ReportService reports;
    private final FigureRepository figures;

    FederatedFigures(AgencyService agencies, ReportService reports, FigureRepository figures) {
        this.agencies = agencies;
        this.reports = reports;
        this.figures = figures;
    }

    @Override
    public List<AnnualTables> of(AgencyRef agency, int year, Scope scope) {
        if (scope == Scope.AGENCY) {
            if (!agency.federated()) {
                return List.of();
            }
            Optional<ReportView> report = reports.federatedReport(agency, year)
                    .filter(found -> found.scope() == Scope.AGENCY);
            return report.map(found -> List.of(tables(found))).orElseGet(() -> statistics(agency, year).stream().toList());
        }
        List<AgencyRef> federated = agencies.federatedIn(agency);
        List<AnnualTables> parts = new ArrayList<>();
        List<String> covered = new ArrayList<>();
        for (AgencyRef candidate : federated) {
            if (covered.stream().anyMatch(path -> candidate.treePath().startsWith(path))) {
                continue;
            }
            Optional<ReportView> report = reports.federatedReport(candidate, year);
            if (report.isPresent()) {
                parts.add(tables(report.get()));
                if (report.get().scope() == Scope.SUBTREE) {
                    covered.add(candidate.treePath());
                }
            } else {
                statistics(candidate, year).ifPresent(parts::add);
            }
        }
        return parts;
    }

    /** Whether the source's bulk statistics of the year are stored for the agency. */
    boolean hasStatistics(AgencyRef agency, int year) {
        return figures.exist(agency.id(), year);
    }

    private static AnnualTables tables(ReportView report) {
        return new AnnualTables(report.format(), report.applications(), report.appeals());
    }

    private Optional<AnnualTables> statistics(AgencyRef agency, int year) {
        List<FederatedFigure> cells = figures.of(agency.id(), year);
        if (cells.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Long> byPlace = new HashMap<>();
        cells.forEach(cell -> byPlace.put(cell.tableCode + "/" + cell.rowCode + "/" + cell.columnCode, cell.amount));
        AnnualTables empty = StatisticsExports.empty(year);
        List<ApplicationsTable.Row> rows = new ArrayList<>();
        for (ApplicationsTable.Row row : empty.applications().rows()) {
            List<Long> values = new ArrayList<>();
            for (ApplicantColumn column : ApplicantColumn.ALL) {
                values.add(byPlace.getOrDefault("3/" + row.code().name() + "/" + column.name(), 0L));
            }
            rows.add(new ApplicationsTable.Row(row.code(), row.label(), List.copyOf(values)));
        }
        List<Long> values = new ArrayList<>();
        Map<AppealKind, Map<AppealColumn, Long>> byKind = new EnumMap<>(AppealKind.class);
        for (AppealKind kind : AppealKind.values()) {
            Map<AppealColumn, Long> group = new EnumMap<>(AppealColumn.class);
            for (AppealColumn column : AppealColumn.ALL) {
                long value = byPlace.getOrDefault("4/" + kind.name() + "/" + column.name(), 0L);
                group.put(column, value);
                values.add(value);
            }
            byKind.put(kind, group);
        }
        return Optional.of(new AnnualTables(empty.format(), new ApplicationsTable(empty.applications().columns(),
                List.copyOf(rows)), new AppealsTable(List.copyOf(values), byKind)));
    }
}
