package cn.govdisclosure.statistics;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import cn.govdisclosure.format.AppealKind;
import cn.govdisclosure.format.AppealResult;
import cn.govdisclosure.format.ApplicantType;
import cn.govdisclosure.format.Outcome;
import cn.govdisclosure.ledger.Channel;

/**
 * The aggregations behind tables 三 and 四 and the timeliness figures, each one {@code GROUP BY} in the
 * database over a covering index (changelog {@code 14-1-statistics-year-indexes}), restricted to a list of
 * agency ids (one agency, or a subtree's). Year attribution for year Y (domain §4): new = received in Y;
 * carried over = received before Y and not concluded before Y; outcome rows = concluded in Y; carried
 * forward = received by 31 Dec Y and not concluded by then.
 *
 * <p>The ledger statements read exactly the applications received in Y and those carried over into Y, so
 * their cost follows the year and the applications open in it, not the agencies' whole history: the year's
 * by {@code (agency_id, received_year, …)}, one range per agency; the carried-over ones by
 * {@code (received_year, concluded_date, agency_id, …)}: "received in an earlier year and concluded on or after
 * 1 January Y, or open" is two ranges per earlier receipt year, so those years are listed
 * ({@link #receiptYears}) rather than bounded. Every statement names its index: MySQL and MariaDB are known
 * to pick a narrower index with table look-ups (bench/README.md), so they are forced ({@link Dialect}). A test
 * checks each statement's plan ({@code StatisticsPlansTest}).
 */
@ApplicationScoped
class StatisticsQuery {

    /**
     * Agency ids per statement: MariaDB turns an IN list of 1000 values or more into a join with a derived
     * table ({@code in_predicate_conversion_threshold}) and then reads the whole index; more agencies are
     * aggregated in batches, whose counts add up.
     */
    static final int AGENCY_BATCH = 999;

    /** Receipt years before this one are read as one range; later ones are listed one by one. */
    static final int FIRST_LISTED_RECEIPT_YEAR = StatisticsService.FIRST_YEAR - 1;

    /**
     * The ledger aggregation, in two statements whose counts add up (the same columns; each counts what its rows
     * are): {@link #LEDGER_NEW_SQL} and {@link #LEDGER_CARRIED_SQL}.
     */
    static final String LEDGER_COLUMNS = """
            SELECT %2$s, %3$s,
                   SUM(CASE WHEN a.received_year = :year THEN 1 ELSE 0 END),
                   SUM(CASE WHEN a.received_year < :year THEN 1 ELSE 0 END),
                   SUM(CASE WHEN a.concluded_date <= :yearEnd THEN 1 ELSE 0 END),
                   SUM(CASE WHEN a.concluded_date IS NULL OR a.concluded_date > :yearEnd THEN 1 ELSE 0 END)
            """;

    /** The applications received in the year: one index range per agency. */
    static final String LEDGER_NEW_SQL = LEDGER_COLUMNS + """
            FROM disclosure_application a %1$s INDEX (ix_application_year_ledger)
            WHERE a.agency_id IN (:agencyIds)
              AND a.received_year = :year
            GROUP BY %2$s, %3$s %4$s
            """;

    /**
     * The applications carried over into the year: received in an earlier year and open on 1 January. Two index
     * ranges per earlier receipt year (still open; concluded on or after 1 January), over every agency: they are
     * few, and their agency is checked in the index.
     */
    static final String LEDGER_CARRIED_SQL = LEDGER_COLUMNS + """
            FROM disclosure_application a %1$s INDEX (ix_application_year_carried)
            WHERE (a.received_year IN (:receiptYears) OR a.received_year < :firstListedYear)
              AND (a.concluded_date IS NULL OR a.concluded_date >= :yearStart)
              AND a.agency_id IN (:agencyIds)
            GROUP BY %2$s, %3$s %4$s
            """;

    static final String APPEALS_SQL = """
            SELECT %2$s,
                   CASE WHEN p.concluded_date IS NULL OR p.concluded_date > :yearEnd THEN 'PENDING' ELSE p.result END,
                   COUNT(*)
            FROM appeal p %1$s INDEX (ix_appeal_filed_result)
            WHERE p.agency_id IN (:agencyIds)
              AND p.filed_date BETWEEN :yearStart AND :yearEnd
            GROUP BY %2$s,
                   CASE WHEN p.concluded_date IS NULL OR p.concluded_date > :yearEnd THEN 'PENDING' ELSE p.result END %4$s
            """;

