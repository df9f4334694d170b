package cn.govdisclosure.statistics;

import jakarta.enterprise.context.ApplicationScoped;

import cn.govdisclosure.agency.AgencyRef;
import cn.govdisclosure.format.ReportFormat;
import cn.govdisclosure.platform.InvalidInput;
import cn.govdisclosure.platform.ServiceClock;

/** Computes an agency's annual tables from its ledger and appeal records. */
@ApplicationScoped
public class StatisticsService {

    /** The first report year under the Regulation (in force since 1 May 2008). */
    public static final int FIRST_YEAR = 2008;

    private final StatisticsQuery query;
    private final ServiceClock clock;

    StatisticsService(StatisticsQuery query, ServiceClock clock) {
        this.query = query;
        this.clock = clock;
    }

    public AnnualStatistics compute(AgencyRef agency, int year, Scope scope) {
        checkYear(year);
        AnnualTables tables = tables(agency, year, scope);
        boolean subtree = scope == Scope.SUBTREE;
        Timeliness timeliness = TimelinessAssembler.assemble(query.conclusions(agency, subtree, year),
                query.channels(agency, subtree, year), tables.applications());
        return new AnnualStatistics(agency.code(), agency.name(), year, scope, tables.format(), tables.applications(),
                tables.appeals(), timeliness);
    }

    /** The year's 办结及时率 (percent, two decimals) from the ledger; empty when nothing was concluded. */
    public java.util.Optional<java.math.BigDecimal> timelinessPercent(AgencyRef agency, int year, Scope scope) {
        return TimelinessAssembler.rate(query.conclusions(agency, scope == Scope.SUBTREE, year));
    }

    /** Tables 三 and 四 of one agency (or its subtree) for a year. */
    public AnnualTables tables(AgencyRef agency, int year, Scope scope) {
        boolean subtree = scope == Scope.SUBTREE;
        return TableAssembler.assemble(ReportFormat.forYear(year), query.ledger(agency, subtree, year),
                query.appeals(agency, subtree, year));
    }

    /** A report year must lie between the Regulation's first year and the current year. */
    public void checkYear(int year) {
        int current = clock.today().getYear();
        if (year < FIRST_YEAR || year > current) {
            throw new InvalidInput("year", "must be a report year from " + FIRST_YEAR + " to " + current);
        }
    }
}
