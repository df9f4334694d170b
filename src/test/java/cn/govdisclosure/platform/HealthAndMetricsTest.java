package cn.govdisclosure.platform;

import static cn.govdisclosure.TestData.api;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import cn.govdisclosure.Manifests;
import cn.govdisclosure.TestData;

/** The endpoints Kubernetes and Prometheus call: health groups and the business counters. */
@QuarkusTest
class HealthAndMetricsTest {

    private static final String DATABASE_CHECK = "Database connections health check";
    private static final List<String> COUNTERS = List.of("disclosure_applications_recorded_total",
            "disclosure_appeals_recorded_total", "disclosure_reports_created_total");

    @Test
    void livenessDoesNotDependOnTheDatabase() {
        api().get("/q/health/live").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", not(hasItem(DATABASE_CHECK)));
    }

    @Test
    void readinessIncludesTheDatabase() {
        api().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == '" + DATABASE_CHECK + "' }.status", equalTo("UP"));
    }

    @Test
    void everyProbeOfTheDeploymentAnswersUp() {
        JsonNode container = Manifests.container();
        for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
            String path = container.path(probe).path("httpGet").path("path").asText();
            api().get(path).then().statusCode(200).body("status", equalTo("UP"));
        }
    }

    @Test
    void countersMoveOncePerNewRecordOnly() {
        String agency = TestData.agency();
        Map<String, Object> application = TestData.application("M-1", "2021-03-01", "NATURAL_PERSON", null, null);
        Map<String, Double> before = counters();

        TestData.record(agency, application);
        assertIncrements(before, 1, 0, 0);

        // the same entry again (a retry), a conflicting one and an invalid one are not new applications
        api().contentType(ContentType.JSON).body(application)
                .post("/api/v1/agencies/{code}/applications", agency).then().statusCode(200);
        Map<String, Object> conflicting = TestData.application("M-1", "2021-03-02", "NATURAL_PERSON", null, null);
        api().contentType(ContentType.JSON).body(conflicting)
                .post("/api/v1/agencies/{code}/applications", agency).then().statusCode(409);
        api().contentType(ContentType.JSON).body(Map.of("trackingNumber", "M-2"))
                .post("/api/v1/agencies/{code}/applications", agency).then().statusCode(400);
        assertIncrements(before, 1, 0, 0);

        TestData.record(agency, "M-2", "2021-03-05", "COMMERCIAL_ENTERPRISE", "GRANTED", "2021-03-09");
        assertIncrements(before, 2, 0, 0);

        Map<String, Object> appeal = TestData.appeal("(2021)复字1号", "ADMINISTRATIVE_REVIEW", "2021-04-01", "PENDING",
                null, "M-1");
        TestData.recordAppeal(agency, appeal);
        api().contentType(ContentType.JSON).body(appeal)
                .post("/api/v1/agencies/{code}/appeals", agency).then().statusCode(200);
        assertIncrements(before, 2, 1, 0);

        api().contentType(ContentType.JSON).body(Map.of("year", 2021))
                .post("/api/v1/agencies/{code}/reports", agency).then().statusCode(201);
        api().contentType(ContentType.JSON).body(Map.of("year", 2021))
                .post("/api/v1/agencies/{code}/reports", agency).then().statusCode(200);
        assertIncrements(before, 2, 1, 1);
    }

    @Test
    void httpRequestsAreMeasuredByRouteTemplate() {
        String agency = TestData.agency();
        api().get("/api/v1/agencies/{code}/applications", agency).then().statusCode(200);

        String metrics = scrape();
        assertTrue(Pattern.compile("(?m)^http_server_requests_seconds_count\\{[^}]*method=\"GET\"[^}]*"
                + "uri=\"/api/v1/agencies/\\{code}/applications\"[^}]*} [1-9]").matcher(metrics).find(),
                "a timer for GET /api/v1/agencies/{code}/applications");
        assertTrue(metrics.contains("# HELP disclosure_applications_recorded Disclosure applications newly recorded"));
    }

    @Test
    void theConnectionPoolsWaitAndActiveCountAreMetrics() {
        api().get("/api/v1/agencies").then().statusCode(200);
        String metrics = scrape();
        for (String name : List.of("agroal_active_count", "agroal_awaiting_count", "agroal_max_used_count",
                "agroal_blocking_time_average_milliseconds", "agroal_blocking_time_max_milliseconds")) {
            assertTrue(Pattern.compile("(?m)^" + name + "\\{datasource=\"default\"} \\d").matcher(metrics).find(),
                    name + " is exposed");
        }
    }

    private void assertIncrements(Map<String, Double> before, int applications, int appeals, int reports) {
        Map<String, Double> now = counters();
        List<Integer> expected = List.of(applications, appeals, reports);
        for (int i = 0; i < COUNTERS.size(); i++) {
            String name = COUNTERS.get(i);
            assertEquals(before.get(name) + expected.get(i), now.get(name), name);
        }
    }

    private static Map<String, Double> counters() {
        String metrics = scrape();
        Map<String, Double> values = new java.util.HashMap<>();
        for (String name : COUNTERS) {
            Matcher line = Pattern.compile("(?m)^" + name + "(?:\\{[^}]*})? (\\S+)$").matcher(metrics);
            assertTrue(line.find(), name + " is exposed");
            values.put(name, Double.parseDouble(line.group(1)));
        }
        return values;
    }

    private static String scrape() {
        return api().get("/q/metrics").then().statusCode(200).extract().asString();
    }
}
