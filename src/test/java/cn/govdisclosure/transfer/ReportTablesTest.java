package cn.govdisclosure.transfer;

import static cn.govdisclosure.TestData.api;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import cn.govdisclosure.ReferenceScenario;
import cn.govdisclosure.TestData;

/**
 * A report's tables one by one: the reference report's tables as CSV that parses back to the printed
 * figures, and comparisons with the previous year, within a format and across the 2021 format change.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportTablesTest {

    private ReferenceScenario.Recorded reference;

    @BeforeEach
    void recordOnce() throws Exception {
        if (reference == null) {
            reference = ReferenceScenario.record();
        }
    }

    @Test
    void table3AsCsvParsesBackToThePrintedFigures() throws Exception {
        List<CSVRecord> records = csv(reference.reportLocation() + "/tables/applications",
                List.of("代码", "项目", "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"));
        List<String> codes = new ArrayList<>();
        List<List<Long>> figures = new ArrayList<>();
        for (CSVRecord record : records) {
            codes.add(record.get(0));
            List<Long> row = new ArrayList<>();
            for (int i = 2; i < 9; i++) {
                row.add(Long.parseLong(record.get(i)));
            }
            figures.add(row);
        }
        assertEquals(List.copyOf(ReferenceScenario.TABLE_3.keySet()), codes);
        assertEquals(ReferenceScenario.table3Rows(), figures);
        assertEquals("三、本年度办理结果 （四）无法提供 1.本机关不掌握相关政府信息", records.get(12).get(1));
        assertEquals("三、本年度办理结果 （六）其他处理", records.get(20).get(1));
    }

    @Test
    void table4AndSection2AsCsv() throws Exception {
        List<CSVRecord> appeals = csv(reference.reportLocation() + "/tables/appeals",
                List.of("代码", "项目", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计"));
        List<Long> figures = new ArrayList<>();
        appeals.forEach(record -> {
            for (int i = 2; i < 7; i++) {
                figures.add(Long.parseLong(record.get(i)));
            }
        });
        assertEquals(ReferenceScenario.TABLE_4, figures);
        assertEquals(List.of("行政复议", "行政诉讼（未经复议直接起诉）", "行政诉讼（复议后起诉）"),
                appeals.stream().map(r -> r.get(1)).toList());

        List<CSVRecord> proactive = csv(reference.reportLocation() + "/tables/proactive-disclosure",
                List.of("分组", "代码", "项目", "列代码", "列", "数值"));
        assertEquals(22, proactive.size());
        CSVRecord amount = proactive.get(21);
        assertEquals(List.of("第二十条第（九）项", "CENTRALIZED_PROCUREMENT", "政府集中采购", "PROCUREMENT_AMOUNT", "采购总金额",
                "101647022.75"), amount.toList());
        CSVRecord change = proactive.stream().filter(r -> r.get(1).equals("ADMINISTRATIVE_PENALTY")
                && r.get(3).equals("CHANGE")).findFirst().orElseThrow();
        assertEquals("-21", change.get(5), "a number is written as it is, not guarded as a formula");
    }

    @Test
    void jsonTablesAndTheirErrors() {
        JsonPath table = api().get(reference.reportLocation() + "/tables/applications").then().statusCode(200)
                .contentType(startsWith("application/json")).extract().jsonPath();
        assertEquals("applications", table.getString("table"));
        assertEquals("三、收到和处理政府信息公开申请情况", table.getString("heading"));
        assertEquals(23, table.getList("rows").size());
        assertEquals(List.of(3, 0, 0, 0, 0, 0, 3), table.getList("rows[12].cells.value"));
        assertEquals(null, (Object) table.get("comparison"));
        assertEquals(false, table.getMap("rows[12].cells[0]").containsKey("previous"));

        TestData.problem(api().get(reference.reportLocation() + "/tables/summary").then(), 404);
        TestData.problem(api().get(reference.reportLocation() + "/tables/applications?compare=2019").then(), 400);
        TestData.problem(api().accept("application/pdf").get(reference.reportLocation() + "/tables/appeals").then(), 406);
        TestData.problem(TestData.as("viewer", TestData.agency()).get(reference.reportLocation() + "/tables/appeals")
                .then(), 403);
    }

    @Test
    void comparedAcrossThe2021FormatChange() throws Exception {
        String agency = TestData.agency();
        TestData.record(agency, "A-1", "2020-03-01", "NATURAL_PERSON", "OTHER_NO_CORRECTION", "2020-03-20");
        TestData.record(agency, "A-2", "2020-04-01", "NATURAL_PERSON", "GRANTED", "2020-04-10");
        TestData.record(agency, "A-3", "2020-11-01", "COMMERCIAL_ENTERPRISE", null, null);
        TestData.record(agency, "A-4", "2021-02-01", "NATURAL_PERSON", "GRANTED", "2021-02-15");
        TestData.recordAppeal(agency, TestData.appeal("（2020）行初1号", "LITIGATION_DIRECT", "2020-05-01", "CORRECTED",
                "2020-09-01", null));
        String report2020 = report(agency, 2020, Map.of("CENTRALIZED_PROCUREMENT",
                Map.of("PROCUREMENT_ITEMS", 3, "PROCUREMENT_AMOUNT", "1500.50"), "RULES", Map.of("NEWLY_MADE", 2)));
        String report2021 = report(agency, 2021, Map.of("ADMINISTRATIVE_FEES", Map.of("FEE_AMOUNT", "1.25"),
                "RULES", Map.of("ISSUED", 1, "REPEALED", 0, "IN_FORCE", 4)));

        // table 三: 2020 laid out in the GB2021 rows from the ledger, so every row compares
        JsonPath applications = api().get(report2021 + "/tables/applications?compare=previous-year").then()
                .statusCode(200).extract().jsonPath();
        assertEquals(Map.of("year", 2020, "format", "GB2019", "source", "LEDGER"),
                Map.of("year", applications.get("comparison.year"), "format", applications.get("comparison.format"),
                        "source", applications.get("comparison.source")));
        assertTrue(applications.getString("comparison.note").contains("（六）其他处理"));
        assertEquals(25, applications.getList("rows").size());
        assertEquals(List.of(true), applications.getList("rows.comparable").stream().distinct().toList());
        Map<String, Object> abandoned = cell(applications, "OTHER_NO_CORRECTION", "NATURAL_PERSON");
        assertEquals(List.of(0, 1, -1), List.of(abandoned.get("value"), abandoned.get("previous"), abandoned.get("difference")));
        Map<String, Object> newTotal = cell(applications, "NEW_RECEIVED", "TOTAL");
        assertEquals(List.of(1, 3, -2), List.of(newTotal.get("value"), newTotal.get("previous"), newTotal.get("difference")));
        Map<String, Object> carried = cell(applications, "CARRIED_OVER", "COMMERCIAL_ENTERPRISE");
        assertEquals(List.of(1, 0, 1), List.of(carried.get("value"), carried.get("previous"), carried.get("difference")));
        Map<String, Object> granted = cell(applications, "GRANTED", "NATURAL_PERSON");
        assertEquals(List.of(1, 1, 0), List.of(granted.get("value"), granted.get("previous"), granted.get("difference")));

        // table 四: the same in both formats
        JsonPath appeals = api().get(report2021 + "/tables/appeals?compare=previous-year").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Object> lawsuits = cell(appeals, "LITIGATION_DIRECT", "TOTAL");
        assertEquals(List.of(0, 1, -1), List.of(lawsuits.get("value"), lawsuits.get("previous"), lawsuits.get("difference")));
        assertEquals(List.of(true), appeals.getList("rows.comparable").stream().distinct().toList());

        // section 二: its columns count other things since 2021, so no row compares
        JsonPath proactive = api().get(report2021 + "/tables/proactive-disclosure?compare=previous-year").then()
                .statusCode(200).extract().jsonPath();
        assertEquals("REPORT", proactive.getString("comparison.source"));
        assertEquals("GB2019", proactive.getString("comparison.format"));
        assertEquals(List.of(false), proactive.getList("rows.comparable").stream().distinct().toList());
        assertTrue(proactive.getString("rows[0].reason").contains("not comparable"));
        assertEquals(false, proactive.getMap("rows[0].cells[0]").containsKey("previous"));
        assertEquals(8, proactive.getList("previousRows").size());
        assertEquals("1500.50", proactive.getString("previousRows.find { it.code == 'CENTRALIZED_PROCUREMENT' }.cells[1].value"));

        // the comparison as CSV, one cell per line
        List<CSVRecord> lines = csv(report2021 + "/tables/applications?compare=previous-year",
                List.of("分组", "代码", "项目", "列代码", "列", "2021年", "2020年", "增减", "可比", "说明"));
        assertEquals(25 * 7, lines.size());
        CSVRecord line = lines.stream().filter(r -> r.get(1).equals("OTHER_NO_CORRECTION") && r.get(3).equals("NATURAL_PERSON"))
                .findFirst().orElseThrow();
        assertEquals(List.of("0", "1", "-1", "是"), List.of(line.get(5), line.get(6), line.get(7), line.get(8)));
        List<CSVRecord> section2 = csv(report2021 + "/tables/proactive-disclosure?compare=previous-year",
                List.of("分组", "代码", "项目", "列代码", "列", "2021年", "2020年", "增减", "可比", "说明"));
        CSVRecord fee = section2.stream().filter(r -> r.get(1).equals("ADMINISTRATIVE_FEES") && r.get(5).equals("1.25"))
                .findFirst().orElseThrow();
        assertEquals(List.of("", "", "否"), List.of(fee.get(6), fee.get(7), fee.get(8)));
        CSVRecord old = section2.stream().filter(r -> r.get(3).equals("PROCUREMENT_AMOUNT")).findFirst().orElseThrow();
        assertEquals(List.of("", "1500.50", "否"), List.of(old.get(5), old.get(6), old.get(8)));

        // 2020 against 2019: no report of 2019 to compare section 二 with
        JsonPath none = api().get(report2020 + "/tables/proactive-disclosure?compare=previous-year").then()
                .statusCode(200).extract().jsonPath();
        assertEquals("NO_REPORT", none.getString("comparison.source"));
        assertEquals(List.of(false), none.getList("rows.comparable").stream().distinct().toList());
    }

    @Test
    void comparedWithinTheGb2021Format() {
        String agency = TestData.agency();
        String report2021 = report(agency, 2021, Map.of("ADMINISTRATIVE_FEES", Map.of("FEE_AMOUNT", "1.25"),
                "ADMINISTRATIVE_LICENSING", Map.of("DECISIONS", 40)));
        String report2022 = report(agency, 2022, Map.of("ADMINISTRATIVE_FEES", Map.of("FEE_AMOUNT", "2.5"),
                "ADMINISTRATIVE_LICENSING", Map.of("DECISIONS", 35)));

        JsonPath proactive = api().get(report2022 + "/tables/proactive-disclosure?compare=previous-year").then()
                .statusCode(200).extract().jsonPath();
        assertEquals("GB2021", proactive.getString("comparison.format"));
        assertEquals(List.of(true), proactive.getList("rows.comparable").stream().distinct().toList());
        Map<String, Object> fee = cell(proactive, "ADMINISTRATIVE_FEES", "FEE_AMOUNT");
        // each amount as it was entered ("2.5", "1.25"); the difference with the decimals it needs
        assertEquals(List.of("2.5", "1.25", "1.25"), List.of(fee.get("value"), fee.get("previous"), fee.get("difference")));
        Map<String, Object> licensing = cell(proactive, "ADMINISTRATIVE_LICENSING", "DECISIONS");
        assertEquals(List.of(35, 40, -5), List.of(licensing.get("value"), licensing.get("previous"), licensing.get("difference")));
        Map<String, Object> penalties = cell(proactive, "ADMINISTRATIVE_PENALTY", "DECISIONS");
        assertEquals(false, penalties.containsKey("previous"), "a missing figure has nothing to compare");
        assertEquals(null, (Object) proactive.get("previousRows"));
    }

    /** Creates the agency's report of a year with these section 二 cells, and returns its address. */
    private static String report(String agency, int year, Map<String, Map<String, Object>> values) {
        String location = api().contentType(ContentType.JSON).body(Map.of("year", year))
                .post("/api/v1/agencies/{code}/reports", agency).then().statusCode(201).extract().header("Location");
        String etag = api().get(location).then().statusCode(200).extract().header("ETag");
        api().contentType(ContentType.JSON).header("If-Match", etag).body(Map.of("values", values))
                .put(location + "/proactive-disclosure").then().statusCode(200);
        return location;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cell(JsonPath table, String row, String column) {
        List<Map<String, Object>> rows = table.getList("rows");
        Map<String, Object> found = rows.stream().filter(r -> r.get("code").equals(row)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + row));
        return ((List<Map<String, Object>>) found.get("cells")).stream().filter(c -> c.get("column").equals(column))
                .findFirst().orElseThrow(() -> new AssertionError("no column " + column));
    }

    private static List<CSVRecord> csv(String url, List<String> header) throws Exception {
        byte[] bytes = api().accept("text/csv").get(url).then().statusCode(200).contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString("filename*=UTF-8''")).extract().asByteArray();
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(bytes[0], bytes[1], bytes[2]));
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8)))) {
            assertEquals(header, parser.getHeaderNames());
            return parser.getRecords();
        }
    }
}
