package cn.govdisclosure.transfer;

import static cn.govdisclosure.TestData.api;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import cn.govdisclosure.TestData;

/**
 * The bulk pull of a year's tables: every agency of a subtree with its own tables, a 304 for an unchanged
 * pull and a new tag after any change, incremental pulls with updatedSince, CSV that parses back, and
 * who may pull what.
 */
@QuarkusTest
class BulkStatisticsTest {

    private static final List<Long> ZERO = List.of(0L, 0L, 0L, 0L, 0L, 0L, 0L);
    private static final List<String> GB2019_ROWS = List.of("NEW_RECEIVED", "CARRIED_OVER", "GRANTED",
            "PARTIALLY_GRANTED", "DENIED_STATE_SECRET", "DENIED_LAW_PROHIBITED", "DENIED_SECURITY_STABILITY",
            "DENIED_THIRD_PARTY_RIGHTS", "DENIED_INTERNAL_AFFAIRS", "DENIED_PROCESS_INFORMATION",
            "DENIED_ENFORCEMENT_FILE", "DENIED_ADMIN_QUERY", "UNAVAILABLE_NOT_HELD", "UNAVAILABLE_NEEDS_CREATION",
            "UNAVAILABLE_STILL_UNCLEAR", "NOT_PROCESSED_COMPLAINT", "NOT_PROCESSED_DUPLICATE",
            "NOT_PROCESSED_PUBLICATION", "NOT_PROCESSED_EXCESSIVE", "NOT_PROCESSED_CONFIRMATION", "OTHER",
            "TOTAL_CONCLUDED", "CARRIED_FORWARD");

    /** A district with one department: the district's ledger and lawsuit, the department's ledger. */
    private record Tree(String district, String department) {
    }

    private static Tree tree() {
        String district = TestData.agency("测试区人民政府", "GOVERNMENT", null);
        String department = TestData.agency("测试区教育局", "DEPARTMENT", district);
        TestData.record(district, "D-1", "2020-02-01", "NATURAL_PERSON", "GRANTED", "2020-02-10");
        TestData.record(district, "D-2", "2020-12-01", "COMMERCIAL_ENTERPRISE", null, null);
        TestData.recordAppeal(district, TestData.appeal("（2020）复1号", "ADMINISTRATIVE_REVIEW", "2020-05-01", "UPHELD",
                "2020-06-01", null));
        TestData.record(department, "E-1", "2020-03-01", "NATURAL_PERSON", "UNAVAILABLE_NOT_HELD", "2020-03-15");
        return new Tree(district, department);
    }

    @Test
    void everyAgencyOfTheSubtreeComesWithItsOwnTables() {
        Tree tree = tree();
        Response response = api().get("/api/v1/statistics/2020?under={code}", tree.district());
        response.then().statusCode(200).contentType(startsWith("application/json"))
                .header("ETag", startsWith("\"b1-")).header("Cache-Control", "no-cache, private")
                .header("Last-Modified", org.hamcrest.Matchers.endsWith(" GMT")).header("Vary", "Accept, Authorization");
        JsonPath pull = response.jsonPath();

        assertEquals(1, pull.getInt("schemaVersion"));
        assertEquals(2020, pull.getInt("year"));
        assertEquals("GB2019", pull.getString("format"));
        assertEquals(tree.district(), pull.getString("under"));
        assertEquals(2, pull.getInt("agenciesInScope"));
        assertEquals(2, pull.getList("agencies").size());

        Map<String, List<Long>> district = rows(pull, tree.district());
        Map<String, List<Long>> expected = zeroRows();
        expected.put("NEW_RECEIVED", List.of(1L, 1L, 0L, 0L, 0L, 0L, 2L));
        expected.put("GRANTED", List.of(1L, 0L, 0L, 0L, 0L, 0L, 1L));
        expected.put("TOTAL_CONCLUDED", List.of(1L, 0L, 0L, 0L, 0L, 0L, 1L));
        expected.put("CARRIED_FORWARD", List.of(0L, 1L, 0L, 0L, 0L, 0L, 1L));
        assertEquals(expected, district);
        assertEquals(List.of(1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), agency(pull, tree.district()).get("appeals.values"));
        assertEquals(null, agency(pull, tree.district()).get("parentCode"));
        assertEquals("GOVERNMENT", agency(pull, tree.district()).get("kind"));

        Map<String, List<Long>> department = rows(pull, tree.department());
        expected = zeroRows();
        expected.put("NEW_RECEIVED", List.of(1L, 0L, 0L, 0L, 0L, 0L, 1L));
        expected.put("UNAVAILABLE_NOT_HELD", List.of(1L, 0L, 0L, 0L, 0L, 0L, 1L));
        expected.put("TOTAL_CONCLUDED", List.of(1L, 0L, 0L, 0L, 0L, 0L, 1L));
        assertEquals(expected, department);
        assertEquals(tree.district(), agency(pull, tree.department()).get("parentCode"));
        assertEquals("测试区教育局", agency(pull, tree.department()).get("agencyName"));

        // the applicants' names, identity and phone numbers are nowhere
        String body = response.asString();
        assertFalse(body.contains("王小明"));
        assertFalse(body.contains("350504199001011234"));
        assertFalse(body.contains("13800000000"));
    }

