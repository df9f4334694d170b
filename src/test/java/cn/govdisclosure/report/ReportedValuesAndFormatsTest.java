package cn.govdisclosure.report;

import static cn.govdisclosure.ReportSteps.etag;
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
import io.restassured.response.ValidatableResponse;

import cn.govdisclosure.ReportSteps;
import cn.govdisclosure.TestData;

/** Reported values in place of computed ones, flagged by REPORTED; and the two formats as first-class layouts. */
@QuarkusTest
class ReportedValuesAndFormatsTest {

    /** The section 二 figures of the reference report (GB2019), all cells filled. */
    private static final Map<String, Map<String, Object>> GB2019_SECTION_2 = new LinkedHashMap<>();

    static {
        GB2019_SECTION_2.put("RULES", Map.of("NEWLY_MADE", 0, "NEWLY_PUBLISHED", 0, "TOTAL_PUBLISHED", 0));
        GB2019_SECTION_2.put("NORMATIVE_DOCUMENTS", Map.of("NEWLY_MADE", 21, "NEWLY_PUBLISHED", 21, "TOTAL_PUBLISHED", 40));
        GB2019_SECTION_2.put("ADMINISTRATIVE_LICENSING", Map.of("PREVIOUS_YEAR_ITEMS", 417, "CHANGE", 65, "DECISIONS", 1125));
        GB2019_SECTION_2.put("OTHER_MANAGEMENT_SERVICES", Map.of("PREVIOUS_YEAR_ITEMS", 198, "CHANGE", -10, "DECISIONS", 150));
        GB2019_SECTION_2.put("ADMINISTRATIVE_PENALTY", Map.of("PREVIOUS_YEAR_ITEMS", 800, "CHANGE", -21, "DECISIONS", 127));
        GB2019_SECTION_2.put("ADMINISTRATIVE_COERCION", Map.of("PREVIOUS_YEAR_ITEMS", 109, "CHANGE", -11, "DECISIONS", 65));
        GB2019_SECTION_2.put("ADMINISTRATIVE_FEES", Map.of("PREVIOUS_YEAR_ITEMS", 11, "CHANGE", 0));
        GB2019_SECTION_2.put("CENTRALIZED_PROCUREMENT", Map.of("PROCUREMENT_ITEMS", 1166, "PROCUREMENT_AMOUNT", "101647022.75"));
    }

    @Test
    void aReportShowsReportedValuesWithTheirReasonsAndTheChecksFlagEveryDifference() {
        String agency = TestData.agency();
        TestData.record(agency, "R1", "2020-04-01", "NATURAL_PERSON", "GRANTED", "2020-04-10");
        TestData.record(agency, "R2", "2020-05-01", "OTHER_ORGANIZATION", "GRANTED", "2020-05-12");
        long id = ReportSteps.create(agency, 2020);
        api().contentType(ContentType.JSON).header("If-Match", etag(id)).body(Map.of("values", GB2019_SECTION_2))
                .put("/api/v1/reports/{id}/proactive-disclosure", id).then().statusCode(200);

        JsonPath report = reported(id, List.of(
                row("APPLICATIONS", "GRANTED", cells("NATURAL_PERSON", 2, "TOTAL", 3), "手工台账另有 1 件未录入系统"),
                row("APPEALS", "ADMINISTRATIVE_REVIEW", cells("UPHELD", 1, "TOTAL", 1), "复议决定书（2020）1号")))
                .statusCode(200).extract().jsonPath();

        assertEquals(List.of(2, 0, 0, 0, 0, 1, 3), report.getList("applications.rows.find { it.code == 'GRANTED' }.values"));
        assertEquals(List.of(1, 0, 0, 0, 0, 1, 2),
                report.getList("computedApplications.rows.find { it.code == 'GRANTED' }.values"));
        assertEquals(List.of(1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), report.getList("appeals.values"));
        assertEquals(1, report.getInt("appeals.byKind.ADMINISTRATIVE_REVIEW.TOTAL"));
        assertEquals(0, report.getInt("computedAppeals.byKind.ADMINISTRATIVE_REVIEW.TOTAL"));
        assertEquals(List.of("APPLICATIONS", "APPEALS"), report.getList("reportedValues.table"));
        assertEquals(Map.of("NATURAL_PERSON", 2, "TOTAL", 3), report.getMap("reportedValues[0].cells"));
        assertEquals("手工台账另有 1 件未录入系统", report.getString("reportedValues[0].reason"));

        JsonPath checks = api().get("/api/v1/reports/{id}/checks", id).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(
                "T3-TOTAL ERROR 3 TOTAL_CONCLUDED NATURAL_PERSON 2 1",
                "T3-TOTAL ERROR 3 TOTAL_CONCLUDED TOTAL 3 2",
                "REPORTED WARNING 3 GRANTED NATURAL_PERSON 1 2",
                "REPORTED WARNING 3 GRANTED TOTAL 2 3",
                "REPORTED WARNING 4 ADMINISTRATIVE_REVIEW UPHELD 0 1",
                "REPORTED WARNING 4 ADMINISTRATIVE_REVIEW TOTAL 0 1"), describe(checks));
        assertEquals(2, checks.getInt("errors"));
        assertEquals(4, checks.getInt("warnings"));
        assertEquals("表三「（一）予以公开」行「自然人」列：填报值 2 与台账计算值 1 不同（理由：手工台账另有 1 件未录入系统）",
                checks.getString("findings[2].messageZh"));
        TestData.problem(ReportSteps.step(api(), id, "submit", Map.of()), 409)
                .body("type", equalTo("urn:govdisclosure:problem:checks-failed")).body("findings.size()", equalTo(2));

