package cn.govdisclosure.ledger;

import static cn.govdisclosure.TestData.api;
import static cn.govdisclosure.TestData.as;
import static cn.govdisclosure.TestData.problem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import cn.govdisclosure.TestData;

/** The ledger list's scope, date ranges, text search and orders, with exact results. */
@QuarkusTest
class LedgerQueriesTest {

    private static final String LEDGER = "/api/v1/agencies/{code}/applications";

    private static String district;
    private static String department;

    /** Recorded once for all tests (the service is up only once the first test runs). */
    @BeforeEach
    void ledgers() {
        if (district != null) {
            return;
        }
        district = TestData.agency("查询区人民政府", "GOVERNMENT", null);
        department = TestData.agency("查询区教育局", "DEPARTMENT", district);
        record(district, "L1", "2021-03-01", "道路改造工程批复", "王小明", "GRANTED", "2021-03-20");
        record(district, "L2", "2021-01-15", "环评报告", "李四", "DENIED_STATE_SECRET", "2021-02-01");
        record(district, "L3", "2021-05-10", "学校建设规划", "张三", null, null);
        record(department, "E1", "2021-02-10", "道路绿化方案", "王五", "GRANTED", "2021-04-01");
        record(department, "E2", "2020-12-01", "预算公开 100%", "赵六", null, null);
    }

    private static void record(String agency, String trackingNumber, String received, String subject, String name,
            String outcome, String concluded) {
        Map<String, Object> entry = TestData.application(trackingNumber, received, "NATURAL_PERSON", outcome,
                concluded);
        entry.put("subject", subject);
        entry.put("applicant", Map.of("name", name));
        TestData.record(agency, entry);
    }

    private static ValidatableResponse list(RequestSpecification caller, Map<String, ?> query) {
        return caller.queryParams(query).get(LEDGER, district).then().statusCode(200);
    }

    private static ValidatableResponse list(Map<String, ?> query) {
        return list(api(), query);
    }

    @Test
    void subtreeScopeListsTheAgenciesBelowEachEntryNamingItsAgency() {
        list(Map.of()).body("totalItems", equalTo(3)).body("items.trackingNumber", contains("L2", "L1", "L3"));
        list(Map.of("scope", "SUBTREE"))
                .body("totalItems", equalTo(5))
                .body("items.trackingNumber", contains("E2", "L2", "E1", "L1", "L3"))
                .body("items.agencyCode", contains(department, district, department, district, district));
        list(Map.of("scope", "SUBTREE", "size", 2, "page", 1))
                .body("totalItems", equalTo(5)).body("items.trackingNumber", contains("E1", "L1"));
    }

    @Test
    void dateRangesIncludeBothEnds() {
        list(Map.of("scope", "SUBTREE", "receivedFrom", "2021-02-10", "receivedTo", "2021-03-01"))
                .body("totalItems", equalTo(2)).body("items.trackingNumber", contains("E1", "L1"));
        list(Map.of("scope", "SUBTREE", "receivedFrom", "2021-02-11"))
                .body("items.trackingNumber", contains("L1", "L3"));
        list(Map.of("scope", "SUBTREE", "receivedTo", "2021-01-14"))
                .body("items.trackingNumber", contains("E2"));
        list(Map.of("scope", "SUBTREE", "concludedFrom", "2021-02-01", "concludedTo", "2021-03-31"))
                .body("totalItems", equalTo(2)).body("items.trackingNumber", contains("L2", "L1"));
        list(Map.of("scope", "SUBTREE", "concludedFrom", "2021-04-01"))
                .body("items.trackingNumber", contains("E1"));
        problem(api().queryParams(Map.of("receivedFrom", "2021-03-01", "receivedTo", "2021-02-01"))
                .get(LEDGER, district).then(), 400)
                .body("errors.field", contains("receivedTo"))
                .body("errors.message", contains("must not be before receivedFrom"));
        problem(api().queryParams(Map.of("concludedFrom", "2021-03-01", "concludedTo", "2021-02-01"))
                .get(LEDGER, district).then(), 400)
                .body("errors.field", contains("concludedTo"));
    }

    @Test
    void textSearchesTrackingNumbersAndSubjects() {
        list(Map.of("scope", "SUBTREE", "q", "道路")).body("items.trackingNumber", contains("E1", "L1"));
        list(Map.of("scope", "SUBTREE", "q", "l2")).body("items.trackingNumber", contains("L2"));
        list(Map.of("scope", "SUBTREE", "q", "100%")).body("items.trackingNumber", contains("E2"));
        list(Map.of("scope", "SUBTREE", "q", "%")).body("items.trackingNumber", contains("E2"));
        list(Map.of("scope", "SUBTREE", "q", "_")).body("items", empty());
        list(Map.of("scope", "SUBTREE", "q", "道路", "receivedFrom", "2021-03-01"))
                .body("items.trackingNumber", contains("L1"));
        problem(api().queryParam("q", "x".repeat(101)).get(LEDGER, district).then(), 400)
                .body("errors.field", contains("q"))
                .body("errors.message", contains("must be at most 100 characters"));
    }

    @Test
    void applicantNamesAreSearchedOnlyForCallersWhoSeeThem() {
        list(Map.of("scope", "SUBTREE", "q", "王")).body("items.trackingNumber", contains("E1", "L1"));
        list(as("clerk", district), Map.of("scope", "SUBTREE", "q", "王"))
                .body("items.trackingNumber", contains("E1", "L1"))
                .body("items.applicant.name", contains("王五", "王小明"));
        list(as("viewer", district), Map.of("scope", "SUBTREE", "q", "王"))
                .body("totalItems", equalTo(0)).body("items", empty());
        list(as("editor", district), Map.of("scope", "SUBTREE", "q", "王小明")).body("items", empty());
        list(as("viewer", district), Map.of("scope", "SUBTREE", "q", "学校"))
                .body("items.trackingNumber", contains("L3"))
                .body("items.applicant.name", contains("张*"));
    }

    @Test
    void sortOrdersAscendingOrDescendingWithEntriesWithoutTheDateLast() {
        Map<String, String[]> orders = Map.of(
                "receivedDate", new String[] {"E2", "L2", "E1", "L1", "L3"},
                "-receivedDate", new String[] {"L3", "L1", "E1", "L2", "E2"},
                "dueDate", new String[] {"E2", "L2", "E1", "L1", "L3"},
                "-dueDate", new String[] {"L3", "L1", "E1", "L2", "E2"},
                "concludedDate", new String[] {"L2", "L1", "E1", "E2", "L3"},
                "-concludedDate", new String[] {"E1", "L1", "L2", "L3", "E2"},
                "trackingNumber", new String[] {"E1", "E2", "L1", "L2", "L3"},
                "-trackingNumber", new String[] {"L3", "L2", "L1", "E2", "E1"});
        orders.forEach((sort, expected) -> list(Map.of("scope", "SUBTREE", "sort", sort))
                .body("items.trackingNumber", contains(expected)));
        list(Map.of("sort", "-receivedDate")).body("items.trackingNumber", contains("L3", "L1", "L2"));
    }
}
