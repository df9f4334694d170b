package cn.govdisclosure.report;

import java.math.BigDecimal;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import cn.govdisclosure.agency.AgencyRef;
import cn.govdisclosure.checks.TimelinessSource;
import cn.govdisclosure.statistics.Scope;
import cn.govdisclosure.statistics.StatisticsService;

/** The 办结及时率 the TEXT rule compares a narrative with: computed from the ledger's deadlines. */
@ApplicationScoped
class LedgerTimeliness implements TimelinessSource {

    private final StatisticsService statistics;

    LedgerTimeliness(StatisticsService statistics) {
        this.statistics = statistics;
    }

    @Override
    public Optional<BigDecimal> timelinessPercent(AgencyRef agency, int year, Scope scope) {
        return statistics.timelinessPercent(agency, year, scope);
    }
}
