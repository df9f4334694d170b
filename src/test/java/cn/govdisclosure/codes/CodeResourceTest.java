package cn.govdisclosure.codes;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/**
 * {@code GET /api/v1/codes}: public and cacheable like the formats, the names of known codes exactly, and every
 * enumeration of the contract covered, each value with a Chinese and an English name.
 */
@QuarkusTest
class CodeResourceTest {

    /**
     * Where the contract declares an enumeration (a schema, a property of one, or an operation's parameter) → the
     * list of {@code /codes} that names its values. An enumeration added to the contract fails the test until it has
     * a list here and in {@link CodeLists}.
     */
    private static final Map<String, String> LISTS = new TreeMap<>();

    static {
        LISTS.put("AgencyKind", "agencyKinds");
        LISTS.put("AppealColumn", "appealColumns");
        LISTS.put("AppealKind", "appealKinds");
        LISTS.put("AppealResult", "appealResults");
        LISTS.put("ApplicantColumn", "applicantColumns");
        LISTS.put("ApplicantType", "applicantTypes");
        LISTS.put("ApplicationRow", "applicationRows");
        LISTS.put("ApplicationStatus", "applicationStatuses");
        LISTS.put("AuditAction", "auditActions");
        LISTS.put("CellKind", "cellKinds");
        LISTS.put("CellStatus", "cellStatuses");
        LISTS.put("Channel", "channels");
        LISTS.put("ComparisonSource", "comparisonSources");
        LISTS.put("Counterpart", "counterparts");
        LISTS.put("CredentialsKind", "credentialsKinds");
        LISTS.put("DeadlineStatus", "deadlineStatuses");
        LISTS.put("EventType", "eventTypes");
        LISTS.put("FieldError.code", "fieldErrorCodes");
        LISTS.put("FiguresOrigin", "figuresOrigins");
        LISTS.put("ImportStatus", "importStatuses");
        LISTS.put("LedgerImport.mode", "importModes");
        LISTS.put("LedgerImport.onConflict", "conflictPolicies");
        LISTS.put("POST /api/v1/agencies/{code}/ledger-imports mode", "importModes");
        LISTS.put("POST /api/v1/agencies/{code}/ledger-imports onConflict", "conflictPolicies");
        LISTS.put("Outcome", "outcomes");
        LISTS.put("PullStatus", "pullStatuses");
        LISTS.put("PullTrigger", "pullTriggers");
        LISTS.put("ReportFormat", "reportFormats");
        LISTS.put("ReportImportDocument.formatFrom", "importDetections");
        LISTS.put("ReportImportDocument.yearFrom", "importDetections");
        LISTS.put("ReportOrigin", "reportOrigins");
        LISTS.put("ReportStatus", "reportStatuses");
        LISTS.put("ReportTable.table", "reportTables");
        LISTS.put("ReportedTable", "reportedTables");
        LISTS.put("Scope", "scopes");
        LISTS.put("Severity", "severities");
        LISTS.put("Standing", "collectionStandings");
    }

    /**
     * Enumerations of the contract that are not codes a person picks or reads: the version number of the bulk
     * statistics schema, the ledger's sort orders and the one comparison of a report table (parameters a client
     * sets, not values it shows).
     */
    private static final List<String> NOT_CODES = List.of("BulkStatisticsV1.schemaVersion",
            "GET /api/v1/agencies/{code}/applications sort", "GET /api/v1/reports/{id}/tables/{table} compare");

    @Test
    void everyEnumerationOfTheContractHasItsListAndEveryValueItsNames() throws IOException {
        JsonNode contract = new YAMLMapper().readTree(Path.of("openapi.yaml").toFile());
        Map<String, List<String>> enumerations = enumerations(contract);
        JsonNode codes = new ObjectMapper().readTree(given().get("/api/v1/codes").then().statusCode(200).extract()
                .asByteArray());

        List<String> unlisted = enumerations.keySet().stream()
                .filter(place -> !LISTS.containsKey(place) && !NOT_CODES.contains(place)).toList();
        assertEquals(List.of(), unlisted, "enumerations of the contract that GET /api/v1/codes does not list");
        List<String> missing = new ArrayList<>();
        LISTS.forEach((place, list) -> {
            List<String> values = enumerations.get(place);
            if (values == null) {
                missing.add(place + ": no longer in the contract");
                return;
            }
            Map<String, JsonNode> named = byCode(codes.path(list));
            for (String value : values) {
                JsonNode code = named.get(value);
                if (code == null || code.path("zh").asText().isBlank() || code.path("en").asText().isBlank()) {
                    missing.add(place + " " + value + " in " + list + ": " + code);
                }
            }
        });
        assertEquals(List.of(), missing);

        // a list for an enumeration schema holds exactly its values, in the contract's order
        for (String schema : List.of("Outcome", "ApplicantType", "Channel", "EventType", "DeadlineStatus",
                "ReportStatus", "AgencyKind", "AppealKind", "AppealResult", "ApplicationRow", "Counterpart")) {
            assertEquals(enumerations.get(schema), List.copyOf(byCode(codes.path(LISTS.get(schema))).keySet()), schema);
        }
        // and every list of the answer is one the contract's enumerations need
        List<String> lists = new ArrayList<>();
        codes.fieldNames().forEachRemaining(lists::add);
        assertEquals(new TreeSet<>(LISTS.values()), new TreeSet<>(lists));
        assertEquals(34, lists.size());
    }

