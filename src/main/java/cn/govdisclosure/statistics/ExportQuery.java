package cn.govdisclosure.statistics;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.query.NativeQuery;

import cn.govdisclosure.format.AppealKind;
import cn.govdisclosure.format.AppealResult;
import cn.govdisclosure.format.ApplicantType;
import cn.govdisclosure.format.Outcome;

/**
 * The queries behind bulk exports over many agencies, all {@code GROUP BY} in the database: tables 三
 * and 四 per agency (the statements of {@link StatisticsQuery}, grouped by agency as well), and
 * per agency the count, summed versions and latest update of its records, read from the
 * (agency_id, updated_at, version) indexes. Agencies are selected by materialised tree path prefixes.
 */
@ApplicationScoped
class ExportQuery {


    static final String AGENCIES_SQL = """
            SELECT g.id AS agency_id, g.code AS code, g.name AS name, g.kind AS kind, p.code AS parent_code,
                   g.version AS version, g.updated_at AS updated_at, g.federated_from AS federated_from
            FROM agency g LEFT JOIN agency p ON p.id = g.parent_id
            WHERE %s
            ORDER BY g.code
            """;

    static final String CHANGES_SQL = """
            SELECT r.agency_id AS agency_id, COUNT(*) AS records, SUM(r.version) AS versions,
                   MAX(r.updated_at) AS updated_at
            FROM %s r JOIN agency g ON g.id = r.agency_id
            WHERE %s
            GROUP BY r.agency_id
            """;

    /** Counts of the records of one table per agency. */
    record Changes(long records, long versions, Instant updatedAt) {
    }

    /** The ledger counts of one agency. */
    record AgencyLedgerCount(long agencyId, LedgerCount count) {
    }

    /** The appeal counts of one agency. */
    record AgencyAppealCount(long agencyId, AppealCount count) {
    }

    private final EntityManager entityManager;
    private final StatisticsQuery statistics;

    ExportQuery(EntityManager entityManager, StatisticsQuery statistics) {
        this.entityManager = entityManager;
        this.statistics = statistics;
    }

    @SuppressWarnings("unchecked")
    List<AgencyChange> agencies(List<String> treePaths) {
        Map<Long, Changes> applications = changes("disclosure_application", treePaths);
        Map<Long, Changes> appeals = changes("appeal", treePaths);
        NativeQuery<Object[]> query = entityManager.createNativeQuery(AGENCIES_SQL.formatted(scope(treePaths)))
                .unwrap(NativeQuery.class);
        query.addScalar("agency_id", Long.class).addScalar("code", String.class).addScalar("name", String.class)
                .addScalar("kind", String.class).addScalar("parent_code", String.class)
                .addScalar("version", Long.class).addScalar("updated_at", Instant.class)
                .addScalar("federated_from", String.class);
        bind(query, treePaths);
        List<AgencyChange> agencies = new ArrayList<>();
        for (Object[] row : query.getResultList()) {
            long id = (Long) row[0];
            Changes ledger = applications.getOrDefault(id, new Changes(0, 0, null));
            Changes cases = appeals.getOrDefault(id, new Changes(0, 0, null));
            agencies.add(new AgencyChange(id, (String) row[1], (String) row[2], (String) row[3], (String) row[4],
                    (Long) row[5], (Instant) row[6], ledger.records(), ledger.versions(), ledger.updatedAt(),
                    cases.records(), cases.versions(), cases.updatedAt(), (String) row[7]));
        }
        return agencies;
    }

    @SuppressWarnings("unchecked")
    private Map<Long, Changes> changes(String table, List<String> treePaths) {
        NativeQuery<Object[]> query = entityManager.createNativeQuery(CHANGES_SQL.formatted(table, scope(treePaths)))
                .unwrap(NativeQuery.class);
        query.addScalar("agency_id", Long.class).addScalar("records", Long.class).addScalar("versions", Long.class)
                .addScalar("updated_at", Instant.class);
        bind(query, treePaths);
        Map<Long, Changes> changes = new HashMap<>();
        for (Object[] row : query.getResultList()) {
            changes.put((Long) row[0], new Changes((Long) row[1], (Long) row[2], (Instant) row[3]));
        }
        return changes;
    }