    @Test
    void anUnchangedPullIs304AndAnyChangeGivesANewTag() {
        Tree tree = tree();
        String url = "/api/v1/statistics/2020?under=" + tree.district();
        String tag = api().get(url).then().statusCode(200).extract().header("ETag");

        api().header("If-None-Match", tag).get(url).then().statusCode(304).header("ETag", tag).body(emptyString());
        api().header("If-None-Match", "W/" + tag).get(url).then().statusCode(304);
        api().header("If-None-Match", "\"b1-other\", " + tag).get(url).then().statusCode(304);
        // the tag does not depend on updatedSince: the last tag, sent with the last lastChanged, is 304 while unchanged
        api().header("If-None-Match", tag).get(url + "&updatedSince=2021-01-01T00:00:00Z").then().statusCode(304)
                .header("ETag", tag);
        // another year, another representation, another scope: other tags
        assertNotEquals(tag, api().get("/api/v1/statistics/2019?under=" + tree.district()).then().statusCode(200)
                .extract().header("ETag"));
        assertNotEquals(tag, api().accept("text/csv").get(url).then().statusCode(200).extract().header("ETag"));
        assertNotEquals(tag, api().get("/api/v1/statistics/2020?under=" + tree.department()).then().statusCode(200)
                .extract().header("ETag"));

        // a new application in the department
        TestData.record(tree.department(), "E-2", "2020-07-01", "LEGAL_SERVICE_INSTITUTION", null, null);
        Response changed = api().header("If-None-Match", tag).get(url);
        changed.then().statusCode(200);
        String second = changed.header("ETag");
        assertNotEquals(tag, second);
        assertEquals(List.of(1L, 0L, 0L, 0L, 1L, 0L, 2L), rows(changed.jsonPath(), tree.department()).get("NEW_RECEIVED"));
        api().header("If-None-Match", second).get(url).then().statusCode(304);

        // an existing application concluded: its version changes, and so do the tag and the tables
        api().contentType(ContentType.JSON).body(Map.of("type", "CONCLUDED", "date", "2020-12-20", "outcome", "GRANTED"))
                .post("/api/v1/agencies/{code}/applications/{number}/events", tree.district(), "D-2").then()
                .statusCode(201);
        Response concluded = api().header("If-None-Match", second).get(url);
        concluded.then().statusCode(200);
        assertNotEquals(second, concluded.header("ETag"));
        assertEquals(List.of(1L, 1L, 0L, 0L, 0L, 0L, 2L), rows(concluded.jsonPath(), tree.district()).get("GRANTED"));
        assertEquals(ZERO, rows(concluded.jsonPath(), tree.district()).get("CARRIED_FORWARD"));
    }

    @Test
    void updatedSinceListsOnlyTheAgenciesChangedSince() throws Exception {
        Tree tree = tree();
        String url = "/api/v1/statistics/2020?under=" + tree.district();
        JsonPath first = api().get(url).then().statusCode(200).extract().jsonPath();
        Instant lastChanged = Instant.parse(first.getString("lastChanged"));
        assertEquals(lastChanged.toString(), agency(first, tree.department()).get("lastChanged"));

        Thread.sleep(1100);
        TestData.record(tree.department(), "E-3", "2020-09-01", "NATURAL_PERSON", "GRANTED", "2020-09-08");
        Instant since = lastChanged.plusSeconds(1);
        JsonPath incremental = api().queryParam("updatedSince", since.toString()).get(url).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of(tree.department()), incremental.getList("agencies.agencyCode"));
        assertEquals(2, incremental.getInt("agenciesInScope"));
        assertEquals(since.toString(), incremental.getString("updatedSince"));
        assertEquals(List.of(2L, 0L, 0L, 0L, 0L, 0L, 2L), rows(incremental, tree.department()).get("NEW_RECEIVED"));
        assertTrue(Instant.parse(incremental.getString("lastChanged")).compareTo(since) >= 0);

