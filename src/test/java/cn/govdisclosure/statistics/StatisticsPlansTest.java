package cn.govdisclosure.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

import cn.govdisclosure.TestData;

/**
 * The plans of the statistics statements as the service sends them (MariaDB here; the same hints hold on
 * MySQL 8): each reads the covering index it names, by index ranges, from that index alone — no table
 * look-up, whatever the optimizer would have picked on its own. When the carried-over statement reads ranges,
 * they cover receipt year and conclusion date, so that a year's cost does not grow with the ledger's history
 * (bench/README.md measures it on a million applications, where the plans are ranges).
 */
@QuarkusTest
class StatisticsPlansTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void everyStatisticsStatementReadsItsCoveringIndexAlone() throws SQLException {
        String agency = TestData.agency();
        TestData.record(agency, "P-1", "2020-12-20", "NATURAL_PERSON", "GRANTED", "2021-01-05");
        TestData.record(agency, "P-2", "2021-03-01", "COMMERCIAL_ENTERPRISE", null, null);
        StatisticsQuery.Dialect dialect = StatisticsQuery.Dialect.of("mysql");
        Map<String, String> statements = Map.of(
                "ix_application_year_ledger", StatisticsQuery.ledgerNewSql(dialect),
                "ix_application_year_carried", StatisticsQuery.ledgerCarriedSql(dialect),
                "ix_appeal_filed_result", StatisticsQuery.appealsSql(dialect),
                "ix_application_concluded_timeliness", dialect.apply(StatisticsQuery.TIMELINESS_SQL, null, null),
                "ix_application_received_channel", dialect.apply(StatisticsQuery.CHANNEL_SQL, "a.channel", null));

        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            String ids;
            try (ResultSet result = statement.executeQuery("SELECT id FROM agency WHERE code = '" + agency + "'")) {
                result.next();
                ids = result.getString(1) + ", " + (result.getLong(1) + 1000);
            }
            for (var entry : statements.entrySet()) {
                String sql = literals(entry.getValue(), ids, 2021);
                List<String> plans = new ArrayList<>();
                try (ResultSet plan = statement.executeQuery("EXPLAIN " + sql)) {
                    while (plan.next()) {
                        plans.add(plan.getString("type") + " " + plan.getString("key") + " " + plan.getInt("key_len")
                                + " [" + plan.getString("Extra") + "]");
                        assertEquals(entry.getKey(), plan.getString("key"), sql);
                        // on the test's few rows a scan of the whole (covering) index may cost less than the
                        // ranges; on a real ledger the ranges win (bench/README.md), either way no table look-up
                        assertTrue(List.of("range", "index").contains(plan.getString("type")), sql);
                        assertTrue(List.of(plan.getString("Extra").split("; ")).contains("Using index"),
                                "reads the index alone: " + plans);
                    }
                }
                assertEquals(1, plans.size(), plans.toString());
                if (plans.get(0).startsWith("range ix_application_year_carried")) {
                    // received_year (2, nullable: 3) + concluded_date (3, nullable: 4), and for the still open
                    // ones (a single conclusion value, NULL) also agency_id (8)
                    assertTrue(plans.get(0).contains(" 7 [") || plans.get(0).contains(" 15 ["),
                            "ranges over receipt year and conclusion: " + plans);
                }
            }
        }
    }

    /** The statement with its parameters as the literals the JDBC driver sends. */
    private static String literals(String sql, String ids, int year) {
        return sql.replace(":agencyIds", ids)
                .replace(":receiptYears", StatisticsQuery.receiptYears(year - 1).stream().map(String::valueOf)
                        .collect(Collectors.joining(", ")))
                .replace(":firstListedYear", Integer.toString(StatisticsQuery.FIRST_LISTED_RECEIPT_YEAR))
                .replace(":yearStart", "'" + year + "-01-01'").replace(":yearEnd", "'" + year + "-12-31'")
                .replace(":year", Integer.toString(year));
    }
}
