package cn.govdisclosure.statistics;

import static cn.govdisclosure.TestData.api;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.quarkus.test.junit.QuarkusTest;

import cn.govdisclosure.TestData;

/**
 * A ledger spanning 2019–2021 with applications carried across year ends. Columns: 自然人 (NP), 商业企业
 * (CE), 科研机构 (RI), 社会公益组织 (SW), 法律服务机构 (LS), 其他 (OO), 总计. The expected tables are
 * worked out by hand from the attribution rules of domain.md §4.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class YearAttributionTest {

    private boolean recorded;

    private String agency;

    /** Runs once, before the first test: REST Assured knows the test port only from then on. */
    @BeforeEach
    void recordLedger() {
        if (recorded) {
            return;
        }
        recorded = true;
        agency = TestData.agency();
        String neighbour = TestData.agency();
        // received 2018, concluded early 2019: carried over into 2019
        TestData.record(agency, "A10", "2018-11-01", "NATURAL_PERSON", "GRANTED", "2019-01-02");
        TestData.record(agency, "A8", "2019-05-05", "SOCIAL_WELFARE_ORGANIZATION", "PARTIALLY_GRANTED", "2019-12-31");
        TestData.record(agency, "A1", "2019-12-20", "NATURAL_PERSON", "GRANTED", "2020-01-10");
        // open across two year ends
        TestData.record(agency, "A2", "2019-12-30", "COMMERCIAL_ENTERPRISE", "OTHER_NO_CORRECTION", "2021-01-05");
        TestData.record(agency, "A3", "2020-03-01", "NATURAL_PERSON", "OTHER_FEE_UNPAID", "2020-03-15");
        TestData.record(agency, "A4", "2020-05-01", "RESEARCH_INSTITUTION", "OTHER", "2020-05-20");
        TestData.record(agency, "A9", "2020-12-31", "OTHER_ORGANIZATION", "DENIED_STATE_SECRET", "2021-01-01");
        TestData.record(agency, "A5", "2021-02-01", "NATURAL_PERSON", "OTHER_FEE_UNPAID", "2021-02-10");
        TestData.record(agency, "A6", "2021-06-01", "LEGAL_SERVICE_INSTITUTION", "OTHER", "2021-06-30");
        // still open today
        TestData.record(agency, "A7", "2021-12-31", "NATURAL_PERSON", null, null);
        // another agency's entry never counts here
        TestData.record(neighbour, "A1", "2020-06-01", "NATURAL_PERSON", "GRANTED", "2020-06-02");
    }

    @Test
    void year2019() {
        Map<String, List<Integer>> rows = rows(2019);

        assertEquals(List.of(1, 1, 0, 1, 0, 0, 3), rows.get("NEW_RECEIVED"));
        assertEquals(List.of(1, 0, 0, 0, 0, 0, 1), rows.get("CARRIED_OVER"));
        assertEquals(List.of(1, 0, 0, 0, 0, 0, 1), rows.get("GRANTED"));
        assertEquals(List.of(0, 0, 0, 1, 0, 0, 1), rows.get("PARTIALLY_GRANTED"));
        assertEquals(List.of(1, 0, 0, 1, 0, 0, 2), rows.get("TOTAL_CONCLUDED"));
        assertEquals(List.of(1, 1, 0, 0, 0, 0, 2), rows.get("CARRIED_FORWARD"));
        assertIdentity(rows);
    }

    @Test
    void year2020FoldsTheOtherOutcomesInGb2019() {
        Map<String, List<Integer>> rows = rows(2020);

        assertEquals(23, rows.size());
        assertFalse(rows.containsKey("OTHER_NO_CORRECTION"));
        assertFalse(rows.containsKey("OTHER_FEE_UNPAID"));
        assertEquals(List.of(1, 0, 1, 0, 0, 1, 3), rows.get("NEW_RECEIVED"));
        assertEquals(List.of(1, 1, 0, 0, 0, 0, 2), rows.get("CARRIED_OVER"));
        assertEquals(List.of(1, 0, 0, 0, 0, 0, 1), rows.get("GRANTED"));
        // A3 (fee unpaid) and A4 (other) under the single （六）其他处理 row
        assertEquals(List.of(1, 0, 1, 0, 0, 0, 2), rows.get("OTHER"));
        assertEquals(List.of(2, 0, 1, 0, 0, 0, 3), rows.get("TOTAL_CONCLUDED"));
        assertEquals(List.of(0, 1, 0, 0, 0, 1, 2), rows.get("CARRIED_FORWARD"));
        assertIdentity(rows);
    }

    @Test
    void year2021ShowsTheOtherOutcomesApartInGb2021() {
        Map<String, List<Integer>> rows = rows(2021);

        assertEquals(25, rows.size());
        assertEquals(List.of(2, 0, 0, 0, 1, 0, 3), rows.get("NEW_RECEIVED"));
        assertEquals(List.of(0, 1, 0, 0, 0, 1, 2), rows.get("CARRIED_OVER"));
        assertEquals(List.of(0, 1, 0, 0, 0, 0, 1), rows.get("OTHER_NO_CORRECTION"));
        assertEquals(List.of(1, 0, 0, 0, 0, 0, 1), rows.get("OTHER_FEE_UNPAID"));
        assertEquals(List.of(0, 0, 0, 0, 1, 0, 1), rows.get("OTHER"));
        assertEquals(List.of(0, 0, 0, 0, 0, 1, 1), rows.get("DENIED_STATE_SECRET"));
        assertEquals(List.of(1, 1, 0, 0, 1, 1, 4), rows.get("TOTAL_CONCLUDED"));
        assertEquals(List.of(1, 0, 0, 0, 0, 0, 1), rows.get("CARRIED_FORWARD"));
        assertIdentity(rows);
    }

    @Test
    void carriedOverEqualsLastYearsCarriedForward() {
        assertEquals(rows(2019).get("CARRIED_FORWARD"), rows(2020).get("CARRIED_OVER"));
        assertEquals(rows(2020).get("CARRIED_FORWARD"), rows(2021).get("CARRIED_OVER"));
        assertEquals(rows(2021).get("CARRIED_FORWARD"), rows(2022).get("CARRIED_OVER"));
    }

    @Test
    void everyOutcomeRowSumsToTheTotal() {
        for (int year = 2019; year <= 2022; year++) {
            Map<String, List<Integer>> rows = rows(year);
            for (int column = 0; column < 7; column++) {
                int outcomes = 0;
                boolean inOutcomes = false;
                for (var row : rows.entrySet()) {
                    if (row.getKey().equals("GRANTED")) {
                        inOutcomes = true;
                    }
                    if (row.getKey().equals("TOTAL_CONCLUDED")) {
                        break;
                    }
                    if (inOutcomes) {
                        outcomes += row.getValue().get(column);
                    }
                }
                assertEquals(rows.get("TOTAL_CONCLUDED").get(column), outcomes, year + " column " + column);
            }
            for (var row : rows.entrySet()) {
                List<Integer> values = row.getValue();
                assertEquals(values.subList(0, 6).stream().mapToInt(Integer::intValue).sum(), values.get(6),
                        year + " " + row.getKey());
            }
        }
    }

    private static void assertIdentity(Map<String, List<Integer>> rows) {
        for (int column = 0; column < 7; column++) {
            assertEquals(rows.get("NEW_RECEIVED").get(column) + rows.get("CARRIED_OVER").get(column),
                    rows.get("TOTAL_CONCLUDED").get(column) + rows.get("CARRIED_FORWARD").get(column),
                    "T3-IDENTITY in column " + column);
        }
    }

    private Map<String, List<Integer>> rows(int year) {
        List<Map<String, Object>> rows = api().get("/api/v1/agencies/{code}/statistics/{year}", agency, year)
                .then().statusCode(200).extract().jsonPath().getList("applications.rows");
        Map<String, List<Integer>> byCode = new LinkedHashMap<>();
        for (Map<String, Object> row : rows) {
            @SuppressWarnings("unchecked")
            List<Integer> values = (List<Integer>) row.get("values");
            byCode.put((String) row.get("code"), values);
        }
        return byCode;
    }
}