    @Test
    void knownCodesHaveTheNamesOfTheTemplateAndTheRegulation() {
        JsonNode codes = codes();

        assertEquals(code("NATURAL_PERSON", "自然人", "Natural person", null), find(codes, "applicantTypes", "NATURAL_PERSON"));
        assertEquals(code("OTHER_ORGANIZATION", "其他组织", "Other organisation",
                group("ORGANIZATIONS", "法人或其他组织", "Legal persons or other organisations")),
                find(codes, "applicantTypes", "OTHER_ORGANIZATION"));
        // as a column of table 三 it is headed 其他, under 法人或其他组织
        assertEquals(code("OTHER_ORGANIZATION", "其他", "Other",
                group("ORGANIZATIONS", "法人或其他组织", "Legal persons or other organisations")),
                find(codes, "applicantColumns", "OTHER_ORGANIZATION"));
        assertEquals(code("TOTAL", "总计", "Total", null), find(codes, "applicantColumns", "TOTAL"));
        assertEquals(List.of("NATURAL_PERSON", "COMMERCIAL_ENTERPRISE", "RESEARCH_INSTITUTION",
                "SOCIAL_WELFARE_ORGANIZATION", "LEGAL_SERVICE_INSTITUTION", "OTHER_ORGANIZATION"),
                List.copyOf(byCode(codes.path("applicantTypes")).keySet()));

        assertEquals(code("ONLINE", "网络", "Online", null), find(codes, "channels", "ONLINE"));
        assertEquals(code("IN_PERSON", "当面", "In person", null), find(codes, "channels", "IN_PERSON"));

        assertEquals(code("UNAVAILABLE_NOT_HELD", "本机关不掌握相关政府信息", "The information is not held by this agency",
                group("UNAVAILABLE", "无法提供", "Cannot be provided")), find(codes, "outcomes", "UNAVAILABLE_NOT_HELD"));
        assertEquals(code("DENIED_STATE_SECRET", "属于国家秘密", "State secret",
                group("DENIED", "不予公开", "Not disclosed")), find(codes, "outcomes", "DENIED_STATE_SECRET"));
        assertEquals(code("NOT_PROCESSED_DUPLICATE", "重复申请", "Repeated application",
                group("NOT_PROCESSED", "不予处理", "Not processed")), find(codes, "outcomes", "NOT_PROCESSED_DUPLICATE"));
        assertEquals(code("OTHER", "其他", "Other", group("OTHER_HANDLING", "其他处理", "Other handling")),
                find(codes, "outcomes", "OTHER"));
        assertEquals(code("GRANTED", "予以公开", "Disclosed", null), find(codes, "outcomes", "GRANTED"));
        assertEquals(21, codes.path("outcomes").size());

        // the rows of table 三 as the 2021 template prints them, in the group they stand in
        assertEquals(code("TOTAL_CONCLUDED", "总计", "Total", group("RESULTS", "本年度办理结果", "Results of the year")),
                find(codes, "applicationRows", "TOTAL_CONCLUDED"));
        assertEquals(code("NEW_RECEIVED", "本年新收政府信息公开申请数量", "New applications received this year", null),
                find(codes, "applicationRows", "NEW_RECEIVED"));
        assertEquals(25, codes.path("applicationRows").size());

        assertEquals(code("ADMINISTRATIVE_REVIEW", "行政复议", "Administrative review", null),
                find(codes, "appealKinds", "ADMINISTRATIVE_REVIEW"));
        assertEquals(code("LITIGATION_AFTER_REVIEW", "复议后起诉", "Lawsuit filed after review",
                group("LITIGATION", "行政诉讼", "Administrative litigation")),
                find(codes, "appealKinds", "LITIGATION_AFTER_REVIEW"));
        assertEquals(code("UPHELD", "结果维持", "Upheld", null), find(codes, "appealResults", "UPHELD"));
        assertEquals(code("PENDING", "尚未审结", "Pending", null), find(codes, "appealResults", "PENDING"));

        assertEquals(code("CORRECTION_REQUESTED", "告知补正", "Correction requested", null),
                find(codes, "eventTypes", "CORRECTION_REQUESTED"));
        assertEquals(code("AWAITING_FEE", "等待缴费", "Awaiting fee payment", null),
                find(codes, "deadlineStatuses", "AWAITING_FEE"));
        assertEquals(code("PUBLISHED", "已公布", "Published", null), find(codes, "reportStatuses", "PUBLISHED"));
        assertEquals(code("THIRD_PARTY", "第三方", "Third party", null), find(codes, "counterparts", "THIRD_PARTY"));
        assertEquals(code("GB2021", "国办公开办函〔2021〕30号", "GB2021 format (report years 2021 and after)", null),
                find(codes, "reportFormats", "GB2021"));
        assertEquals(code("appeals", "四、政府信息公开行政复议、行政诉讼情况", "Table 四: Administrative review and litigation",
                null), find(codes, "reportTables", "appeals"));
        assertEquals(code("all-or-nothing", "全部导入或全不导入", "All or nothing", null),
                find(codes, "importModes", "all-or-nothing"));
        assertEquals(code("unknown-parameter", "未知参数", "Unknown parameter", null),
                find(codes, "fieldErrorCodes", "unknown-parameter"));
    }

