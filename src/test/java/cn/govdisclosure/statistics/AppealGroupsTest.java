package cn.govdisclosure.statistics;

import static cn.govdisclosure.TestData.api;
import static cn.govdisclosure.statistics.ReferenceReportTest.group;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import cn.govdisclosure.ReportSteps;
import cn.govdisclosure.TestData;

/**
 * Table 四 labelled, kind → result → count, beside its 15 values in every answer that carries it: the statistics,
 * the bulk statistics, the report (with a reported value in place of a computed one) and its published revision.
 */
@QuarkusTest
class AppealGroupsTest {

    @Test
    void everyAnswerWithTable4CarriesItsGroupsWithTheSameCounts() {
        String agency = TestData.agency();
        TestData.recordAppeal(agency, TestData.appeal("（2021）复字第1号", "ADMINISTRATIVE_REVIEW", "2021-02-01", "UPHELD",
                "2021-03-01", null));
        TestData.recordAppeal(agency, TestData.appeal("（2021）复字第2号", "ADMINISTRATIVE_REVIEW", "2021-11-01", "PENDING",
                null, null));
        TestData.recordAppeal(agency, TestData.appeal("（2021）闽0504行初1号", "LITIGATION_DIRECT", "2021-04-01", "CORRECTED",
                "2021-08-01", null));
        TestData.recordAppeal(agency, TestData.appeal("（2021）闽0504行初2号", "LITIGATION_AFTER_REVIEW", "2021-05-01",
                "OTHER", "2021-09-01", null));
        List<Integer> values = List.of(1, 0, 0, 1, 2, 0, 1, 0, 0, 1, 0, 0, 1, 0, 1);
        List<Map<String, Object>> groups = List.of(
                group("ADMINISTRATIVE_REVIEW", "行政复议", null, 1, 0, 0, 1, 2),
                group("LITIGATION_DIRECT", "未经复议直接起诉", "行政诉讼", 0, 1, 0, 0, 1),
                group("LITIGATION_AFTER_REVIEW", "复议后起诉", "行政诉讼", 0, 0, 1, 0, 1));

        JsonPath statistics = api().get("/api/v1/agencies/{code}/statistics/2021", agency).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(values, statistics.getList("appeals.values"));
        assertEquals(groups, statistics.getList("appeals.groups"));
        assertEquals(values, flattened(statistics.getList("appeals.groups")));

        JsonPath bulk = api().get("/api/v1/statistics/2021").then().statusCode(200).extract().jsonPath();
        String place = "agencies.find { it.agencyCode == '" + agency + "' }.appeals";
        assertEquals(values, bulk.getList(place + ".values"));
        assertEquals(groups, bulk.getList(place + ".groups"));

        long report = ReportSteps.create(agency, 2021);
        JsonPath draft = api().get("/api/v1/reports/{id}", report).then().statusCode(200).extract().jsonPath();
        assertEquals(groups, draft.getList("appeals.groups"));

        // a cell reported as missing is a null count
        report(report, Map.of("OTHER", "/"));
        JsonPath missing = api().get("/api/v1/reports/{id}", report).then().statusCode(200).extract().jsonPath();
        assertEquals(null, missing.<Object>get("appeals.groups[1].results[2].count"));
        assertEquals("OTHER", missing.getString("appeals.groups[1].results[2].result"));
        assertEquals(null, missing.getList("appeals.values").get(7));

        // a reported value replaces the computed one in the groups as in the values
        report(report, Map.of("CORRECTED", 2, "TOTAL", 2));
        List<Map<String, Object>> reported = List.of(groups.get(0),
                group("LITIGATION_DIRECT", "未经复议直接起诉", "行政诉讼", 0, 2, 0, 0, 2), groups.get(2));
        JsonPath withReported = api().get("/api/v1/reports/{id}", report).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(1, 0, 0, 1, 2, 0, 2, 0, 0, 2, 0, 0, 1, 0, 1), withReported.getList("appeals.values"));
        assertEquals(reported, withReported.getList("appeals.groups"));
        assertEquals(groups, withReported.getList("computedAppeals.groups"));

        ReportSteps.fillSection2(report);
        ReportSteps.publish(report, "2022-01-20");
        JsonPath revision = given().get("/api/v1/reports/{id}/revisions/1", report).then().statusCode(200).extract()
                .jsonPath();
        assertEquals(reported, revision.getList("appeals.groups"));
        JsonPath published = given().get("/api/v1/reports/{id}", report).then().statusCode(200).extract().jsonPath();
        assertEquals(reported, published.getList("appeals.groups"));
    }

    private static void report(long report, Map<String, Object> cells) {
        api().contentType(ContentType.JSON).header("If-Match", ReportSteps.etag(report))
                .body(Map.of("values", List.of(Map.of("table", "APPEALS", "row", "LITIGATION_DIRECT", "cells", cells,
                        "reason", "据法院判决书核对"))))
                .put("/api/v1/reports/{id}/reported-values", report).then().statusCode(200);
    }

    /** The counts of the groups in template order: the 15 values again. */
    private static List<Integer> flattened(List<Map<String, Object>> groups) {
        List<Integer> counts = new ArrayList<>();
        for (Map<String, Object> group : groups) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> results = (List<Map<String, Object>>) group.get("results");
            results.forEach(result -> counts.add((Integer) result.get("count")));
        }
        return counts;
    }
}