    /** Conclusions of the year by working days to conclusion and timeliness (both stored per application). */
    static final String TIMELINESS_SQL = """
            SELECT a.working_days_used, a.concluded_on_time, COUNT(*)
            FROM disclosure_application a %1$s INDEX (ix_application_concluded_timeliness)
            WHERE a.agency_id IN (:agencyIds)
              AND a.concluded_date BETWEEN :yearStart AND :yearEnd
            GROUP BY a.working_days_used, a.concluded_on_time %4$s
            """;

    static final String CHANNEL_SQL = """
            SELECT %2$s, COUNT(*)
            FROM disclosure_application a %1$s INDEX (ix_application_received_channel)
            WHERE a.agency_id IN (:agencyIds)
              AND a.received_date BETWEEN :yearStart AND :yearEnd
            GROUP BY %2$s %4$s
            """;

    private final EntityManager entityManager;
    private final Dialect dialect;

    StatisticsQuery(EntityManager entityManager,
            @ConfigProperty(name = "quarkus.datasource.db-kind", defaultValue = "mysql") String databaseKind) {
        this.entityManager = entityManager;
        this.dialect = Dialect.of(databaseKind);
    }

    /**
     * What the statements say differently per database. MySQL and MariaDB: {@code FORCE INDEX}; the enum
     * columns grouped by their bytes ({@code CAST(… AS BINARY)}: a case-insensitive collation's comparison makes
     * grouping several times slower than reading the rows, bench/README.md), and {@code ORDER BY NULL} so that
     * MariaDB does not sort the groups. H2 (dev) only knows {@code USE INDEX}.
     */
    record Dialect(String hint, boolean binaryKeys, String order) {

        static Dialect of(String databaseKind) {
            return databaseKind.toLowerCase(java.util.Locale.ROOT).contains("h2") ? new Dialect("USE", false, "")
                    : new Dialect("FORCE", true, "ORDER BY NULL");
        }

        /** A statement with its hint ({@code %1$s}), group keys ({@code %2$s}, {@code %3$s}) and order ({@code %4$s}). */
        String apply(String sql, String firstKey, String secondKey) {
            return sql.formatted(hint, key(firstKey), key(secondKey), order);
        }

        private String key(String column) {
            return column == null ? "" : binaryKeys ? "CAST(" + column + " AS BINARY)" : column;
        }
    }

    Dialect dialect() {
        return dialect;
    }

    static String ledgerNewSql(Dialect dialect) {
        return dialect.apply(LEDGER_NEW_SQL, "a.applicant_type", "a.outcome");
    }

    static String ledgerCarriedSql(Dialect dialect) {
        return dialect.apply(LEDGER_CARRIED_SQL, "a.applicant_type", "a.outcome");
    }

    static String appealsSql(Dialect dialect) {
        return dialect.apply(APPEALS_SQL, "p.kind", null);
    }

    @SuppressWarnings("unchecked")
    List<LedgerCount> ledger(Collection<Long> agencyIds, int year) {
        return batched(agencyIds, batch -> ledgerOf(batch, year));
    }

    private List<LedgerCount> ledgerOf(Collection<Long> agencyIds, int year) {
        List<LedgerCount> counts = new ArrayList<>(ledgerCounts(ledgerNewSql(dialect), agencyIds, year, false));
        counts.addAll(ledgerCounts(ledgerCarriedSql(dialect), agencyIds, year, true));
        return counts;
    }

    @SuppressWarnings("unchecked")
    private List<LedgerCount> ledgerCounts(String sql, Collection<Long> agencyIds, int year, boolean carried) {
        Query query = entityManager.createNativeQuery(withIds(sql, agencyIds));
        bindLedger(query, agencyIds, year, carried);
        return ((List<Object[]>) query.getResultList()).stream()
                .map(row -> new LedgerCount(ApplicantType.valueOf(text(row[0])),
                        row[1] == null ? null : Outcome.valueOf(text(row[1])),
                        number(row[2]), number(row[3]), number(row[4]), number(row[5])))
                .toList();
    }

    @SuppressWarnings("unchecked")
    List<AppealCount> appeals(Collection<Long> agencyIds, int year) {
        return batched(agencyIds, batch -> appealsOf(batch, year));
    }

    @SuppressWarnings("unchecked")
    private List<AppealCount> appealsOf(Collection<Long> agencyIds, int year) {
        Query query = entityManager.createNativeQuery(withIds(appealsSql(dialect), agencyIds));
        bind(query, agencyIds, year);
        return ((List<Object[]>) query.getResultList()).stream()
                .map(row -> new AppealCount(AppealKind.valueOf(text(row[0])), AppealResult.valueOf(text(row[1])),
                        number(row[2])))
                .toList();
    }