        // reported consistently, the report can be submitted; the differences stay flagged as warnings
        reported(id, List.of(row("APPLICATIONS", "GRANTED", cells("NATURAL_PERSON", 2, "TOTAL", 3), "另有 1 件"),
                row("APPLICATIONS", "NEW_RECEIVED", cells("NATURAL_PERSON", 2, "TOTAL", 3), "另有 1 件"),
                row("APPLICATIONS", "TOTAL_CONCLUDED", cells("NATURAL_PERSON", 2, "TOTAL", 3), "另有 1 件")))
                .statusCode(200);
        api().get("/api/v1/reports/{id}/checks", id).then().statusCode(200).body("errors", equalTo(0))
                .body("warnings", equalTo(6));

        // a cell reported as missing ("/") is shown as null and is a TYPE error, reported once
        reported(id, List.of(row("APPLICATIONS", "CARRIED_OVER", cells("TOTAL", "/"), "原表此格为“/”"))).statusCode(200)
                .body("applications.rows[1].values[6]", equalTo(null));
        JsonPath missing = api().get("/api/v1/reports/{id}/checks", id).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("TYPE ERROR 3 CARRIED_OVER TOTAL null null"), describe(missing));
        assertEquals("表三「二、上年结转政府信息公开申请数量」行「总计」列：单元格为空（空白、“/”“-”“—”视为缺失，不视为 0），应填非负整数",
                missing.getString("findings[0].messageZh"));
        assertEquals("3/CARRIED_OVER/TOTAL", missing.getString("findings[0].place"));

        // a cell left out of a row is not reported: the report shows the computed value there
        reported(id, List.of(row("APPLICATIONS", "GRANTED", cells("NATURAL_PERSON", 2), "另有 1 件"))).statusCode(200)
                .body("applications.rows[2].values", equalTo(List.of(2, 0, 0, 0, 0, 1, 2)))
                .body("reportedValues[0].cells", equalTo(Map.of("NATURAL_PERSON", 2)));

        // an empty list removes every reported value
        reported(id, List.of()).statusCode(200).body("reportedValues.size()", equalTo(0))
                .body("applications.rows[1].values[6]", equalTo(0));
        api().get("/api/v1/reports/{id}/checks", id).then().body("errors", equalTo(0)).body("warnings", equalTo(0));
    }

    @Test
    void reportedValuesMustFitTheReportsFormatAndGiveAReason() {
        String agency = TestData.agency();
        long gb2019 = ReportSteps.create(agency, 2020);
        long gb2021 = ReportSteps.create(agency, 2021);

        TestData.problem(reported(gb2019, List.of(row("APPLICATIONS", "OTHER_FEE_UNPAID", cells("TOTAL", 1), "x"))), 400)
                .body("errors[0].field", equalTo("values[0].row"))
                .body("errors[0].message", org.hamcrest.Matchers.startsWith(
                        "is not a row of table APPLICATIONS in GB2019; its rows are NEW_RECEIVED, CARRIED_OVER, GRANTED"));
        reported(gb2021, List.of(row("APPLICATIONS", "OTHER_FEE_UNPAID", cells("TOTAL", 1), "补录"))).statusCode(200)
                .body("applications.rows.find { it.code == 'OTHER_FEE_UNPAID' }.values[6]", equalTo(1));

        TestData.problem(reported(gb2019, List.of(row("APPLICATIONS", "GRANTED", cells("EVERYONE", 1), "x"))), 400)
                .body("errors[0].field", equalTo("values[0].cells.EVERYONE"));
        TestData.problem(reported(gb2019, List.of(row("APPEALS", "GRANTED", cells("TOTAL", 1), "x"))), 400)
                .body("errors[0].field", equalTo("values[0].row"));
        for (Object bad : List.of("三", 1.5, true)) {
            TestData.problem(reported(gb2019, List.of(row("APPLICATIONS", "GRANTED", cells("TOTAL", bad), "x"))), 400)
                    .body("errors[0].field", equalTo("values[0].cells.TOTAL"));
        }
        // a count is 0 or more here as in section 二: −1 is refused, not stored and flagged later
        for (Object negative : List.of(-1, "-1")) {
            TestData.problem(reported(gb2019, List.of(row("APPLICATIONS", "GRANTED", cells("TOTAL", negative), "x"))),
                    400).body("errors[0].field", equalTo("values[0].cells.TOTAL"))
                    .body("errors[0].message", equalTo("must be a whole number, 0 or more (the same rule as section 二's counts)"));
        }
        TestData.problem(api().contentType(ContentType.JSON).header("If-Match", etag(gb2019))
                .body(Map.of("values", Map.of("RULES", Map.of("NEWLY_MADE", -1))))
                .put("/api/v1/reports/{id}/proactive-disclosure", gb2019).then(), 400)
                .body("errors[0].message", equalTo("must be a whole number, 0 or more"));
        TestData.problem(reported(gb2019, List.of(row("APPLICATIONS", "GRANTED", cells("TOTAL", 1), " "))), 400)
                .body("errors[0].field", equalTo("values[0].reason"));
        TestData.problem(reported(gb2019, List.of(row("APPLICATIONS", "GRANTED", cells("TOTAL", 1), "x"),
                row("APPLICATIONS", "GRANTED", cells("OTHER_ORGANIZATION", 1), "y"))), 400)
                .body("errors[0].field", equalTo("values[1].row"));
        // section 二 too holds only its own format's cells
        TestData.problem(api().contentType(ContentType.JSON).header("If-Match", etag(gb2021))
                .body(Map.of("values", Map.of("RULES", Map.of("NEWLY_MADE", 1))))
                .put("/api/v1/reports/{id}/proactive-disclosure", gb2021).then(), 400)
                .body("errors[0].field", equalTo("values.RULES.NEWLY_MADE"));
    }

    @Test
    void bothFormatsAreDescribedAndStatisticsComeInTheYearsFormat() {
        JsonPath formats = given().get("/api/v1/formats").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("GB2019", "GB2021"), formats.getList("code"));
        assertEquals(List.of(23, 25), List.of(formats.getList("[0].applicationRows").size(),
                formats.getList("[1].applicationRows").size()));
        assertEquals("（六）其他处理", formats.getString("[0].applicationRows.find { it.code == 'OTHER' }.label"));
        assertEquals("3.其他", formats.getString("[1].applicationRows.find { it.code == 'OTHER' }.label"));
        assertEquals(List.of("第二十条第（一）项", "第二十条第（五）项", "第二十条第（六）项", "第二十条第（八）项", "第二十条第（九）项"),
                formats.getList("[0].proactiveDisclosure.groups.item"));
        assertEquals(List.of("ISSUED", "REPEALED", "IN_FORCE"),
                formats.getList("[1].proactiveDisclosure.groups[0].columns.code"));
        assertEquals(List.of("行政复议", "行政诉讼（未经复议直接起诉）", "行政诉讼（复议后起诉）"),
                formats.getList("[1].appealGroups.label"));
        given().get("/api/v1/formats/GB2021").then().statusCode(200).body("source", equalTo("国办公开办函〔2021〕30号"));
        TestData.problem(given().get("/api/v1/formats/GB2030").then(), 404);

        String agency = TestData.agency();
        for (var year : Map.of(2020, List.of("GB2019", 23), 2021, List.of("GB2021", 25)).entrySet()) {
            api().get("/api/v1/agencies/{code}/statistics/{year}", agency, year.getKey()).then().statusCode(200)
                    .body("format", equalTo(year.getValue().get(0)))
                    .body("applications.rows.size()", equalTo(year.getValue().get(1)));
        }
    }

    private static ValidatableResponse reported(long id, List<Map<String, Object>> rows) {
        return api().contentType(ContentType.JSON).header("If-Match", etag(id)).body(Map.of("values", rows))
                .put("/api/v1/reports/{id}/reported-values", id).then();
    }

    private static Map<String, Object> row(String table, String row, Map<String, Object> cells, String reason) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("table", table);
        entry.put("row", row);
        entry.put("cells", cells);
        entry.put("reason", reason);
        return entry;
    }

    private static Map<String, Object> cells(Object... pairs) {
        Map<String, Object> cells = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            cells.put((String) pairs[i], pairs[i + 1]);
        }
        return cells;
    }

    static List<String> describe(JsonPath checks) {
        List<String> lines = new ArrayList<>();
        for (Map<String, Object> f : checks.<Map<String, Object>>getList("findings")) {
            lines.add(String.join(" ", Arrays.asList(String.valueOf(f.get("rule")), String.valueOf(f.get("severity")),
                    String.valueOf(f.get("section")), String.valueOf(f.get("row")), String.valueOf(f.get("column")),
                    String.valueOf(f.get("expected")), String.valueOf(f.get("actual")))));
        }
        return lines;
    }
}