        // the same instant with an offset, its "+" unencoded; and the future: nothing changed yet
        String offset = since.atOffset(java.time.ZoneOffset.ofHours(8)).toString();
        assertEquals(List.of(tree.department()), api().get(url + "&updatedSince=" + offset).then().statusCode(200)
                .extract().jsonPath().getList("agencies.agencyCode"));
        assertEquals(List.of(), api().queryParam("updatedSince", "2999-01-01T00:00:00Z").get(url).then().statusCode(200)
                .extract().jsonPath().getList("agencies"));
        TestData.problem(api().queryParam("updatedSince", "yesterday").get(url).then(), 400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("updatedSince"));
    }

    @Test
    void csvHasOneFigurePerLineAndParsesBack() throws Exception {
        Tree tree = tree();
        byte[] bytes = api().accept("text/csv").get("/api/v1/statistics/2020?under={code}", tree.district()).then()
                .statusCode(200).contentType(startsWith("text/csv")).header("ETag", startsWith("\"b1-"))
                .extract().asByteArray();
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(bytes[0], bytes[1], bytes[2]));
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<CSVRecord> records;
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text))) {
            assertEquals(BulkStatisticsCsv.HEADER, parser.getHeaderNames());
            records = parser.getRecords();
        }
        assertEquals(2 * (23 * 7 + 15), records.size());
        CSVRecord notHeld = records.stream().filter(r -> r.get("agencyCode").equals(tree.department())
                && r.get("rowCode").equals("UNAVAILABLE_NOT_HELD") && r.get("columnCode").equals("TOTAL")).findFirst()
                .orElseThrow();
        assertEquals("1", notHeld.get("value"));
        assertEquals("applications", notHeld.get("table"));
        assertEquals("三、本年度办理结果 （四）无法提供 1.本机关不掌握相关政府信息", notHeld.get("rowLabel"));
        assertEquals("总计", notHeld.get("columnLabel"));
        assertEquals("测试区教育局", notHeld.get("agencyName"));
        assertEquals(tree.district(), notHeld.get("parentCode"));
        assertEquals("2020", notHeld.get("year"));
        assertEquals("GB2019", notHeld.get("format"));
        CSVRecord review = records.stream().filter(r -> r.get("agencyCode").equals(tree.district())
                && r.get("table").equals("appeals") && r.get("rowCode").equals("ADMINISTRATIVE_REVIEW")
                && r.get("columnCode").equals("UPHELD")).findFirst().orElseThrow();
        assertEquals("1", review.get("value"));
        assertEquals("行政复议", review.get("rowLabel"));
        long sum = records.stream().filter(r -> r.get("columnCode").equals("TOTAL") && r.get("table").equals("applications")
                && r.get("rowCode").equals("NEW_RECEIVED")).mapToLong(r -> Long.parseLong(r.get("value"))).sum();
        assertEquals(3, sum);
    }

    @Test
    void eachCallerPullsTheAgenciesItActsFor() {
        Tree tree = tree();
        JsonPath own = TestData.as("viewer", tree.department()).get("/api/v1/statistics/2020").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of(tree.department()), own.getList("agencies.agencyCode"));
        assertEquals(null, own.getString("under"));
        TestData.problem(TestData.as("viewer", tree.department()).get("/api/v1/statistics/2020?under={code}",
                tree.district()).then(), 403);
        JsonPath district = TestData.as("clerk", tree.district()).get("/api/v1/statistics/2020").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(2, district.getInt("agenciesInScope"));
        JsonPath all = api().get("/api/v1/statistics/2020").then().statusCode(200).extract().jsonPath();
        assertTrue(all.getList("agencies.agencyCode").containsAll(List.of(tree.district(), tree.department())));
        assertEquals(List.of(), TestData.as("viewer").get("/api/v1/statistics/2020").then().statusCode(200).extract()
                .jsonPath().getList("agencies"));

        TestData.problem(RestAssured.given().get("/api/v1/statistics/2020").then(), 401);
        TestData.problem(api().get("/api/v1/statistics/2020?under=NO-SUCH-AGENCY").then(), 404);
        TestData.problem(api().get("/api/v1/statistics/2007").then(), 400);
        TestData.problem(api().accept("application/xml").get("/api/v1/statistics/2020").then(), 406);
    }

    private static Map<String, Object> agency(JsonPath pull, String code) {
        List<Map<String, Object>> agencies = pull.getList("agencies");
        Map<String, Object> found = agencies.stream().filter(a -> a.get("agencyCode").equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no agency " + code));
        Map<String, Object> flat = new LinkedHashMap<>(found);
        @SuppressWarnings("unchecked")
        Map<String, Object> appeals = (Map<String, Object>) found.get("appeals");
        flat.put("appeals.values", appeals.get("values"));
        return flat;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, List<Long>> rows(JsonPath pull, String code) {
        Map<String, Object> applications = (Map<String, Object>) agency(pull, code).get("applications");
        Map<String, List<Long>> rows = new LinkedHashMap<>();
        for (Map<String, Object> row : (List<Map<String, Object>>) applications.get("rows")) {
            List<Long> values = new ArrayList<>();
            ((List<Number>) row.get("values")).forEach(value -> values.add(value.longValue()));
            rows.put((String) row.get("code"), values);
        }
        return rows;
    }

    private static Map<String, List<Long>> zeroRows() {
        Map<String, List<Long>> rows = new LinkedHashMap<>();
        GB2019_ROWS.forEach(row -> rows.put(row, ZERO));
        return rows;
    }
}
