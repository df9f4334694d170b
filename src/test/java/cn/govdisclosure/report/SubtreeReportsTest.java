package cn.govdisclosure.report;

import static cn.govdisclosure.ReportSteps.fillSection2;
import static cn.govdisclosure.ReportSteps.publish;
import static cn.govdisclosure.ReportSteps.step;
import static cn.govdisclosure.TestData.api;
import static cn.govdisclosure.TestData.as;
import static cn.govdisclosure.TestData.problem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

import cn.govdisclosure.ReportSteps;
import cn.govdisclosure.TestData;

/**
 * The reports of a subtree in one list: exact statuses, publication dates, deadlines, late flags and finding counts,
 * the filters, paging, ETag and 304, and what readers of the subtree and everyone else see.
 */
@QuarkusTest
class SubtreeReportsTest {

    private static final String REPORTS = "/api/v1/reports";

    private static String county;
    private static String bureau;
    private static String township;
    private static String elsewhere;
    private static long county2021;
    private static long county2022;
    private static long bureau2021;
    private static long bureau2026;
    private static long township2021;

    /**
     * A county (a government: deadline 31 March) with a bureau and a township below it (31 January), and another
     * county whose report must never appear.
     */
    @BeforeEach
    void reports() {
        if (county != null) {
            return;
        }
        county = TestData.agency("列表县人民政府", "GOVERNMENT", null);
        bureau = TestData.agency("列表县财政局", "DEPARTMENT", county);
        township = TestData.agency("列表县某镇人民政府", "TOWNSHIP", bureau);
        elsewhere = TestData.agency("别县人民政府", "GOVERNMENT", null);

        county2021 = ReportSteps.create(county, 2021);
        fillSection2(county2021);
        publish(county2021, "2022-04-10"); // after 31 March 2022: late
        county2022 = ReportSteps.create(county, 2022); // empty, never published: late since 1 April 2023

        bureau2021 = ReportSteps.create(bureau, 2021);
        fillSection2(bureau2021);
        publish(bureau2021, "2022-01-20"); // on time
        step(api(), bureau2021, "revisions", Map.of("reason", "更正第二部分数据")).statusCode(201);
        bureau2026 = ReportSteps.create(bureau, 2026); // deadline 31 January 2027: not late yet

        township2021 = ReportSteps.create(township, 2021);
        fillSection2(township2021);
        step(api(), township2021, "submit", Map.of()).statusCode(200); // submitted, deadline passed: late

        long other = ReportSteps.create(elsewhere, 2021);
        fillSection2(other);
        publish(other, "2022-01-05");
    }

    private static JsonPath list(RequestSpecification caller, Map<String, ?> query) {
        return caller.queryParam("under", county).queryParams(query).get(REPORTS).then().statusCode(200)
                .header("Cache-Control", "private, no-store").extract().jsonPath();
    }

    @Test
    void readersOfTheSubtreeSeeEveryReportAsItStandsWithItsFindings() {
        JsonPath page = list(api(), Map.of());
        assertEquals(5, page.getLong("totalItems"));
        assertEquals(List.of(bureau2026, county2022, county2021, bureau2021, township2021), ids(page));
        assertEquals(List.of(bureau, county, county, bureau, township), page.getList("items.agencyCode"));
        assertEquals(List.of("列表县财政局", "列表县人民政府", "列表县人民政府", "列表县财政局", "列表县某镇人民政府"),
                page.getList("items.agencyName"));
        assertEquals(List.of(2026, 2022, 2021, 2021, 2021), page.getList("items.year"));
        assertEquals(List.of("DRAFT", "DRAFT", "PUBLISHED", "DRAFT", "SUBMITTED"), page.getList("items.status"));
        assertEquals(List.of(1, 1, 1, 2, 1), page.getList("items.revision"));
        assertEquals(List.of("2027-01-31", "2023-03-31", "2022-03-31", "2022-01-31", "2022-01-31"),
                page.getList("items.publicationDeadline"));
        assertEquals(java.util.Arrays.asList(null, null, "2022-04-10", "2022-01-20", null),
                page.getList("items.publishedDate"));
        assertEquals(List.of(false, true, true, false, true), page.getList("items.late"));
        // an empty GB2021 section 二 is ten TYPE errors; a filled one leaves none
        assertEquals(List.of(10, 10, 0, 0, 0), page.getList("items.findings.errors"));
        assertEquals(List.of(0, 0, 0, 0, 0), page.getList("items.findings.warnings"));
        for (int i = 0; i < 5; i++) {
            assertNotNull(page.getString("items[" + i + "].findings.countedAt"));
            long id = page.getLong("items[" + i + "].id");
            JsonPath checks = api().get(REPORTS + "/{id}/checks", id).then().statusCode(200).extract().jsonPath();
            assertEquals(checks.getLong("errors"), page.getLong("items[" + i + "].findings.errors"), "report " + id);
            assertEquals(checks.getLong("warnings"), page.getLong("items[" + i + "].findings.warnings"), "report " + id);
        }
        assertEquals(List.of(bureau2026, county2022, county2021, bureau2021, township2021),
                ids(list(as("viewer", county), Map.of())));
    }