    @SuppressWarnings("unchecked")
    List<TimelinessAssembler.ConclusionCount> conclusions(Collection<Long> agencyIds, int year) {
        return batched(agencyIds, batch -> conclusionsOf(batch, year));
    }

    @SuppressWarnings("unchecked")
    private List<TimelinessAssembler.ConclusionCount> conclusionsOf(Collection<Long> agencyIds, int year) {
        Query query = entityManager.createNativeQuery(withIds(dialect.apply(TIMELINESS_SQL, null, null), agencyIds));
        bind(query, agencyIds, year);
        return ((List<Object[]>) query.getResultList()).stream()
                .map(row -> new TimelinessAssembler.ConclusionCount(
                        row[0] == null ? null : ((Number) row[0]).intValue(), bool(row[1]), number(row[2])))
                .toList();
    }

    @SuppressWarnings("unchecked")
    List<TimelinessAssembler.ChannelCount> channels(Collection<Long> agencyIds, int year) {
        return batched(agencyIds, batch -> channelsOf(batch, year));
    }

    @SuppressWarnings("unchecked")
    private List<TimelinessAssembler.ChannelCount> channelsOf(Collection<Long> agencyIds, int year) {
        Query query = entityManager.createNativeQuery(withIds(dialect.apply(CHANNEL_SQL, "a.channel", null), agencyIds));
        bind(query, agencyIds, year);
        return ((List<Object[]>) query.getResultList()).stream()
                .map(row -> new TimelinessAssembler.ChannelCount(Channel.valueOf(text(row[0])), number(row[1])))
                .toList();
    }

    /** Runs an aggregation over the agencies in batches of {@link #AGENCY_BATCH} and concatenates the counts. */
    static <T> List<T> batched(Collection<Long> agencyIds, java.util.function.Function<List<Long>, List<T>> query) {
        List<Long> ids = List.copyOf(agencyIds);
        if (ids.size() <= AGENCY_BATCH) {
            return query.apply(ids);
        }
        List<T> all = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += AGENCY_BATCH) {
            all.addAll(query.apply(ids.subList(from, Math.min(ids.size(), from + AGENCY_BATCH))));
        }
        return all;
    }

    /** The receipt years listed for the carried-over applications: from {@link #FIRST_LISTED_RECEIPT_YEAR} to this one. */
    static List<Integer> receiptYears(int year) {
        List<Integer> years = new ArrayList<>();
        for (int y = FIRST_LISTED_RECEIPT_YEAR; y <= year; y++) {
            years.add(y);
        }
        return years;
    }

    /** A group key as text: the database answers the bytes of a binary key. */
    static String text(Object value) {
        return value instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : (String) value;
    }

    private static Boolean bool(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof Boolean flag ? flag : ((Number) value).intValue() != 0;
    }

    /**
     * The statement with the agency ids written into its {@code IN (:agencyIds)}: numbers read from the agency
     * table, sent as the driver would send bound values, but without a list parameter, which Hibernate would pad
     * to the next power of two (past {@link #AGENCY_BATCH}).
     */
    static String withIds(String sql, Collection<Long> agencyIds) {
        if (agencyIds.isEmpty()) {
            throw new IllegalArgumentException("no agency to aggregate");
        }
        StringBuilder ids = new StringBuilder();
        for (long id : agencyIds) {
            ids.append(ids.length() == 0 ? "" : ",").append(id);
        }
        return sql.replace(":agencyIds", ids);
    }

    /** Binds the parameters of a ledger statement (also grouped by agency, for exports). */
    static void bindLedger(Query query, Collection<Long> agencyIds, int year, boolean carried) {
        query.setParameter("year", year);
        query.setParameter("yearEnd", LocalDate.of(year, 12, 31));
        if (carried) {
            query.setParameter("yearStart", LocalDate.of(year, 1, 1));
            query.setParameter("receiptYears", receiptYears(year - 1));
            query.setParameter("firstListedYear", FIRST_LISTED_RECEIPT_YEAR);
        }
    }

    /** Binds the agencies and the year's first and last day. */
    static void bind(Query query, Collection<Long> agencyIds, int year) {
        query.setParameter("yearStart", LocalDate.of(year, 1, 1));
        query.setParameter("yearEnd", LocalDate.of(year, 12, 31));
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
