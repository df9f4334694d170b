package cn.govdisclosure.report;

import static cn.govdisclosure.TestData.problem;
import static cn.govdisclosure.TestData.api;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;

import cn.govdisclosure.TestData;

@QuarkusTest
class ReportResourceTest {

    private static final String AGENCY_REPORTS = "/api/v1/agencies/{code}/reports";
    private static final String REPORT = "/api/v1/reports/{id}";
    private static final String SECTION = REPORT + "/sections/{number}";
    private static final String PROACTIVE = REPORT + "/proactive-disclosure";

    private static final List<String> HEADINGS = List.of("一、总体情况", "二、主动公开政府信息情况",
            "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况",
            "六、其他需要报告的事项");

    private static ValidatableResponse create(String agency, Object body) {
        return api().contentType(ContentType.JSON).body(body).post(AGENCY_REPORTS, agency).then();
    }

    private static long report(String agency, int year) {
        return create(agency, Map.of("year", year)).statusCode(201).extract().jsonPath().getLong("id");
    }

    private static String etagOf(long id) {
        return api().get(REPORT, id).then().statusCode(200).extract().header("ETag");
    }

    private static ValidatableResponse putSection(long id, int number, String ifMatch, Object body) {
        var request = api().contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.put(SECTION, id, number).then();
    }

    private static ValidatableResponse putProactive(long id, String ifMatch, Object body) {
        var request = api().contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.put(PROACTIVE, id).then();
    }

    private static Map<String, Object> values(Object... rowColumnValue) {
        Map<String, Object> rows = new LinkedHashMap<>();
        for (int i = 0; i < rowColumnValue.length; i += 3) {
            @SuppressWarnings("unchecked")
            Map<String, Object> columns = (Map<String, Object>) rows.computeIfAbsent((String) rowColumnValue[i],
                    row -> new LinkedHashMap<String, Object>());
            columns.put((String) rowColumnValue[i + 1], rowColumnValue[i + 2]);
        }
        return Map.of("values", rows);
    }

    /** The value of one cell of a section 二 table, found by row and column code. */
    private static Object cell(JsonPath table, String prefix, String row, String column) {
        return table.get(prefix + "groups.rows.flatten().find { it.code == '" + row + "' }.values." + column);
    }

    // ---- create --------------------------------------------------------------------------------------

    @Test
    void createReturns201WithLocationSixEmptySectionsAndTheYearsFormat() {
        String agency = TestData.agency("测试区人民政府", "GOVERNMENT", null);
        ExtractableResponse<Response> created = create(agency, Map.of("year", 2021))
                .statusCode(201)
                .contentType(ContentType.JSON)
                .header("ETag", matchesPattern("\"\\d+\""))
                .body("id", notNullValue())
                .body("agencyCode", equalTo(agency))
                .body("agencyName", equalTo("测试区人民政府"))
                .body("year", equalTo(2021))
                .body("format", equalTo("GB2021"))
                .body("status", equalTo("DRAFT"))
                .body("title", equalTo("测试区人民政府2021年政府信息公开工作年度报告"))
                .body("sections", hasSize(6))
                .body("sections.number", contains(1, 2, 3, 4, 5, 6))
                .body("sections.heading", contains(HEADINGS.toArray()))
                .body("sections.hasTable", contains(false, true, true, true, false, false))
                .body("sections.text", everyItem(equalTo("")))
                .body("proactiveDisclosure.format", equalTo("GB2021"))
                .extract();
        long id = created.jsonPath().getLong("id");
        assertTrue(created.header("Location").endsWith("/api/v1/reports/" + id), created.header("Location"));

        api().get(created.header("Location")).then().statusCode(200)
                .header("ETag", equalTo(created.header("ETag")))
                .body("id", equalTo((int) id))
                .body("year", equalTo(2021));
    }

    @Test
    void reportOf2020HasTheGb2019Format() {
        String agency = TestData.agency();
        create(agency, Map.of("year", 2020))
                .statusCode(201)
                .body("format", equalTo("GB2019"))
                .body("proactiveDisclosure.format", equalTo("GB2019"))
                .body("sections.heading", contains(HEADINGS.toArray()))
                .body("applications.rows", hasSize(23))
                .body("applications.rows.code", not(hasItem("OTHER_FEE_UNPAID")))
                .body("applications.rows.find { it.code == 'OTHER' }.label", equalTo("（六）其他处理"));
    }

