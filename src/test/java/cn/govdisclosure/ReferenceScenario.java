package cn.govdisclosure;

import static cn.govdisclosure.TestData.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.restassured.http.ContentType;

import cn.govdisclosure.demo.DemoDataSet;

/**
 * The reference scenario recorded through the API: Luojiang District's 2020 ledger, its lawsuit and its
 * report's sections and section 二 figures (the demo data set), in a fresh agency of the test run; and the
 * figures printed in ../shared/reference/luojiang-2020-annual-report.txt, typed from it.
 */
public final class ReferenceScenario {

    public static final ObjectMapper MAPPER = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    /** Table 三 as printed (GB2019 rows; columns 自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计). */
    public static final Map<String, List<Long>> TABLE_3 = new LinkedHashMap<>();

    /** Table 四 as printed: 行政复议, 未经复议直接起诉, 复议后起诉, each 维持 纠正 其他 尚未审结 总计. */
    public static final List<Long> TABLE_4 = List.of(0L, 0L, 0L, 0L, 0L, 0L, 1L, 0L, 0L, 1L, 0L, 0L, 0L, 0L, 0L);

    /** Section 二 as printed, row by row: the label and the printed cells. */
    public static final List<List<String>> SECTION_2 = List.of(
            List.of("规章", "0", "0", "0"),
            List.of("规范性文件", "21", "21", "40"),
            List.of("行政许可", "417", "65", "1125"),
            List.of("其他对外管理服务事项", "198", "-10", "150"),
            List.of("行政处罚", "800", "-21", "127"),
            List.of("行政强制", "109", "-11", "65"),
            List.of("行政事业性收费", "11", "0"),
            List.of("政府集中采购", "1166", "101647022.75 元"));

    static {
        List<Long> zero = List.of(0L, 0L, 0L, 0L, 0L, 0L, 0L);
        TABLE_3.put("NEW_RECEIVED", List.of(7L, 0L, 0L, 0L, 0L, 2L, 9L));
        TABLE_3.put("CARRIED_OVER", zero);
        TABLE_3.put("GRANTED", List.of(4L, 0L, 0L, 0L, 0L, 2L, 6L));
        for (String row : List.of("PARTIALLY_GRANTED", "DENIED_STATE_SECRET", "DENIED_LAW_PROHIBITED",
                "DENIED_SECURITY_STABILITY", "DENIED_THIRD_PARTY_RIGHTS", "DENIED_INTERNAL_AFFAIRS",
                "DENIED_PROCESS_INFORMATION", "DENIED_ENFORCEMENT_FILE", "DENIED_ADMIN_QUERY")) {
            TABLE_3.put(row, zero);
        }
        // the printed row reads "3 0 0 0 0 3", six numbers for seven columns: 自然人 3, total 3
        TABLE_3.put("UNAVAILABLE_NOT_HELD", List.of(3L, 0L, 0L, 0L, 0L, 0L, 3L));
        for (String row : List.of("UNAVAILABLE_NEEDS_CREATION", "UNAVAILABLE_STILL_UNCLEAR", "NOT_PROCESSED_COMPLAINT",
                "NOT_PROCESSED_DUPLICATE", "NOT_PROCESSED_PUBLICATION", "NOT_PROCESSED_EXCESSIVE",
                "NOT_PROCESSED_CONFIRMATION", "OTHER")) {
            TABLE_3.put(row, zero);
        }
        TABLE_3.put("TOTAL_CONCLUDED", List.of(7L, 0L, 0L, 0L, 0L, 2L, 9L));
        TABLE_3.put("CARRIED_FORWARD", zero);
    }

    /** The agency's code and the address of its 2020 report. */
    public record Recorded(String agencyCode, String reportLocation, long reportId) {
    }

    private ReferenceScenario() {
    }

    /** Records the scenario in a new agency and returns where its report is. */
    public static Recorded record() throws Exception {
        DemoDataSet data = DemoDataSet.read(MAPPER);
        String agency = TestData.agency(data.agency().name(), "GOVERNMENT", null);
        for (var application : data.applications()) {
            api().contentType(ContentType.JSON).body(MAPPER.writeValueAsString(application))
                    .post("/api/v1/agencies/{code}/applications", agency).then().statusCode(201);
        }
        for (var appeal : data.appeals()) {
            api().contentType(ContentType.JSON).body(MAPPER.writeValueAsString(appeal))
                    .post("/api/v1/agencies/{code}/appeals", agency).then().statusCode(201);
        }
        String location = api().contentType(ContentType.JSON).body(Map.of("year", data.report().year()))
                .post("/api/v1/agencies/{code}/reports", agency).then().statusCode(201).extract().header("Location");
        String etag = api().get(location).then().statusCode(200).extract().header("ETag");
        for (var section : data.report().sections().entrySet()) {
            etag = api().contentType(ContentType.JSON).header("If-Match", etag).body(Map.of("text", section.getValue()))
                    .put(location + "/sections/" + section.getKey()).then().statusCode(200).extract().header("ETag");
        }
        etag = api().contentType(ContentType.JSON).header("If-Match", etag)
                .body(MAPPER.writeValueAsString(Map.of("values", data.report().proactiveDisclosure())))
                .put(location + "/proactive-disclosure").then().statusCode(200).extract().header("ETag");
        api().contentType(ContentType.JSON).header("If-Match", etag)
                .body(MAPPER.writeValueAsString(data.report().frontMatter()))
                .put(location + "/front-matter").then().statusCode(200);
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        return new Recorded(agency, location, id);
    }

    /** Table 三's printed values, row after row, as one list per row in template order. */
    public static List<List<Long>> table3Rows() {
        return new ArrayList<>(TABLE_3.values());
    }
}
