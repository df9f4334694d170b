package cn.govdisclosure.statistics;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import cn.govdisclosure.agency.AgencyRef;
import cn.govdisclosure.agency.AgencyService;
import cn.govdisclosure.agency.Scope;
import cn.govdisclosure.format.ReportFormat;
import cn.govdisclosure.platform.InvalidInput;
import cn.govdisclosure.platform.ServiceClock;

/**
 * Computes an agency's annual tables from its ledger and appeal records, adding the figures of agencies pulled from
 * federation sources ({@link ContributedFigures}), which have no records here.
 */
@ApplicationScoped
public class StatisticsService {

    /** The first report year under the Regulation (in force since 1 May 2008). */
    public static final int FIRST_YEAR = 2008;

    private final StatisticsQuery query;
    private final ServiceClock clock;
    private final AgencyService agencies;
    private final Instance<ContributedFigures> contributed;

    StatisticsService(StatisticsQuery query, ServiceClock clock, AgencyService agencies,
            Instance<ContributedFigures> contributed) {
        this.query = query;
        this.clock = clock;
        this.agencies = agencies;
        this.contributed = contributed;
    }

    public AnnualStatistics compute(AgencyRef agency, int year, Scope scope) {
        checkYear(year);
        List<Long> ids = agencyIds(agency, scope);
        AnnualTables tables = withContributions(tables(ids, year), agency, year, scope);
        Timeliness timeliness = TimelinessAssembler.assemble(query.conclusions(ids, year), query.channels(ids, year),
                tables.applications());
        return new AnnualStatistics(agency.code(), agency.name(), year, scope, tables.format(), tables.applications(),
                tables.appeals(), timeliness);
    }

    /** The year's 办结及时率 (percent, two decimals) from the ledger; empty when nothing was concluded. */
    public java.util.Optional<java.math.BigDecimal> timelinessPercent(AgencyRef agency, int year, Scope scope) {
        return TimelinessAssembler.rate(query.conclusions(agencyIds(agency, scope), year));
    }

    /** Tables 三 and 四 of one agency (or its subtree) for a year, federated agencies' figures included. */
    public AnnualTables tables(AgencyRef agency, int year, Scope scope) {
        return withContributions(tables(agencyIds(agency, scope), year), agency, year, scope);
    }

    /**
     * One agency's own tables (its ledger's counts, given) plus the figures contributed for it alone when it has no
     * records here (a federated agency: its pulled report of scope AGENCY, else its source's statistics).
     */
    public AnnualTables withContributions(AnnualTables own, AgencyRef agency, int year) {
        return withContributions(own, agency, year, Scope.AGENCY);
    }

    /** The ledger's tables plus the figures contributed for agencies without records here. */
    private AnnualTables withContributions(AnnualTables ledger, AgencyRef agency, int year, Scope scope) {
        AnnualTables sum = ledger;
        for (ContributedFigures source : contributed) {
            for (AnnualTables part : source.of(agency, year, scope)) {
                sum = TableSum.add(sum, part);
            }
        }
        return sum;
    }

    private AnnualTables tables(List<Long> agencyIds, int year) {
        return TableAssembler.assemble(ReportFormat.forYear(year), query.ledger(agencyIds, year),
                query.appeals(agencyIds, year));
    }

    /** The agency alone, or it and every agency below it. */
    private List<Long> agencyIds(AgencyRef agency, Scope scope) {
        return scope == Scope.SUBTREE ? agencies.subtreeIds(agency) : List.of(agency.id());
    }

    /** A report year must lie between the Regulation's first year and the current year. */
    public void checkYear(int year) {
        int current = clock.today().getYear();
        if (year < FIRST_YEAR || year > current) {
            throw new InvalidInput("year", "out-of-range", "field.report-year", FIRST_YEAR, current);
        }
    }
}
