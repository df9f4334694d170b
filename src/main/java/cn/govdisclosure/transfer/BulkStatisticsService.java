package cn.govdisclosure.transfer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import cn.govdisclosure.agency.AgencyKind;
import cn.govdisclosure.agency.AgencyService;
import cn.govdisclosure.format.ReportFormat;
import cn.govdisclosure.statistics.AgencyChange;
import cn.govdisclosure.statistics.AnnualTables;
import cn.govdisclosure.statistics.StatisticsExports;
import cn.govdisclosure.statistics.StatisticsService;

/**
 * The bulk pull of a year's tables. It first reads, per agency in scope, what its tables depend on (a
 * cheap query on indexes); from that it makes the entity tag, so an unchanged pull is answered without
 * computing any table, and selects the agencies changed since the instant asked for. An agency pulled from a
 * federation source shows the figures pulled for it (statistics' contributed figures), as its tables do.
 */
@ApplicationScoped
public class BulkStatisticsService {

    static final int SCHEMA_VERSION = 1;

    private final StatisticsExports exports;
    private final StatisticsService statistics;
    private final AgencyService agencyService;

    BulkStatisticsService(StatisticsExports exports, StatisticsService statistics, AgencyService agencyService) {
        this.exports = exports;
        this.statistics = statistics;
        this.agencyService = agencyService;
    }

    /** What a pull depends on: the agencies in scope with their change fingerprints, and the entity tag. */
    public record Pull(int year, String under, Instant updatedSince, List<String> treePaths, List<AgencyChange> agencies,
            String entityTag) {
    }

    /**
     * Reads what the pull depends on. The tag covers the schema version, the representation, the year, the scope
     * and every agency's fingerprint, so it changes when any counted record, any agency in scope or the scope itself
     * changes. It does not cover {@code updatedSince}, which is part of the URL: the same tag means the same data, so
     * an aggregator sends the tag of its last pull with that pull's {@code lastChanged} and an unchanged scope
     * answers 304.
     */
    public Pull prepare(int year, String under, Instant updatedSince, List<String> treePaths, String representation) {
        statistics.checkYear(year);
        List<AgencyChange> agencies = exports.agencies(treePaths);
        StringBuilder state = new StringBuilder().append(SCHEMA_VERSION).append('|').append(representation).append('|')
                .append(year).append('|').append(under);
        agencies.forEach(agency -> state.append('|').append(agency.fingerprint()));
        return new Pull(year, under, updatedSince, treePaths, agencies, "b" + SCHEMA_VERSION + "-" + sha256(state));
    }

    /** The tables of the agencies in scope changed at or after {@code updatedSince} (all when it is null). */
    public BulkStatistics pull(Pull pull) {
        List<AgencyChange> selected = pull.agencies().stream()
                .filter(agency -> pull.updatedSince() == null || !agency.lastChanged().isBefore(pull.updatedSince()))
                .toList();
        Map<Long, AnnualTables> tables = exports.tables(selected.stream().map(AgencyChange::agencyId).toList(),
                pull.year());
        AnnualTables none = StatisticsExports.empty(pull.year());
        List<BulkStatistics.Agency> listed = new ArrayList<>();
        for (AgencyChange agency : selected) {
            AnnualTables of = tables.getOrDefault(agency.agencyId(), none);
            if (agency.federatedFrom() != null) {
                of = statistics.withContributions(of, agencyService.require(agency.code()), pull.year());
            }
            listed.add(new BulkStatistics.Agency(agency.code(), agency.name(), AgencyKind.valueOf(agency.kind()),
                    agency.parentCode(), agency.lastChanged(), of.applications(), of.appeals()));
        }
        return new BulkStatistics(SCHEMA_VERSION, pull.year(), ReportFormat.forYear(pull.year()), pull.under(),
                pull.updatedSince(), lastChanged(pull), pull.agencies().size(), listed);
    }

    static Instant lastChanged(Pull pull) {
        return pull.agencies().stream().map(AgencyChange::lastChanged).max(Instant::compareTo).orElse(null);
    }

    private static String sha256(CharSequence text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