    @Test
    void repeatingTheCreateReturns200WithTheSameReport() {
        String agency = TestData.agency();
        ExtractableResponse<Response> first = create(agency, Map.of("year", 2021)).statusCode(201).extract();
        long id = first.jsonPath().getLong("id");

        create(agency, Map.of("year", 2021))
                .statusCode(200)
                .header("Location", endsWith("/api/v1/reports/" + id))
                .header("ETag", equalTo(first.header("ETag")))
                .body("id", equalTo((int) id))
                .body("year", equalTo(2021));
        api().get(AGENCY_REPORTS, agency).then().body("totalItems", equalTo(1));
    }

    @Test
    void repeatedCreateKeepsTheEditedText() {
        String agency = TestData.agency();
        long id = report(agency, 2021);
        putSection(id, 6, etagOf(id), Map.of("text", "无。")).statusCode(200);
        create(agency, Map.of("year", 2021)).statusCode(200)
                .body("id", equalTo((int) id))
                .body("sections[5].text", equalTo("无。"));
    }

    @Test
    void invalidYearIs400() {
        String agency = TestData.agency();
        int nextYear = TestData.today().getYear() + 1;
        problem(create(agency, Map.of("year", 2007)), 400)
                .body("errors.field", contains("year"));
        problem(create(agency, Map.of("year", nextYear)), 400)
                .body("errors.field", contains("year"))
                .body("errors[0].message", containsString(Integer.toString(nextYear - 1)));
        problem(create(agency, Map.of()), 400)
                .body("errors.field", contains("year"))
                .body("errors[0].message", equalTo("is required"));
        problem(create(agency, "{\"year\": \"2021\"}"), 400)
                .body("errors[0].field", equalTo("year"));
        problem(create(agency, "{\"year\": 2021.5}"), 400)
                .body("errors[0].field", equalTo("year"));
        api().get(AGENCY_REPORTS, agency).then().body("totalItems", equalTo(0));
        // the first report year under the Regulation is accepted
        create(agency, Map.of("year", 2008)).statusCode(201).body("format", equalTo("GB2019"));
    }

    @Test
    void reportOfAnUnknownAgencyIs404() {
        problem(create(TestData.uniqueCode(), Map.of("year", 2021)), 404);
        problem(api().get(AGENCY_REPORTS, TestData.uniqueCode()).then(), 404);
    }

    // ---- read and list -------------------------------------------------------------------------------

    @Test
    void getHasTheComputedTablesAndAnEtag() {
        String agency = TestData.agency();
        TestData.record(agency, "A-1", "2020-12-20", "NATURAL_PERSON", "GRANTED", "2021-01-05");
        TestData.record(agency, "A-2", "2021-03-01", "COMMERCIAL_ENTERPRISE", "OTHER_FEE_UNPAID", "2021-04-01");
        TestData.record(agency, "A-3", "2021-11-01", "NATURAL_PERSON", null, null);
        TestData.recordAppeal(agency, TestData.appeal("R-1", "ADMINISTRATIVE_REVIEW", "2021-05-01", "UPHELD",
                "2021-07-01", null));
        TestData.recordAppeal(agency, TestData.appeal("L-1", "LITIGATION_DIRECT", "2021-10-01", "CORRECTED",
                "2022-02-01", null));
        long id = report(agency, 2021);

        JsonPath view = api().get(REPORT, id).then()
                .statusCode(200)
                .header("ETag", matchesPattern("\"\\d+\""))
                .body("applications.columns.code", contains("NATURAL_PERSON", "COMMERCIAL_ENTERPRISE",
                        "RESEARCH_INSTITUTION", "SOCIAL_WELFARE_ORGANIZATION", "LEGAL_SERVICE_INSTITUTION",
                        "OTHER_ORGANIZATION", "TOTAL"))
                .body("applications.rows", hasSize(25))
                .body("appeals.values", hasSize(15))
                .extract().jsonPath();
        assertEquals(List.of(1, 1, 0, 0, 0, 0, 2), row(view, "NEW_RECEIVED"));
        assertEquals(List.of(1, 0, 0, 0, 0, 0, 1), row(view, "CARRIED_OVER"));
        assertEquals(List.of(1, 0, 0, 0, 0, 0, 1), row(view, "GRANTED"));
        assertEquals(List.of(0, 1, 0, 0, 0, 0, 1), row(view, "OTHER_FEE_UNPAID"));
        assertEquals(List.of(1, 1, 0, 0, 0, 0, 2), row(view, "TOTAL_CONCLUDED"));
        assertEquals(List.of(1, 0, 0, 0, 0, 0, 1), row(view, "CARRIED_FORWARD"));
        assertEquals(List.of(1, 0, 0, 0, 1, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0), view.getList("appeals.values"));
    }