    @SuppressWarnings("unchecked")
    List<AgencyLedgerCount> ledger(Collection<Long> agencyIds, int year) {
        return StatisticsQuery.batched(agencyIds, batch -> ledgerOf(batch, year));
    }

    private List<AgencyLedgerCount> ledgerOf(Collection<Long> agencyIds, int year) {
        List<AgencyLedgerCount> counts = new ArrayList<>(
                ledgerCounts(StatisticsQuery.ledgerNewSql(statistics.dialect()), agencyIds, year, false));
        counts.addAll(ledgerCounts(StatisticsQuery.ledgerCarriedSql(statistics.dialect()), agencyIds, year, true));
        return counts;
    }

    @SuppressWarnings("unchecked")
    private List<AgencyLedgerCount> ledgerCounts(String sql, Collection<Long> agencyIds, int year, boolean carried) {
        var query = entityManager.createNativeQuery(StatisticsQuery.withIds(byAgency(sql, "a"), agencyIds));
        StatisticsQuery.bindLedger(query, agencyIds, year, carried);
        return ((List<Object[]>) query.getResultList()).stream()
                .map(row -> new AgencyLedgerCount(number(row[0]), new LedgerCount(
                        ApplicantType.valueOf(StatisticsQuery.text(row[1])),
                        row[2] == null ? null : Outcome.valueOf(StatisticsQuery.text(row[2])), number(row[3]), number(row[4]),
                        number(row[5]), number(row[6]))))
                .toList();
    }

    @SuppressWarnings("unchecked")
    List<AgencyAppealCount> appeals(Collection<Long> agencyIds, int year) {
        return StatisticsQuery.batched(agencyIds, batch -> appealsOf(batch, year));
    }

    @SuppressWarnings("unchecked")
    private List<AgencyAppealCount> appealsOf(Collection<Long> agencyIds, int year) {
        var query = entityManager.createNativeQuery(
                StatisticsQuery.withIds(byAgency(StatisticsQuery.appealsSql(statistics.dialect()), "p"), agencyIds));
        StatisticsQuery.bind(query, agencyIds, year);
        return ((List<Object[]>) query.getResultList()).stream()
                .map(row -> new AgencyAppealCount(number(row[0]), new AppealCount(
                        AppealKind.valueOf(StatisticsQuery.text(row[1])),
                        AppealResult.valueOf(StatisticsQuery.text(row[2])), number(row[3]))))
                .toList();
    }

    /** The single-agency aggregation, also selecting and grouping by agency. */
    static String byAgency(String sql, String alias) {
        String grouped = sql.replaceFirst("SELECT ", "SELECT " + alias + ".agency_id, ")
                .replaceFirst("GROUP BY ", "GROUP BY " + alias + ".agency_id, ");
        if (!grouped.contains("SELECT " + alias + ".agency_id, ") || !grouped.contains("GROUP BY " + alias + ".agency_id, ")) {
            throw new IllegalStateException("the aggregation query no longer has the expected shape");
        }
        return grouped;
    }

    private static String scope(List<String> treePaths) {
        if (treePaths.isEmpty()) {
            return "1 = 0";
        }
        StringBuilder condition = new StringBuilder("(");
        for (int i = 0; i < treePaths.size(); i++) {
            condition.append(i == 0 ? "" : " OR ").append("g.tree_path LIKE :path").append(i);
        }
        return condition.append(')').toString();
    }

    private static void bind(jakarta.persistence.Query query, List<String> treePaths) {
        for (int i = 0; i < treePaths.size(); i++) {
            query.setParameter("path" + i, treePaths.get(i) + "%");
        }
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
