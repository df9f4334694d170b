package cn.govdisclosure.ledger;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import cn.govdisclosure.TestData;

/**
 * The retention run anonymises exactly the applications concluded before today minus the period (P10Y in tests),
 * leaves every other application and every statistic as it was, records one audit entry per run, and is an admin's
 * alone; a dry run changes nothing.
 */
@QuarkusTest
class PersonalDataRetentionTest {

    private static final String RUN = "/api/v1/admin/retention/run";

    @Inject
    RetentionSchedule schedule;

    @Test
    void anonymisesExactlyTheExpiredApplicationsAndKeepsTheStatistics() {
        String agency = TestData.agency();
        LocalDate cutoff = TestData.today().minusYears(10);
        String lastExpiredDay = cutoff.minusDays(1).toString();
        record(agency, "E-1", "2015-03-02", "NATURAL_PERSON", "GRANTED", "2015-03-20");
        record(agency, "E-2", "2014-05-05", "COMMERCIAL_ENTERPRISE", "UNAVAILABLE_NOT_HELD", "2014-06-01");
        record(agency, "E-3", lastExpiredDay, "NATURAL_PERSON", "GRANTED", lastExpiredDay);
        record(agency, "K-1", cutoff.toString(), "NATURAL_PERSON", "GRANTED", cutoff.toString());
        record(agency, "K-2", "2017-01-05", "NATURAL_PERSON", "GRANTED", "2017-02-01");
        record(agency, "K-3", "2015-04-01", "NATURAL_PERSON", null, null);
        List<String> years = List.of("2014", "2015", "2016", "2017");
        Map<String, String> tablesBefore = tables(agency, years);
        // 2015: E-1 received and concluded, K-3 received and still open
        assertEquals(List.of(2, 0, 0, 0, 0, 0, 2), JsonPath.from(tablesBefore.get("2015"))
                .getList("applications.rows.find { it.code == 'NEW_RECEIVED' }.values"), tablesBefore.get("2015"));
        String etagBefore = application(agency, "E-1").header("ETag");
        long entriesBefore = auditEntries();

        JsonPath dryRun = run("?dryRun=true", 200);
        assertTrue(dryRun.getBoolean("dryRun"));
        assertEquals("P10Y", dryRun.getString("retention"));
        assertEquals(cutoff.toString(), dryRun.getString("concludedBefore"));
        assertEquals(List.of("E-1", "E-2", "E-3"), ofAgency(dryRun, agency));
        assertEquals(dryRun.getList("applications").size(), dryRun.getLong("count"));
        for (String number : List.of("E-1", "E-2", "E-3", "K-1", "K-2", "K-3")) {
            assertEquals(original(), application(agency, number).jsonPath().getMap("applicant"), number);
        }
        assertEquals(etagBefore, application(agency, "E-1").header("ETag"));
        assertEquals(entriesBefore, auditEntries(), "a dry run records nothing");

        JsonPath done = run("", 200);
        assertFalse(done.getBoolean("dryRun"));
        assertEquals(List.of("E-1", "E-2", "E-3"), ofAgency(done, agency));
        assertEquals(done.getList("applications").size(), done.getLong("count"));
        for (String number : List.of("E-1", "E-2", "E-3")) {
            assertEquals(Map.of("name", Applicant.ANONYMISED), application(agency, number).jsonPath().getMap("applicant"),
                    number);
        }
        for (String number : List.of("K-1", "K-2", "K-3")) {
            assertEquals(original(), application(agency, number).jsonPath().getMap("applicant"), number);
        }
        assertNotEquals(etagBefore, application(agency, "E-1").header("ETag"), "a new version after anonymising");
        TestData.as("viewer", agency).get("/api/v1/agencies/{code}/applications/{number}", agency, "E-1").then()
                .statusCode(200).body("applicant.name", equalTo(Applicant.ANONYMISED));
        assertEquals(tablesBefore, tables(agency, years));

        JsonPath entry = JsonPath.from(TestData.api().queryParam("entityType", PersonalDataRetention.AUDIT_TYPE)
                .get("/api/v1/audit").then().statusCode(200).extract().asString());
        assertEquals(entriesBefore + 1, auditEntries());
        assertEquals("ANONYMISE", entry.getString("items[0].action"));
        assertEquals("test-admin", entry.getString("items[0].actor"));
        assertEquals(TestData.today().toString(), entry.getString("items[0].entityId"));
        assertEquals(List.of("retention", "concludedBefore", "trigger", "count"),
                entry.getList("items[0].changes.field"));
        assertEquals(List.of("P10Y", cutoff.toString(), RetentionResource.TRIGGER, done.getInt("count")),
                entry.getList("items[0].changes.newValue"));

        JsonPath again = run("?dryRun=true", 200);
        assertEquals(List.of(), ofAgency(again, agency), "nothing left to anonymise");
    }

