package cn.govdisclosure.report;

import static cn.govdisclosure.ReportSteps.etag;
import static cn.govdisclosure.TestData.api;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import cn.govdisclosure.ReportSteps;
import cn.govdisclosure.TestData;

/** What the checks compare a report with: the year before (X-CARRY) and, for an aggregate, its children (ROLLUP). */
@QuarkusTest
class ReportChecksContextTest {

    @Test
    void carriedOverIsComparedWithTheReportOfTheYearBefore() {
        String agency = TestData.agency();
        long previous = ReportSteps.create(agency, 2021);
        long report = ReportSteps.create(agency, 2022);
        api().get("/api/v1/reports/{id}/checks", report).then().statusCode(200)
                .body("findings.findAll { it.rule == 'X-CARRY' }.size()", equalTo(0));

        // the 2021 report says one application was carried forward; the ledger (and so 2022) knows none
        reported(previous, Map.of("table", "APPLICATIONS", "row", "CARRIED_FORWARD",
                "cells", Map.of("NATURAL_PERSON", 1, "TOTAL", 1), "reason", "纸质台账"));

        JsonPath checks = api().get("/api/v1/reports/{id}/checks", report).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("X-CARRY ERROR 3 CARRIED_OVER NATURAL_PERSON 1 0", "X-CARRY ERROR 3 CARRIED_OVER TOTAL 1 0"),
                ReportedValuesAndFormatsTest.describe(checks).stream().filter(line -> line.startsWith("X-CARRY")).toList());
    }

    @Test
    void anAggregateReportIsComparedWithItsOwnRecordsAndItsChildren() {
        String district = TestData.agency("某区人民政府", "GOVERNMENT", null);
        String department = TestData.agency("某区教育局", "DEPARTMENT", district);
        String township = TestData.agency("某街道办事处", "TOWNSHIP", district);
        TestData.record(district, "G1", "2021-02-01", "NATURAL_PERSON", "UNAVAILABLE_NOT_HELD", "2021-02-20");
        TestData.record(department, "D1", "2021-03-01", "NATURAL_PERSON", "GRANTED", "2021-03-15");
        TestData.record(township, "T1", "2021-04-01", "OTHER_ORGANIZATION", "GRANTED", "2021-04-08");

        long aggregate = api().contentType(ContentType.JSON).body(Map.of("year", 2021, "scope", "SUBTREE"))
                .post("/api/v1/agencies/{code}/reports", district).then().statusCode(201).body("scope", equalTo("SUBTREE"))
                .body("applications.rows[0].values", equalTo(List.of(2, 0, 0, 0, 0, 1, 3))).extract().jsonPath()
                .getLong("id");
        TestData.problem(api().contentType(ContentType.JSON).body(Map.of("year", 2021, "scope", "AGENCY"))
                .post("/api/v1/agencies/{code}/reports", district).then(), 409);
        api().get("/api/v1/reports/{id}/checks", aggregate).then().statusCode(200)
                .body("findings.findAll { it.rule == 'ROLLUP' }.size()", equalTo(0));

        // the department's own report holds a figure its ledger does not: the aggregate (granted: the department's
        // one and the township's one) no longer equals its own records + the department's report + the township's
        long departmentReport = ReportSteps.create(department, 2021);
        reported(departmentReport, Map.of("table", "APPLICATIONS", "row", "GRANTED",
                "cells", Map.of("NATURAL_PERSON", 2, "TOTAL", 2), "reason", "补录 1 件"));

        JsonPath checks = api().get("/api/v1/reports/{id}/checks", aggregate).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("ROLLUP WARNING 3 GRANTED NATURAL_PERSON 2 1", "ROLLUP WARNING 3 GRANTED TOTAL 3 2"),
                ReportedValuesAndFormatsTest.describe(checks).stream().filter(line -> line.startsWith("ROLLUP")).toList());
    }

    private static void reported(long id, Map<String, Object> row) {
        api().contentType(ContentType.JSON).header("If-Match", etag(id)).body(Map.of("values", List.of(row)))
                .put("/api/v1/reports/{id}/reported-values", id).then().statusCode(200);
    }
}
