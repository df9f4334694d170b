package cn.govdisclosure.statistics;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import cn.govdisclosure.agency.AgencyRef;
import cn.govdisclosure.format.AppealKind;
import cn.govdisclosure.format.AppealResult;
import cn.govdisclosure.format.ApplicantType;
import cn.govdisclosure.format.Outcome;
import cn.govdisclosure.ledger.Channel;

/**
 * The two aggregations behind tables 三 and 四, each one {@code GROUP BY} in the database. Year
 * attribution for year Y (domain §4): new = received in Y; carried over = received before Y and not
 * concluded before Y; outcome rows = concluded in Y; carried forward = received by 31 Dec Y and not
 * concluded by then. The queries read covering indexes led by agency_id; for a subtree MariaDB looks
 * them up per agency, so the date conditions filter rather than bound the scan and the cost grows with
 * the subtree's whole history (measured in bench/README.md).
 */
@ApplicationScoped
class StatisticsQuery {

    static final String LEDGER_SQL = """
            SELECT a.applicant_type, a.outcome,
                   SUM(CASE WHEN a.received_date >= :yearStart THEN 1 ELSE 0 END),
                   SUM(CASE WHEN a.received_date < :yearStart THEN 1 ELSE 0 END),
                   SUM(CASE WHEN a.concluded_date <= :yearEnd THEN 1 ELSE 0 END),
                   SUM(CASE WHEN a.concluded_date IS NULL OR a.concluded_date > :yearEnd THEN 1 ELSE 0 END)
            FROM disclosure_application a %s
            WHERE %s
              AND a.received_date <= :yearEnd
              AND (a.concluded_date IS NULL OR a.concluded_date >= :yearStart)
            GROUP BY a.applicant_type, a.outcome
            """;

    static final String APPEALS_SQL = """
            SELECT p.kind,
                   CASE WHEN p.concluded_date IS NULL OR p.concluded_date > :yearEnd THEN 'PENDING' ELSE p.result END,
                   COUNT(*)
            FROM appeal p %s
            WHERE %s
              AND p.filed_date BETWEEN :yearStart AND :yearEnd
            GROUP BY p.kind,
                   CASE WHEN p.concluded_date IS NULL OR p.concluded_date > :yearEnd THEN 'PENDING' ELSE p.result END
            """;

    /** Conclusions of the year by working days to conclusion and timeliness (both stored per application). */
    static final String TIMELINESS_SQL = """
            SELECT a.working_days_used, a.concluded_on_time, COUNT(*)
            FROM disclosure_application a %s
            WHERE %s
              AND a.concluded_date BETWEEN :yearStart AND :yearEnd
            GROUP BY a.working_days_used, a.concluded_on_time
            """;

    static final String CHANNEL_SQL = """
            SELECT a.channel, COUNT(*)
            FROM disclosure_application a %s
            WHERE %s
              AND a.received_date BETWEEN :yearStart AND :yearEnd
            GROUP BY a.channel
            """;

    private final EntityManager entityManager;

    StatisticsQuery(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @SuppressWarnings("unchecked")
    List<LedgerCount> ledger(AgencyRef agency, boolean subtree, int year) {
        Query query = entityManager.createNativeQuery(scoped(LEDGER_SQL, "a", subtree));
        bind(query, agency, subtree, year);
        return ((List<Object[]>) query.getResultList()).stream()
                .map(row -> new LedgerCount(ApplicantType.valueOf((String) row[0]),
                        row[1] == null ? null : Outcome.valueOf((String) row[1]),
                        number(row[2]), number(row[3]), number(row[4]), number(row[5])))
                .toList();
    }

    @SuppressWarnings("unchecked")
    List<AppealCount> appeals(AgencyRef agency, boolean subtree, int year) {
        Query query = entityManager.createNativeQuery(scoped(APPEALS_SQL, "p", subtree));
        bind(query, agency, subtree, year);
        return ((List<Object[]>) query.getResultList()).stream()
                .map(row -> new AppealCount(AppealKind.valueOf((String) row[0]), AppealResult.valueOf((String) row[1]),
                        number(row[2])))
                .toList();
    }

    @SuppressWarnings("unchecked")
    List<TimelinessAssembler.ConclusionCount> conclusions(AgencyRef agency, boolean subtree, int year) {
        Query query = entityManager.createNativeQuery(scoped(TIMELINESS_SQL, "a", subtree));
        bind(query, agency, subtree, year);
        return ((List<Object[]>) query.getResultList()).stream()
                .map(row -> new TimelinessAssembler.ConclusionCount(
                        row[0] == null ? null : ((Number) row[0]).intValue(), bool(row[1]), number(row[2])))
                .toList();
    }

    @SuppressWarnings("unchecked")
    List<TimelinessAssembler.ChannelCount> channels(AgencyRef agency, boolean subtree, int year) {
        Query query = entityManager.createNativeQuery(scoped(CHANNEL_SQL, "a", subtree));
        bind(query, agency, subtree, year);
        return ((List<Object[]>) query.getResultList()).stream()
                .map(row -> new TimelinessAssembler.ChannelCount(Channel.valueOf((String) row[0]), number(row[1])))
                .toList();
    }

    private static Boolean bool(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof Boolean flag ? flag : ((Number) value).intValue() != 0;
    }

    /** Restricts a query to the agency itself, or to its subtree by the materialised path. */
    private static String scoped(String sql, String alias, boolean subtree) {
        return subtree
                ? sql.formatted("JOIN agency g ON g.id = " + alias + ".agency_id", "g.tree_path LIKE :treePrefix")
                : sql.formatted("", alias + ".agency_id = :agencyId");
    }

    private static void bind(Query query, AgencyRef agency, boolean subtree, int year) {
        if (subtree) {
            query.setParameter("treePrefix", agency.treePath() + "%");
        } else {
            query.setParameter("agencyId", agency.id());
        }
        query.setParameter("yearStart", LocalDate.of(year, 1, 1));
        query.setParameter("yearEnd", LocalDate.of(year, 12, 31));
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