    @Test
    void theDailyRunRunsOncePerDayAndIsAudited() {
        String agency = TestData.agency();
        record(agency, "S-1", "2013-06-03", "NATURAL_PERSON", "GRANTED", "2013-06-20");
        long entriesBefore = auditEntries();

        assertTrue(schedule.runToday(), "the first replica to fire claims the day");
        assertFalse(schedule.runToday(), "any later firing of the same day skips");

        assertEquals(Map.of("name", Applicant.ANONYMISED), application(agency, "S-1").jsonPath().getMap("applicant"));
        assertEquals(entriesBefore + 1, auditEntries());
        TestData.api().queryParam("entityType", PersonalDataRetention.AUDIT_TYPE).get("/api/v1/audit").then()
                .statusCode(200).body("items[0].actor", equalTo(RetentionSchedule.ACTOR))
                .body("items[0].changes.find { it.field == 'trigger' }.newValue", equalTo("SCHEDULE"));
    }

    @Test
    void onlyAdminsRunIt() {
        String agency = TestData.agency();
        record(agency, "P-1", "2012-09-03", "NATURAL_PERSON", "GRANTED", "2012-09-28");
        long entriesBefore = auditEntries();
        for (String role : List.of("viewer", "clerk", "editor", "publisher")) {
            for (String query : List.of("", "?dryRun=true")) {
                TestData.problem(TestData.as(role, agency).post(RUN + query).then(), 403)
                        .body("detail", equalTo("This needs the role admin"));
            }
        }
        TestData.problem(given().post(RUN).then(), 401);
        TestData.problem(TestData.api().post(RUN + "?dryRun=maybe").then(), 400)
                .body("errors[0].field", equalTo("dryRun"));
        assertEquals(original(), application(agency, "P-1").jsonPath().getMap("applicant"));
        assertEquals(entriesBefore, auditEntries());
    }

    private static void record(String agency, String number, String received, String applicantType, String outcome,
            String concluded) {
        Map<String, Object> body = TestData.application(number, received, applicantType, outcome, concluded);
        body.put("applicant", original());
        TestData.record(agency, body);
    }

    private static Map<String, Object> original() {
        Map<String, Object> applicant = new LinkedHashMap<>();
        applicant.put("name", "王小明");
        applicant.put("idNumber", "350504199001011234");
        applicant.put("phone", "13800000000");
        applicant.put("email", "wang@example.cn");
        applicant.put("address", "福建省泉州市洛江区某路1号");
        return applicant;
    }

    private static io.restassured.response.Response application(String agency, String number) {
        return TestData.as("clerk", agency).get("/api/v1/agencies/{code}/applications/{number}", agency, number)
                .then().statusCode(200).extract().response();
    }

    private static JsonPath run(String query, int status) {
        return JsonPath.from(TestData.api().contentType(ContentType.JSON).post(RUN + query).then().statusCode(status)
                .extract().asString());
    }

    private static List<String> ofAgency(JsonPath run, String agency) {
        return run.<String>getList("applications.findAll { it.agency == '" + agency + "' }.trackingNumber");
    }

    private static Map<String, String> tables(String agency, List<String> years) {
        Map<String, String> tables = new LinkedHashMap<>();
        for (String year : years) {
            tables.put(year, TestData.api().get("/api/v1/agencies/{code}/statistics/{year}", agency, year).then()
                    .statusCode(200).extract().asString());
        }
        return tables;
    }

    private static long auditEntries() {
        return TestData.api().queryParam("entityType", PersonalDataRetention.AUDIT_TYPE).get("/api/v1/audit").then()
                .statusCode(200).extract().jsonPath().getLong("totalItems");
    }
}