    @Test
    void theCountsFollowEveryChangeOfTheReportWithoutMovingItsVersion() {
        String agency = TestData.agency("计数县人民政府", "GOVERNMENT", null);
        long id = ReportSteps.create(agency, 2023);
        JsonPath before = api().queryParam("under", agency).get(REPORTS).then().statusCode(200).extract().jsonPath();
        assertEquals(10, before.getLong("items[0].findings.errors"));
        // the answer's ETag is the report's version after the recount: the next write with it succeeds
        String answered = api().contentType(ContentType.JSON).header("If-Match", ReportSteps.etag(id))
                .body(Map.of("values", ReportSteps.GB2021_SECTION_2))
                .put(REPORTS + "/{id}/proactive-disclosure", id).then().statusCode(200).extract().header("ETag");
        assertEquals(answered, ReportSteps.etag(id));
        JsonPath after = api().queryParam("under", agency).get(REPORTS).then().statusCode(200).extract().jsonPath();
        assertEquals(0, after.getLong("items[0].findings.errors"));
        assertEquals(0, after.getLong("items[0].findings.warnings"));
    }

    @Test
    void theFiltersCombine() {
        assertEquals(List.of(county2021, bureau2021, township2021), ids(list(api(), Map.of("year", 2021))));
        assertEquals(List.of(bureau2026, county2022, bureau2021), ids(list(api(), Map.of("status", "draft"))));
        assertEquals(List.of(county2021), ids(list(api(), Map.of("status", "PUBLISHED"))));
        assertEquals(List.of(county2022, county2021, township2021), ids(list(api(), Map.of("late", true))));
        assertEquals(List.of(bureau2026, bureau2021), ids(list(api(), Map.of("late", false))));
        assertEquals(List.of(county2021, township2021), ids(list(api(), Map.of("late", true, "year", 2021))));
        assertEquals(List.of(), ids(list(api(), Map.of("year", 2020))));
        // the subtree of the bureau: itself and the township
        JsonPath bureauOnly = api().queryParam("under", bureau).get(REPORTS).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(bureau2026, bureau2021, township2021), ids(bureauOnly));
    }

    @Test
    void pagesCountEveryMatchingReport() {
        JsonPath page = list(api(), Map.of("page", 1, "size", 2));
        assertEquals(1, page.getInt("page"));
        assertEquals(2, page.getInt("size"));
        assertEquals(5, page.getLong("totalItems"));
        assertEquals(List.of(county2021, bureau2021), ids(page));
        assertEquals(List.of(township2021), ids(list(api(), Map.of("page", 2, "size", 2))));
    }

    @Test
    void everyoneElseSeesThePublishedReportsEachAsItsRevisionInForceWithoutFindings() {
        List<Supplier<RequestSpecification>> callers = List.of(() -> given(), () -> as("clerk", elsewhere),
                () -> as("viewer", bureau));
        for (Supplier<RequestSpecification> caller : callers) {
            JsonPath page = list(caller.get(), Map.of());
            assertEquals(2, page.getLong("totalItems"));
            assertEquals(List.of(county2021, bureau2021), ids(page));
            assertEquals(List.of("PUBLISHED", "PUBLISHED"), page.getList("items.status"));
            assertEquals(List.of(1, 1), page.getList("items.revision"));
            assertEquals(List.of("2022-04-10", "2022-01-20"), page.getList("items.publishedDate"));
            assertEquals(List.of(true, false), page.getList("items.late"));
            assertNull(page.get("items[0].findings"));
            assertNull(page.get("items[1].findings"));
            assertEquals(List.of(), ids(list(caller.get(), Map.of("status", "DRAFT"))));
            assertEquals(List.of(county2021), ids(list(caller.get(), Map.of("late", true))));
            assertEquals(List.of(bureau2021), ids(list(caller.get(), Map.of("late", false))));
        }
        // the bureau's viewer reads its own subtree in full
        assertEquals(List.of(bureau2026, bureau2021, township2021),
                ids(as("viewer", bureau).queryParam("under", bureau).get(REPORTS).then().statusCode(200)
                        .extract().jsonPath()));
    }

    @Test
    void anUnchangedPageAnswers304() {
        String tag = api().queryParam("under", county).get(REPORTS).then().statusCode(200).extract().header("ETag");
        api().queryParam("under", county).header("If-None-Match", tag).get(REPORTS).then().statusCode(304)
                .header("ETag", tag);
        String publicTag = given().queryParam("under", county).get(REPORTS).then().statusCode(200)
                .header("Vary", "Authorization").extract().header("ETag");
        assertNotEquals(tag, publicTag);
    }

    @Test
    void badQueriesAre400AndAnUnknownAgency404() {
        problem(api().get(REPORTS).then(), 400).body("errors[0].field", equalTo("under"));
        problem(api().queryParam("under", " ").get(REPORTS).then(), 400).body("errors[0].field", equalTo("under"));
        problem(api().queryParam("under", "NO-SUCH-AGENCY").get(REPORTS).then(), 404);
        problem(given().queryParam("under", "NO-SUCH-AGENCY").get(REPORTS).then(), 404);
        problem(api().queryParam("under", county).queryParam("late", "maybe").get(REPORTS).then(), 400)
                .body("errors[0].field", equalTo("late"));
        problem(api().queryParam("under", county).queryParam("status", "LOST").get(REPORTS).then(), 400)
                .body("errors[0].field", equalTo("status"));
        problem(api().queryParam("under", county).queryParam("year", 99999).get(REPORTS).then(), 400)
                .body("errors[0].field", equalTo("year"));
        problem(api().queryParam("under", county).queryParam("size", 201).get(REPORTS).then(), 400)
                .body("errors[0].field", equalTo("size"));
        problem(api().queryParam("under", county).queryParam("agency", county).get(REPORTS).then(), 400)
                .body("errors[0].field", equalTo("agency"));
    }

    private static List<Long> ids(JsonPath page) {
        return page.getList("items.id", Long.class);
    }
}
