package cn.govdisclosure.statistics;

import static cn.govdisclosure.TestData.api;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import cn.govdisclosure.TestData;

/** A district with two departments and a township below one of them: subtree tables are sums of the parts. */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SubtreeRollupTest {

    private boolean recorded;

    private String district;
    private String education;
    private String school;
    private String township;

    /** Runs once, before the first test: REST Assured knows the test port only from then on. */
    @BeforeEach
    void recordLedgers() {
        if (recorded) {
            return;
        }
        recorded = true;
        district = TestData.agency("某区人民政府", "GOVERNMENT", null);
        education = TestData.agency("某区教育局", "DEPARTMENT", district);
        school = TestData.agency("某区教师进修学校", "OTHER", education);
        township = TestData.agency("某镇人民政府", "TOWNSHIP", district);
        String elsewhere = TestData.agency("另一区人民政府", "GOVERNMENT", null);

        TestData.record(district, "D1", "2021-03-01", "NATURAL_PERSON", "GRANTED", "2021-03-10");
        TestData.record(district, "D2", "2020-12-28", "COMMERCIAL_ENTERPRISE", "PARTIALLY_GRANTED", "2021-01-12");
        TestData.record(education, "E1", "2021-05-01", "NATURAL_PERSON", "UNAVAILABLE_NOT_HELD", "2021-05-11");
        TestData.record(education, "E2", "2021-12-30", "RESEARCH_INSTITUTION", null, null);
        TestData.record(school, "S1", "2021-07-07", "NATURAL_PERSON", "OTHER_FEE_UNPAID", "2021-08-30");
        TestData.record(township, "T1", "2021-09-09", "OTHER_ORGANIZATION", "NOT_PROCESSED_DUPLICATE", "2021-09-20");
        TestData.record(township, "T2", "2021-10-10", "NATURAL_PERSON", "GRANTED", "2021-10-11");
        TestData.record(elsewhere, "X1", "2021-03-01", "NATURAL_PERSON", "GRANTED", "2021-03-10");

        appeal(district, "R1", "ADMINISTRATIVE_REVIEW", "2021-04-01", "UPHELD", "2021-06-01");
        appeal(school, "L1", "LITIGATION_DIRECT", "2021-11-01", "PENDING", null);
        appeal(township, "L2", "LITIGATION_AFTER_REVIEW", "2021-02-01", "CORRECTED", "2021-08-01");
        appeal(elsewhere, "R9", "ADMINISTRATIVE_REVIEW", "2021-04-01", "UPHELD", "2021-06-01");
    }

    @Test
    void districtSubtreeIsTheSumOfItsFourAgencies() {
        JsonPath subtree = statistics(district, "subtree");

        assertEquals("SUBTREE", subtree.getString("scope"));
        assertEquals(sum(List.of(statistics(district, "agency"), statistics(education, "agency"),
                statistics(school, "agency"), statistics(township, "agency"))), cells(subtree));
        assertEquals(List.of(4, 0, 1, 0, 0, 1, 6), row(subtree, "NEW_RECEIVED"));
        assertEquals(List.of(0, 1, 0, 0, 0, 0, 1), row(subtree, "CARRIED_OVER"));
        assertEquals(List.of(4, 1, 0, 0, 0, 1, 6), row(subtree, "TOTAL_CONCLUDED"));
        assertEquals(List.of(0, 0, 1, 0, 0, 0, 1), row(subtree, "CARRIED_FORWARD"));
        assertEquals(List.of(1, 0, 0, 0, 1, 0, 0, 0, 1, 1, 0, 1, 0, 0, 1), subtree.getList("appeals.values"));
    }

    @Test
    void departmentSubtreeIncludesOnlyItsOwnDescendants() {
        JsonPath subtree = statistics(education, "SUBTREE");

        assertEquals(sum(List.of(statistics(education, "agency"), statistics(school, "agency"))), cells(subtree));
        assertEquals(List.of(2, 0, 1, 0, 0, 0, 3), row(subtree, "NEW_RECEIVED"));
        assertEquals(List.of(1, 0, 0, 0, 0, 0, 1), row(subtree, "OTHER_FEE_UNPAID"));
    }

    @Test
    void aLeafSubtreeIsTheAgencyItself() {
        assertEquals(cells(statistics(township, "agency")), cells(statistics(township, "subtree")));
    }

    @Test
    void anUnknownScopeIsRefused() {
        api().get("/api/v1/agencies/{code}/statistics/2021?scope=everything", district).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("scope"));
    }

    private static void appeal(String agency, String caseNumber, String kind, String filed, String result,
            String concluded) {
        var body = new java.util.LinkedHashMap<String, Object>();
        body.put("caseNumber", caseNumber);
        body.put("kind", kind);
        body.put("filedDate", filed);
        body.put("result", result);
        if (concluded != null) {
            body.put("concludedDate", concluded);
        }
        api().contentType(ContentType.JSON).body(body).post("/api/v1/agencies/{code}/appeals", agency).then()
                .statusCode(201);
    }

    private static JsonPath statistics(String agency, String scope) {
        return api().get("/api/v1/agencies/{code}/statistics/2021?scope=" + scope, agency).then().statusCode(200)
                .extract().jsonPath();
    }

    private static List<Integer> row(JsonPath statistics, String code) {
        return statistics.getList("applications.rows.find { it.code == '" + code + "' }.values");
    }

    /** Every cell of tables 三 and 四, row by row, then the 15 appeal values. */
    private static List<Integer> cells(JsonPath statistics) {
        List<Integer> cells = new ArrayList<>();
        for (Map<String, Object> row : statistics.<Map<String, Object>>getList("applications.rows")) {
            @SuppressWarnings("unchecked")
            List<Integer> values = (List<Integer>) row.get("values");
            cells.addAll(values);
        }
        cells.addAll(statistics.getList("appeals.values"));
        return cells;
    }

    private static List<Integer> sum(List<JsonPath> parts) {
        List<Integer> total = new ArrayList<>(cells(parts.get(0)));
        for (JsonPath part : parts.subList(1, parts.size())) {
            List<Integer> cells = cells(part);
            for (int i = 0; i < total.size(); i++) {
                total.set(i, total.get(i) + cells.get(i));
            }
        }
        return total;
    }
}