    private static List<Integer> row(JsonPath view, String code) {
        return view.getList("applications.rows.find { it.code == '" + code + "' }.values", Integer.class);
    }

    @Test
    void unknownReportIs404() {
        problem(api().get(REPORT, 999_999_999L).then(), 404);
        problem(api().get(SECTION, 999_999_999L, 1).then(), 404);
        problem(putSection(999_999_999L, 1, "\"0\"", Map.of("text", "x")), 404);
        problem(putProactive(999_999_999L, "\"0\"", values()), 404);
    }

    @Test
    void listOfAnAgencysReportsIsNewestFirstAndPaged() {
        String agency = TestData.agency();
        report(agency, 2019);
        report(agency, 2021);
        report(agency, 2020);
        report(TestData.agency(), 2020);

        api().get(AGENCY_REPORTS, agency).then()
                .statusCode(200)
                .body("page", equalTo(0))
                .body("size", equalTo(50))
                .body("totalItems", equalTo(3))
                .body("items.year", contains(2021, 2020, 2019))
                .body("items.format", contains("GB2021", "GB2019", "GB2019"))
                .body("items.agencyCode", everyItem(equalTo(agency)))
                .body("items.status", everyItem(equalTo("DRAFT")))
                .body("items[0].title", equalTo("测试区人民政府2021年政府信息公开工作年度报告"));
        api().queryParam("size", 2).queryParam("page", 1).get(AGENCY_REPORTS, agency).then()
                .statusCode(200)
                .body("page", equalTo(1))
                .body("size", equalTo(2))
                .body("totalItems", equalTo(3))
                .body("items.year", contains(2019));
        problem(api().queryParam("size", 0).get(AGENCY_REPORTS, agency).then(), 400)
                .body("errors.field", contains("size"));
    }

    // ---- sections ------------------------------------------------------------------------------------

    @Test
    void getSectionCarriesTheReportsEtag() {
        String agency = TestData.agency();
        long id = report(agency, 2021);
        api().get(SECTION, id, 3).then()
                .statusCode(200)
                .header("ETag", equalTo(etagOf(id)))
                .body("number", equalTo(3))
                .body("heading", equalTo("三、收到和处理政府信息公开申请情况"))
                .body("hasTable", equalTo(true))
                .body("text", equalTo(""));
        problem(api().get(SECTION, id, 7).then(), 404);
        problem(api().get(SECTION, id, 0).then(), 404);
    }

    @Test
    void sectionUpdateWithoutIfMatchIs428() {
        String agency = TestData.agency();
        long id = report(agency, 2021);
        problem(putSection(id, 1, null, Map.of("text", "本年度，我区……")), 428);
        api().get(SECTION, id, 1).then().body("text", equalTo(""));
    }

    @Test
    void sectionUpdateWithStaleIfMatchIs412() {
        String agency = TestData.agency();
        long id = report(agency, 2021);
        String tag = etagOf(id);
        putSection(id, 1, tag, Map.of("text", "第一稿")).statusCode(200);
        problem(putSection(id, 5, tag, Map.of("text", "第二稿")), 412);
        api().get(SECTION, id, 5).then().body("text", equalTo(""));
        api().get(SECTION, id, 1).then().body("text", equalTo("第一稿"));
    }

