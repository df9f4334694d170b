package cn.govdisclosure.statistics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import cn.govdisclosure.agency.AgencyRef;
import cn.govdisclosure.format.ReportFormat;

/**
 * The annual tables for exports: of many agencies in one pass, with what tells when each last changed;
 * and of one agency laid out in another year's format, for comparisons across the 2021 format change.
 */
@ApplicationScoped
public class StatisticsExports {

    private final ExportQuery exports;
    private final StatisticsQuery query;

    StatisticsExports(ExportQuery exports, StatisticsQuery query) {
        this.exports = exports;
        this.query = query;
    }

    /**
     * The agencies whose tree path starts with one of the given paths, by code, each with its change
     * fingerprint. Nested paths are allowed; each agency is listed once.
     */
    public List<AgencyChange> agencies(List<String> treePaths) {
        return exports.agencies(outermost(treePaths));
    }

    /**
     * Tables 三 and 四 of the year, in the year's format, of each of these agencies that has records
     * counting in it; agencies missing from the map have nothing to count (all zero).
     */
    public Map<Long, AnnualTables> tables(java.util.Collection<Long> agencyIds, int year) {
        if (agencyIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<LedgerCount>> ledger = new HashMap<>();
        for (ExportQuery.AgencyLedgerCount count : exports.ledger(agencyIds, year)) {
            ledger.computeIfAbsent(count.agencyId(), id -> new ArrayList<>()).add(count.count());
        }
        Map<Long, List<AppealCount>> appeals = new HashMap<>();
        for (ExportQuery.AgencyAppealCount count : exports.appeals(agencyIds, year)) {
            appeals.computeIfAbsent(count.agencyId(), id -> new ArrayList<>()).add(count.count());
        }
        ReportFormat format = ReportFormat.forYear(year);
        Map<Long, AnnualTables> tables = new HashMap<>();
        for (Long id : union(ledger.keySet(), appeals.keySet())) {
            tables.put(id, TableAssembler.assemble(format, ledger.getOrDefault(id, List.of()),
                    appeals.getOrDefault(id, List.of())));
        }
        return tables;
    }

    /** The tables of an agency with nothing to count. */
    public static AnnualTables empty(int year) {
        return TableAssembler.assemble(ReportFormat.forYear(year), List.of(), List.of());
    }

    /**
     * One agency's tables of a year laid out in the given format: the ledger keeps each application's
     * fine-grained outcome, so a GB2019 year can be shown in the GB2021 rows.
     */
    public AnnualTables tables(AgencyRef agency, int year, ReportFormat format) {
        return TableAssembler.assemble(format, query.ledger(List.of(agency.id()), year),
                query.appeals(List.of(agency.id()), year));
    }

    /** The paths that no other given path contains, so that an agency under two of them is read once. */
    static List<String> outermost(List<String> treePaths) {
        return treePaths.stream().distinct()
                .filter(path -> treePaths.stream().noneMatch(other -> !other.equals(path) && path.startsWith(other)))
                .toList();
    }

    private static java.util.Set<Long> union(java.util.Set<Long> a, java.util.Set<Long> b) {
        java.util.Set<Long> all = new java.util.TreeSet<>(a);
        all.addAll(b);
        return all;
    }
}
