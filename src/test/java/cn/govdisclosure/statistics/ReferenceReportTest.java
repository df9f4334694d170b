package cn.govdisclosure.statistics;

import static cn.govdisclosure.TestData.api;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import cn.govdisclosure.TestData;
import cn.govdisclosure.demo.DemoDataSet;

/**
 * The reference scenario: Luojiang District's 2020 ledger (the demo data set), recorded through the API,
 * yields exactly the tables printed in its published report. Expected figures are typed from
 * ../shared/reference/luojiang-2020-annual-report.txt; its defective row （四）1 ("3 0 0 0 0 3", six
 * numbers for seven columns) is read as 自然人 3, total 3, the only reading under which its columns add up.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReferenceReportTest {

    private boolean recorded;

    private static final ObjectMapper MAPPER = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    /** Table 三 of the reference report, GB2019 rows, columns 自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计. */
    private static final Map<String, List<Integer>> PRINTED_TABLE_3 = new LinkedHashMap<>();

    static {
        List<Integer> zero = List.of(0, 0, 0, 0, 0, 0, 0);
        PRINTED_TABLE_3.put("NEW_RECEIVED", List.of(7, 0, 0, 0, 0, 2, 9));
        PRINTED_TABLE_3.put("CARRIED_OVER", zero);
        PRINTED_TABLE_3.put("GRANTED", List.of(4, 0, 0, 0, 0, 2, 6));
        for (String row : List.of("PARTIALLY_GRANTED", "DENIED_STATE_SECRET", "DENIED_LAW_PROHIBITED",
                "DENIED_SECURITY_STABILITY", "DENIED_THIRD_PARTY_RIGHTS", "DENIED_INTERNAL_AFFAIRS",
                "DENIED_PROCESS_INFORMATION", "DENIED_ENFORCEMENT_FILE", "DENIED_ADMIN_QUERY")) {
            PRINTED_TABLE_3.put(row, zero);
        }
        PRINTED_TABLE_3.put("UNAVAILABLE_NOT_HELD", List.of(3, 0, 0, 0, 0, 0, 3));
        for (String row : List.of("UNAVAILABLE_NEEDS_CREATION", "UNAVAILABLE_STILL_UNCLEAR", "NOT_PROCESSED_COMPLAINT",
                "NOT_PROCESSED_DUPLICATE", "NOT_PROCESSED_PUBLICATION", "NOT_PROCESSED_EXCESSIVE",
                "NOT_PROCESSED_CONFIRMATION", "OTHER")) {
            PRINTED_TABLE_3.put(row, zero);
        }
        PRINTED_TABLE_3.put("TOTAL_CONCLUDED", List.of(7, 0, 0, 0, 0, 2, 9));
        PRINTED_TABLE_3.put("CARRIED_FORWARD", zero);
    }

    /** Table 四 of the reference report: one lawsuit filed directly, decided against the agency (纠正). */
    private static final List<Integer> PRINTED_TABLE_4 = List.of(0, 0, 0, 0, 0, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0);

    /** The same, labelled as the template lays it out: kind → result → count. */
    private static final List<Map<String, Object>> PRINTED_TABLE_4_GROUPS = List.of(
            group("ADMINISTRATIVE_REVIEW", "行政复议", null, 0, 0, 0, 0, 0),
            group("LITIGATION_DIRECT", "未经复议直接起诉", "行政诉讼", 0, 1, 0, 0, 1),
            group("LITIGATION_AFTER_REVIEW", "复议后起诉", "行政诉讼", 0, 0, 0, 0, 0));

    /** A group of table 四 as the JSON answers carry it, with its counts of 结果维持 … 总计. */
    static Map<String, Object> group(String kind, String label, String heading, Integer... counts) {
        List<String> results = List.of("UPHELD", "CORRECTED", "OTHER", "PENDING", "TOTAL");
        List<String> labels = List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计");
        Map<String, Object> group = new LinkedHashMap<>();
        group.put("kind", kind);
        group.put("label", label);
        if (heading != null) {
            group.put("heading", heading);
        }
        List<Map<String, Object>> cells = new java.util.ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            Map<String, Object> cell = new LinkedHashMap<>();
            cell.put("result", results.get(i));
            cell.put("label", labels.get(i));
            cell.put("count", counts[i]);
            cells.add(cell);
        }
        group.put("results", cells);
        return group;
    }

    private String agency;
    private DemoDataSet data;

    /** Runs once, before the first test: REST Assured knows the test port only from then on. */
    @BeforeEach
    void recordTheLedgerThroughTheApi() throws Exception {
        if (recorded) {
            return;
        }
        recorded = true;
        data = DemoDataSet.read(MAPPER);
        agency = TestData.agency(data.agency().name(), "GOVERNMENT", null);
        for (var application : data.applications()) {
            api().contentType(ContentType.JSON).body(MAPPER.writeValueAsString(application))
                    .post("/api/v1/agencies/{code}/applications", agency).then().statusCode(201);
        }
        for (var appeal : data.appeals()) {
            api().contentType(ContentType.JSON).body(MAPPER.writeValueAsString(appeal))
                    .post("/api/v1/agencies/{code}/appeals", agency).then().statusCode(201);
        }
    }

    @Test
    void table3EqualsThePrintedTable() {
        JsonPath statistics = api().get("/api/v1/agencies/{code}/statistics/2020", agency).then().statusCode(200)
                .extract().jsonPath();

        assertEquals("GB2019", statistics.getString("format"));
        assertEquals(List.copyOf(PRINTED_TABLE_3.keySet()), statistics.getList("applications.rows.code"));
        Map<String, List<Integer>> computed = new LinkedHashMap<>();
        for (Map<String, Object> row : statistics.<Map<String, Object>>getList("applications.rows")) {
            @SuppressWarnings("unchecked")
            List<Integer> values = (List<Integer>) row.get("values");
            computed.put((String) row.get("code"), values);
        }
        assertEquals(PRINTED_TABLE_3, computed);
        assertEquals(List.of("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"),
                statistics.getList("applications.columns.label"));
    }

    @Test
    void table4EqualsThePrintedTable() {
        JsonPath statistics = api().get("/api/v1/agencies/{code}/statistics/2020", agency).then().statusCode(200)
                .extract().jsonPath();

        assertEquals(PRINTED_TABLE_4, statistics.getList("appeals.values"));
        assertEquals(1, statistics.getInt("appeals.byKind.LITIGATION_DIRECT.CORRECTED"));
        assertEquals(1, statistics.getInt("appeals.byKind.LITIGATION_DIRECT.TOTAL"));
        assertEquals(0, statistics.getInt("appeals.byKind.ADMINISTRATIVE_REVIEW.TOTAL"));
        assertEquals(PRINTED_TABLE_4_GROUPS, statistics.getList("appeals.groups"));
    }

    @Test
    void theReportHoldsTheReferenceSectionsAndFigures() throws Exception {
        String location = api().contentType(ContentType.JSON).body(Map.of("year", 2020))
                .post("/api/v1/agencies/{code}/reports", agency).then().statusCode(201).extract().header("Location");
        String etag = api().get(location).then().statusCode(200).extract().header("ETag");
        for (var section : data.report().sections().entrySet()) {
            etag = api().contentType(ContentType.JSON).header("If-Match", etag)
                    .body(Map.of("text", section.getValue()))
                    .put(location + "/sections/" + section.getKey()).then().statusCode(200).extract().header("ETag");
        }
        api().contentType(ContentType.JSON).header("If-Match", etag)
                .body(MAPPER.writeValueAsString(Map.of("values", data.report().proactiveDisclosure())))
                .put(location + "/proactive-disclosure").then().statusCode(200);

        JsonPath report = api().get(location).then().statusCode(200).extract().jsonPath();

        assertEquals("洛江区人民政府2020年政府信息公开工作年度报告", report.getString("title"));
        assertEquals(List.of("一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
                "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"),
                report.getList("sections.heading"));
        assertEquals("无。", report.getString("sections[5].text"));
        String overview = report.getString("sections[0].text");
        assertEquals(true, overview.contains("全区受理政府信息公开申请 9 件，办结及时率 100%"));
        assertEquals(true, overview.contains("行政许可类、规划计划类信息 94 条"));

        // section 二 exactly as printed
        assertEquals(List.of(0, 0, 0), values(report, 0, 0));
        assertEquals(List.of(21, 21, 40), values(report, 0, 1));
        assertEquals(List.of(417, 65, 1125), values(report, 1, 0));
        assertEquals(List.of(198, -10, 150), values(report, 1, 1));
        assertEquals(List.of(800, -21, 127), values(report, 2, 0));
        assertEquals(List.of(109, -11, 65), values(report, 2, 1));
        assertEquals(List.of(11, 0), values(report, 3, 0));
        assertEquals(List.of(1166, "101647022.75"), values(report, 4, 0));

        // and the computed tables of the report are the printed ones
        assertEquals(PRINTED_TABLE_4, report.getList("appeals.values"));
        assertEquals(PRINTED_TABLE_4_GROUPS, report.getList("appeals.groups"));
        assertEquals(List.of(3, 0, 0, 0, 0, 0, 3), report.getList("applications.rows.find { it.code == 'UNAVAILABLE_NOT_HELD' }.values"));
    }

    private static List<Object> values(JsonPath report, int group, int row) {
        Map<String, Object> values = report.getMap("proactiveDisclosure.groups[" + group + "].rows[" + row + "].values");
        return List.copyOf(values.values());
    }
}