    @Test
    void sectionUpdateWithCurrentIfMatchSetsTheText() {
        String agency = TestData.agency();
        long id = report(agency, 2020);
        String tag = etagOf(id);
        String text = "2020年，洛江区认真贯彻落实《中华人民共和国政府信息公开条例》。\n（一）主动公开……";

        String newTag = putSection(id, 1, tag, Map.of("text", text))
                .statusCode(200)
                .header("ETag", matchesPattern("\"\\d+\""))
                .header("ETag", not(equalTo(tag)))
                .body("number", equalTo(1))
                .body("heading", equalTo("一、总体情况"))
                .body("hasTable", equalTo(false))
                .body("text", equalTo(text))
                .extract().header("ETag");
        api().get(REPORT, id).then()
                .header("ETag", equalTo(newTag))
                .body("sections[0].text", equalTo(text))
                .body("sections[1].text", equalTo(""));

        // the new tag allows the next edit; empty text clears the section
        putSection(id, 1, newTag, Map.of("text", "")).statusCode(200).body("text", equalTo(""));
    }

    @Test
    void unknownSectionIs404() {
        String agency = TestData.agency();
        long id = report(agency, 2021);
        String tag = etagOf(id);
        problem(putSection(id, 7, tag, Map.of("text", "x")), 404);
        problem(putSection(id, 0, tag, Map.of("text", "x")), 404);
        api().get(REPORT, id).then().header("ETag", equalTo(tag));
    }

    @Test
    void sectionTextTooLongOrMissingIs400() {
        String agency = TestData.agency();
        long id = report(agency, 2021);
        String tag = etagOf(id);
        problem(putSection(id, 5, tag, Map.of("text", "a".repeat(100_001))), 400)
                .body("errors.field", contains("text"))
                .body("errors[0].message", equalTo("must be at most 100000 characters"));
        problem(putSection(id, 5, tag, Map.of()), 400)
                .body("errors.field", contains("text"));
        problem(putSection(id, 5, tag, Map.of("text", 5)), 400)
                .body("errors[0].field", equalTo("text"));
        api().get(REPORT, id).then().header("ETag", equalTo(tag)).body("sections[4].text", equalTo(""));
        // exactly the limit is accepted
        putSection(id, 5, tag, Map.of("text", "a".repeat(100_000))).statusCode(200);
    }

    // ---- section 二 ----------------------------------------------------------------------------------

    @Test
    void proactiveDisclosureWithoutIfMatchIs428AndStaleIs412() {
        String agency = TestData.agency();
        long id = report(agency, 2020);
        String tag = etagOf(id);
        problem(putProactive(id, null, values("RULES", "NEWLY_MADE", 1)), 428);
        putSection(id, 2, tag, Map.of("text", "说明")).statusCode(200);
        problem(putProactive(id, tag, values("RULES", "NEWLY_MADE", 1)), 412);
        assertNull(cell(api().get(REPORT, id).then().extract().jsonPath(), "proactiveDisclosure.", "RULES",
                "NEWLY_MADE"));
    }

    @Test
    void gb2019CellsAreStoredExactly() {
        String agency = TestData.agency();
        long id = report(agency, 2020);
        String tag = etagOf(id);

        ExtractableResponse<Response> response = putProactive(id, tag, values(
                "RULES", "NEWLY_MADE", 0,
                "RULES", "NEWLY_PUBLISHED", 0,
                "NORMATIVE_DOCUMENTS", "NEWLY_MADE", 9,
                "NORMATIVE_DOCUMENTS", "NEWLY_PUBLISHED", 9,
                "NORMATIVE_DOCUMENTS", "TOTAL_PUBLISHED", 62,
                "ADMINISTRATIVE_LICENSING", "PREVIOUS_YEAR_ITEMS", 338,
                "ADMINISTRATIVE_LICENSING", "CHANGE", -3,
                "ADMINISTRATIVE_LICENSING", "DECISIONS", 5786,
                "ADMINISTRATIVE_FEES", "PREVIOUS_YEAR_ITEMS", 12,
                "ADMINISTRATIVE_FEES", "CHANGE", "/",
                "CENTRALIZED_PROCUREMENT", "PROCUREMENT_ITEMS", 1166,
                "CENTRALIZED_PROCUREMENT", "PROCUREMENT_AMOUNT", "101647022.75"))
                .statusCode(200)
                .header("ETag", matchesPattern("\"\\d+\""))
                .header("ETag", not(equalTo(tag)))
                .body("format", equalTo("GB2019"))
                .body("groups.item", contains("第二十条第（一）项", "第二十条第（五）项", "第二十条第（六）项",
                        "第二十条第（八）项", "第二十条第（九）项"))
                .body("groups[0].columns.code", contains("NEWLY_MADE", "NEWLY_PUBLISHED", "TOTAL_PUBLISHED"))
                .body("groups[3].columns.code", contains("PREVIOUS_YEAR_ITEMS", "CHANGE"))
                .body("groups[4].columns.kind", contains("COUNT", "YUAN"))
                .extract();
        String newTag = response.header("ETag");

        assertGb2019Cells(response.jsonPath(), "");
        JsonPath report = api().get(REPORT, id).then().statusCode(200).header("ETag", equalTo(newTag))
                .extract().jsonPath();
        assertGb2019Cells(report, "proactiveDisclosure.");
    }