    @Test
    void publicCacheableAndAnswered304WhenUnchanged() {
        ExtractableResponse<Response> first = given().get("/api/v1/codes").then().statusCode(200)
                .contentType("application/json").extract();
        String tag = first.header("ETag");
        assertTrue(tag != null && tag.matches("\"[0-9a-f]{32}\""), "a strong tag: " + tag);
        assertEquals("public, max-age=300", first.header("Cache-Control"));
        given().header("If-None-Match", tag).get("/api/v1/codes").then().statusCode(304).body(emptyString())
                .header("ETag", tag).header("Cache-Control", "public, max-age=300");
        given().header("If-None-Match", "\"other\"").get("/api/v1/codes").then().statusCode(200).header("ETag", tag);
        // the same for every caller and every language: no token needed, Accept-Language changes nothing
        assertEquals(tag, given().header("Accept-Language", "zh-CN").get("/api/v1/codes").then().statusCode(200)
                .extract().header("ETag"));
        assertEquals(tag, cn.govdisclosure.TestData.api().get("/api/v1/codes").then().statusCode(200).extract()
                .header("ETag"));
        // it takes no parameters: a language asked for is refused, not silently ignored
        given().get("/api/v1/codes?lang=en").then().statusCode(400).contentType("application/problem+json");
    }

    private static JsonNode codes() {
        try {
            return new ObjectMapper().readTree(given().get("/api/v1/codes").then().statusCode(200).extract().asByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode find(JsonNode codes, String list, String code) {
        JsonNode found = byCode(codes.path(list)).get(code);
        assertTrue(found != null, list + " has " + code);
        return found;
    }

    private static Map<String, JsonNode> byCode(JsonNode list) {
        Map<String, JsonNode> named = new LinkedHashMap<>();
        list.forEach(code -> named.put(code.path("code").asText(), code));
        return named;
    }

    private static JsonNode code(String code, String zh, String en, Map<String, String> group) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("code", code);
        node.put("zh", zh);
        node.put("en", en);
        if (group != null) {
            node.put("group", group);
        }
        return new ObjectMapper().valueToTree(node);
    }

    private static Map<String, String> group(String code, String zh, String en) {
        Map<String, String> group = new LinkedHashMap<>();
        group.put("code", code);
        group.put("zh", zh);
        group.put("en", en);
        return group;
    }

    /**
     * Every {@code enum} of the contract by where it is: {@code Schema} for an enumeration schema,
     * {@code Schema.property} for a property's own, {@code METHOD /path name} for an operation's parameter.
     */
    static Map<String, List<String>> enumerations(JsonNode contract) {
        Map<String, List<String>> found = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> schemas = contract.path("components").path("schemas").fields();
                schemas.hasNext();) {
            Map.Entry<String, JsonNode> schema = schemas.next();
            collect(schema.getKey(), schema.getValue(), found);
        }
        for (Iterator<Map.Entry<String, JsonNode>> paths = contract.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fields().forEachRemaining(operation -> operation.getValue().path("parameters")
                    .forEach(parameter -> collect(operation.getKey().toUpperCase() + " " + path.getKey() + " "
                            + parameter.path("name").asText(), parameter.path("schema"), found)));
        }
        return found;
    }

    private static void collect(String place, JsonNode schema, Map<String, List<String>> found) {
        if (schema.has("enum")) {
            List<String> values = new ArrayList<>();
            schema.get("enum").forEach(value -> values.add(value.asText()));
            found.put(place, values);
        }
        schema.path("properties").fields().forEachRemaining(property -> collect(place + "." + property.getKey(),
                property.getValue(), found));
        if (schema.has("items")) {
            collect(place, schema.get("items"), found);
        }
    }
}
