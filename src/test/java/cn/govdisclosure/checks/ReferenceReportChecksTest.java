package cn.govdisclosure.checks;

import static cn.govdisclosure.TestData.api;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import cn.govdisclosure.ReportSteps;
import cn.govdisclosure.TestData;
import cn.govdisclosure.demo.DemoDataSet;
import cn.govdisclosure.format.AppealColumn;
import cn.govdisclosure.format.AppealKind;
import cn.govdisclosure.format.ApplicantColumn;
import cn.govdisclosure.format.ApplicationRow;

/**
 * The reference report through the API: its ledger recorded, its narrative and section 二 entered, and its
 * printed tables 三 and 四 entered as reported values. As printed, row （四）1 has six numbers for seven columns and
 * the report cannot be submitted; entered correctly, it passes every error-level rule (and, its narrative agreeing
 * with its tables, every warning too) and is published.
 */
@QuarkusTest
class ReferenceReportChecksTest {

    private static final String REASON = "据已公开的《洛江区2020年政府信息公开工作年度报告》录入";

    @Test
    void theReferenceReportPassesEveryErrorRuleOnceItsDefectiveRowIsEnteredCorrectly() throws Exception {
        DemoDataSet data = Fixtures.demo();
        String agency = TestData.agency(data.agency().name(), "GOVERNMENT", null);
        for (var application : data.applications()) {
            api().contentType(ContentType.JSON).body(Fixtures.MAPPER.writeValueAsString(application))
                    .post("/api/v1/agencies/{code}/applications", agency).then().statusCode(201);
        }
        for (var appeal : data.appeals()) {
            api().contentType(ContentType.JSON).body(Fixtures.MAPPER.writeValueAsString(appeal))
                    .post("/api/v1/agencies/{code}/appeals", agency).then().statusCode(201);
        }
        long id = ReportSteps.create(agency, 2020);
        data.report().sections().forEach((number, text) -> ReportSteps.setSection(id, number, text));
        api().contentType(ContentType.JSON).header("If-Match", ReportSteps.etag(id))
                .body(Fixtures.MAPPER.writeValueAsString(Map.of("values", data.report().proactiveDisclosure())))
                .put("/api/v1/reports/{id}/proactive-disclosure", id).then().statusCode(200);

        // as printed: "3 0 0 0 0 3" under seven columns reads 自然人 3 … 其他 3, 总计 blank
        List<Object> printedRow = Arrays.asList(3, 0, 0, 0, 0, 3, "");
        enterPrintedTables(id, printedRow);
        JsonPath asPrinted = api().get("/api/v1/reports/{id}/checks", id).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(
                "TYPE ERROR 3 UNAVAILABLE_NOT_HELD TOTAL null null",
                "T3-TOTAL ERROR 3 TOTAL_CONCLUDED OTHER_ORGANIZATION 5 2",
                "REPORTED WARNING 3 UNAVAILABLE_NOT_HELD OTHER_ORGANIZATION 0 3"), describe(asPrinted));
        TestData.problem(ReportSteps.step(api(), id, "submit", Map.of()), 409)
                .body("findings.rule", equalTo(List.of("TYPE", "T3-TOTAL")));

        // entered correctly: 自然人 3, 总计 3
        enterPrintedTables(id, Arrays.asList(3, 0, 0, 0, 0, 0, 3));
        JsonPath corrected = api().get("/api/v1/reports/{id}/checks", id).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(), describe(corrected));
        assertEquals(0, corrected.getInt("errors"));

        ReportSteps.step(api(), id, "submit", Map.of()).statusCode(200);
        ReportSteps.step(api(), id, "publish", Map.of()).statusCode(200).body("status", equalTo("PUBLISHED"));
        JsonPath published = given().get("/api/v1/reports/{id}", id).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(3, 0, 0, 0, 0, 0, 3),
                published.getList("applications.rows.find { it.code == 'UNAVAILABLE_NOT_HELD' }.values"));
        assertEquals(Fixtures.REFERENCE_TABLE_4, published.getList("appeals.values"));
        assertEquals("洛江区人民政府2020年政府信息公开工作年度报告", published.getString("title"));
    }

    /** Enters every row of the printed tables 三 and 四 as reported values, with this reading of row （四）1. */
    private static void enterPrintedTables(long id, List<Object> notHeldRow) {
        List<Map<String, Object>> rows = new ArrayList<>();
        Fixtures.REFERENCE_TABLE_3.forEach((row, values) -> rows.add(row("APPLICATIONS", row.name(),
                row == ApplicationRow.UNAVAILABLE_NOT_HELD ? notHeldRow : new ArrayList<>(values))));
        int index = 0;
        for (AppealKind kind : AppealKind.values()) {
            Map<String, Object> cells = new LinkedHashMap<>();
            for (AppealColumn column : AppealColumn.ALL) {
                cells.put(column.name(), Fixtures.REFERENCE_TABLE_4.get(index++));
            }
            rows.add(Map.of("table", "APPEALS", "row", kind.name(), "cells", cells, "reason", REASON));
        }
        api().contentType(ContentType.JSON).header("If-Match", ReportSteps.etag(id)).body(Map.of("values", rows))
                .put("/api/v1/reports/{id}/reported-values", id).then().statusCode(200);
    }

    private static Map<String, Object> row(String table, String row, List<Object> values) {
        Map<String, Object> cells = new LinkedHashMap<>();
        for (ApplicantColumn column : ApplicantColumn.ALL) {
            cells.put(column.name(), values.get(column.ordinal()));
        }
        return Map.of("table", table, "row", row, "cells", cells, "reason", REASON);
    }

    private static List<String> describe(JsonPath checks) {
        List<String> lines = new ArrayList<>();
        for (Map<String, Object> f : checks.<Map<String, Object>>getList("findings")) {
            lines.add(f.get("rule") + " " + f.get("severity") + " " + f.get("section") + " " + f.get("row") + " "
                    + f.get("column") + " " + f.get("expected") + " " + f.get("actual"));
        }
        return lines;
    }
}