    private static void assertGb2019Cells(JsonPath table, String prefix) {
        assertEquals("101647022.75", cell(table, prefix, "CENTRALIZED_PROCUREMENT", "PROCUREMENT_AMOUNT"));
        assertEquals(1166, cell(table, prefix, "CENTRALIZED_PROCUREMENT", "PROCUREMENT_ITEMS"));
        assertEquals(-3, cell(table, prefix, "ADMINISTRATIVE_LICENSING", "CHANGE"));
        assertEquals(338, cell(table, prefix, "ADMINISTRATIVE_LICENSING", "PREVIOUS_YEAR_ITEMS"));
        assertEquals(5786, cell(table, prefix, "ADMINISTRATIVE_LICENSING", "DECISIONS"));
        assertEquals(0, cell(table, prefix, "RULES", "NEWLY_MADE"));
        assertEquals(62, cell(table, prefix, "NORMATIVE_DOCUMENTS", "TOTAL_PUBLISHED"));
        assertEquals(12, cell(table, prefix, "ADMINISTRATIVE_FEES", "PREVIOUS_YEAR_ITEMS"));
        // left out, or "/": missing, not zero
        assertNull(cell(table, prefix, "RULES", "TOTAL_PUBLISHED"));
        assertNull(cell(table, prefix, "ADMINISTRATIVE_FEES", "CHANGE"));
        assertNull(cell(table, prefix, "ADMINISTRATIVE_PENALTY", "DECISIONS"));
        assertNull(cell(table, prefix, "OTHER_MANAGEMENT_SERVICES", "CHANGE"));
        Map<String, Object> rules = table.getMap(prefix + "groups.rows.flatten().find { it.code == 'RULES' }.values");
        assertEquals(List.of("NEWLY_MADE", "NEWLY_PUBLISHED", "TOTAL_PUBLISHED"), new ArrayList<>(rules.keySet()));
    }

    @Test
    void moneyAsAJsonNumberIsKeptExactly() {
        String agency = TestData.agency();
        long id = report(agency, 2020);
        ExtractableResponse<Response> response = putProactive(id, etagOf(id),
                "{\"values\": {\"CENTRALIZED_PROCUREMENT\": {\"PROCUREMENT_AMOUNT\": 101647022.75, "
                        + "\"PROCUREMENT_ITEMS\": 1166}}}")
                .statusCode(200).extract();
        assertEquals("101647022.75", cell(response.jsonPath(), "", "CENTRALIZED_PROCUREMENT", "PROCUREMENT_AMOUNT"));
        assertEquals("101647022.75", cell(api().get(REPORT, id).then().extract().jsonPath(), "proactiveDisclosure.",
                "CENTRALIZED_PROCUREMENT", "PROCUREMENT_AMOUNT"));
    }

    @Test
    void everyPlaceholderMeansMissing() {
        String agency = TestData.agency();
        long id = report(agency, 2020);
        JsonPath table = putProactive(id, etagOf(id), values(
                "RULES", "NEWLY_MADE", "/",
                "RULES", "NEWLY_PUBLISHED", "-",
                "RULES", "TOTAL_PUBLISHED", "—",
                "NORMATIVE_DOCUMENTS", "NEWLY_MADE", "",
                "NORMATIVE_DOCUMENTS", "NEWLY_PUBLISHED", null,
                "NORMATIVE_DOCUMENTS", "TOTAL_PUBLISHED", "7"))
                .statusCode(200).extract().jsonPath();
        assertNull(cell(table, "", "RULES", "NEWLY_MADE"));
        assertNull(cell(table, "", "RULES", "NEWLY_PUBLISHED"));
        assertNull(cell(table, "", "RULES", "TOTAL_PUBLISHED"));
        assertNull(cell(table, "", "NORMATIVE_DOCUMENTS", "NEWLY_MADE"));
        assertNull(cell(table, "", "NORMATIVE_DOCUMENTS", "NEWLY_PUBLISHED"));
        assertEquals(7, cell(table, "", "NORMATIVE_DOCUMENTS", "TOTAL_PUBLISHED"));
    }

    @Test
    void aNewTableReplacesTheOldOne() {
        String agency = TestData.agency();
        long id = report(agency, 2020);
        String tag = putProactive(id, etagOf(id), values("RULES", "NEWLY_MADE", 3, "RULES", "NEWLY_PUBLISHED", 2))
                .statusCode(200).extract().header("ETag");
        JsonPath table = putProactive(id, tag, values("RULES", "NEWLY_PUBLISHED", 4)).statusCode(200)
                .extract().jsonPath();
        assertNull(cell(table, "", "RULES", "NEWLY_MADE"));
        assertEquals(4, cell(table, "", "RULES", "NEWLY_PUBLISHED"));
        JsonPath report = api().get(REPORT, id).then().extract().jsonPath();
        assertNull(cell(report, "proactiveDisclosure.", "RULES", "NEWLY_MADE"));
        assertEquals(4, cell(report, "proactiveDisclosure.", "RULES", "NEWLY_PUBLISHED"));
    }

    @Test
    void aGb2021ColumnOnAGb2019ReportIs400NamingTheField() {
        String agency = TestData.agency();
        long id = report(agency, 2020);
        String tag = etagOf(id);
        problem(putProactive(id, tag, values("RULES", "ISSUED", 1)), 400)
                .body("errors.field", contains("values.RULES.ISSUED"))
                .body("errors[0].message", containsString("NEWLY_MADE, NEWLY_PUBLISHED, TOTAL_PUBLISHED"));
        problem(putProactive(id, tag, values("ADMINISTRATIVE_FEES", "FEE_AMOUNT", "1.5")), 400)
                .body("errors.field", contains("values.ADMINISTRATIVE_FEES.FEE_AMOUNT"));
        problem(putProactive(id, tag, values("ADMINISTRATIVE_FEES", "DECISIONS", 1)), 400)
                .body("errors.field", contains("values.ADMINISTRATIVE_FEES.DECISIONS"));
        // nothing was stored
        api().get(REPORT, id).then().header("ETag", equalTo(tag));
    }

    @Test
    void aGb2019RowOnAGb2021ReportIs400() {
        String agency = TestData.agency();
        long id = report(agency, 2021);
        String tag = etagOf(id);
        problem(putProactive(id, tag, values("CENTRALIZED_PROCUREMENT", "PROCUREMENT_ITEMS", 1)), 400)
                .body("errors.field", contains("values.CENTRALIZED_PROCUREMENT"));
        problem(putProactive(id, tag, values("RULES", "NEWLY_MADE", 1)), 400)
                .body("errors.field", contains("values.RULES.NEWLY_MADE"));
    }

    @Test
    void unknownRowIs400() {
        String agency = TestData.agency();
        long id = report(agency, 2020);
        problem(putProactive(id, etagOf(id), values("FOO", "NEWLY_MADE", 1)), 400)
                .body("errors.field", contains("values.FOO"))
                .body("errors[0].message", containsString("RULES"));
    }

    @Test
    void badCellValuesAre400NamingTheCell() {
        String agency = TestData.agency();
        long id = report(agency, 2020);
        String tag = etagOf(id);
        problem(putProactive(id, tag, values("RULES", "NEWLY_MADE", -1)), 400)
                .body("errors.field", contains("values.RULES.NEWLY_MADE"))
                .body("errors[0].message", equalTo("must be a whole number, 0 or more"));
        problem(putProactive(id, tag, "{\"values\": {\"RULES\": {\"NEWLY_MADE\": 1.5}}}"), 400)
                .body("errors.field", contains("values.RULES.NEWLY_MADE"));
        problem(putProactive(id, tag, values("ADMINISTRATIVE_LICENSING", "CHANGE", "2.5")), 400)
                .body("errors.field", contains("values.ADMINISTRATIVE_LICENSING.CHANGE"));
        problem(putProactive(id, tag, values("CENTRALIZED_PROCUREMENT", "PROCUREMENT_AMOUNT", "1.234")), 400)
                .body("errors.field", contains("values.CENTRALIZED_PROCUREMENT.PROCUREMENT_AMOUNT"))
                .body("errors[0].message", equalTo("must be an amount in 元, 0 or more, with at most 2 decimal places"));
        problem(putProactive(id, tag, values("CENTRALIZED_PROCUREMENT", "PROCUREMENT_AMOUNT", "-5.00")), 400)
                .body("errors.field", contains("values.CENTRALIZED_PROCUREMENT.PROCUREMENT_AMOUNT"));
        problem(putProactive(id, tag, values("CENTRALIZED_PROCUREMENT", "PROCUREMENT_ITEMS", "十二")), 400)
                .body("errors.field", contains("values.CENTRALIZED_PROCUREMENT.PROCUREMENT_ITEMS"));
        problem(putProactive(id, tag, values("CENTRALIZED_PROCUREMENT", "PROCUREMENT_ITEMS", true)), 400)
                .body("errors.field", contains("values.CENTRALIZED_PROCUREMENT.PROCUREMENT_ITEMS"));
        problem(putProactive(id, tag, values("RULES", "NEWLY_MADE", -1, "RULES", "ISSUED", 1)), 400)
                .body("errors", hasSize(2))
                .body("errors.field", hasItem("values.RULES.NEWLY_MADE"))
                .body("errors.field", hasItem("values.RULES.ISSUED"));
        problem(putProactive(id, tag, Map.of()), 400)
                .body("errors.field", contains("values"));
        api().get(REPORT, id).then().header("ETag", equalTo(tag));
    }

    @Test
    void gb2021FeeAmountIsADecimalIn10000Yuan() {
        String agency = TestData.agency();
        long id = report(agency, 2021);
        String tag = etagOf(id);
        ExtractableResponse<Response> response = putProactive(id, tag, values(
                "RULES", "ISSUED", 2,
                "RULES", "REPEALED", 1,
                "RULES", "IN_FORCE", 15,
                "ADMINISTRATIVE_LICENSING", "DECISIONS", 4021,
                "ADMINISTRATIVE_FEES", "FEE_AMOUNT", "1.2345"))
                .statusCode(200)
                .body("format", equalTo("GB2021"))
                .body("groups.item", contains("第二十条第（一）项", "第二十条第（五）项", "第二十条第（六）项",
                        "第二十条第（八）项"))
                .body("groups[3].columns[0].code", equalTo("FEE_AMOUNT"))
                .body("groups[3].columns[0].label", equalTo("本年收费金额（单位：万元）"))
                .body("groups[3].columns[0].kind", equalTo("TEN_THOUSAND_YUAN"))
                .extract();
        JsonPath table = response.jsonPath();
        assertEquals("1.2345", cell(table, "", "ADMINISTRATIVE_FEES", "FEE_AMOUNT"));
        assertEquals(2, cell(table, "", "RULES", "ISSUED"));
        assertEquals(15, cell(table, "", "RULES", "IN_FORCE"));
        assertEquals(4021, cell(table, "", "ADMINISTRATIVE_LICENSING", "DECISIONS"));
        assertNull(cell(table, "", "ADMINISTRATIVE_PENALTY", "DECISIONS"));
        assertNotEquals(tag, response.header("ETag"));
        assertEquals("1.2345", cell(api().get(REPORT, id).then().extract().jsonPath(), "proactiveDisclosure.",
                "ADMINISTRATIVE_FEES", "FEE_AMOUNT"));

        problem(putProactive(id, response.header("ETag"), values("ADMINISTRATIVE_FEES", "FEE_AMOUNT", "0.1234567")), 400)
                .body("errors.field", contains("values.ADMINISTRATIVE_FEES.FEE_AMOUNT"));
        problem(putProactive(id, response.header("ETag"), values("ADMINISTRATIVE_FEES", "FEE_AMOUNT", "-1")), 400)
                .body("errors.field", contains("values.ADMINISTRATIVE_FEES.FEE_AMOUNT"));
        problem(putProactive(id, response.header("ETag"), values("RULES", "IN_FORCE", -2)), 400)
                .body("errors.field", contains("values.RULES.IN_FORCE"));
    }
}
