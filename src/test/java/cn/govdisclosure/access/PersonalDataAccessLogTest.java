package cn.govdisclosure.access;

import static cn.govdisclosure.TestData.api;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

import cn.govdisclosure.TestData;
import cn.govdisclosure.Tokens;

/**
 * Every response that shows an applicant's personal data is logged, whichever request produced it — reads, and the
 * answers to a create (and its idempotent repeat), a correction and a timeline event — with one write per response.
 */
@QuarkusTest
class PersonalDataAccessLogTest {

    private static final String LOG = "/api/v1/personal-data-access";

    @AfterEach
    void stopWatching() {
        StatementLog.stop();
    }

    @Test
    void everyAnswerShowingAnApplicantToAClerkIsLoggedOnce() {
        String agency = TestData.agency();
        RequestSpecification clerk = clerk(agency, "clerk-wang");
        String applications = "/api/v1/agencies/{code}/applications";
        var application = TestData.application("P-1", "2021-03-01", "NATURAL_PERSON", null, null);

        clerk.contentType(ContentType.JSON).body(application).post(applications, agency).then().statusCode(201)
                .body("applicant.idNumber", equalTo("350504199001011234"));
        assertEquals(List.of("clerk-wang"), readersOf(agency, "P-1"));

        clerk(agency, "clerk-li").contentType(ContentType.JSON).body(application).post(applications, agency).then()
                .statusCode(200).body("applicant.phone", equalTo("13800000000"));
        assertEquals(List.of("clerk-li", "clerk-wang"), readersOf(agency, "P-1"));

        String etag = api().get(applications + "/P-1", agency).then().statusCode(200).extract().header("ETag");
        var correction = new LinkedHashMap<>(application);
        correction.remove("trackingNumber");
        correction.put("subject", "更正后的申请内容");
        clerk(agency, "clerk-zhao").contentType(ContentType.JSON).header("If-Match", etag).body(correction)
                .put(applications + "/P-1", agency).then().statusCode(200)
                .body("applicant.name", equalTo("王小明"));
        clerk(agency, "clerk-sun").contentType(ContentType.JSON)
                .body(Map.of("type", "CONCLUDED", "date", "2021-03-10", "outcome", "GRANTED"))
                .post(applications + "/P-1/events", agency).then().statusCode(201)
                .body("applicant.idNumber", equalTo("350504199001011234"));
        clerk(agency, "clerk-zhou").contentType(ContentType.JSON)
                .body(Map.of("type", "CONCLUDED", "date", "2021-03-10", "outcome", "GRANTED"))
                .post(applications + "/P-1/events", agency).then().statusCode(200);

        // newest first: the admin's own read before the correction is logged too
        assertEquals(List.of("clerk-zhou", "clerk-sun", "clerk-zhao", "test-admin", "clerk-li", "clerk-wang"),
                readersOf(agency, "P-1"));
    }

    @Test
    void answersWithMaskedNamesAndRefusedRequestsAreNotLogged() {
        String agency = TestData.agency();
        String applications = "/api/v1/agencies/{code}/applications";
        TestData.record(agency, "M-1", "2021-03-01", "NATURAL_PERSON", null, null);
        int before = readersOf(agency, "M-1").size();

        TestData.as("viewer", agency).get(applications + "/M-1", agency).then().statusCode(200)
                .body("applicant.name", equalTo("王**"));
        TestData.as("viewer", agency).get(applications, agency).then().statusCode(200);
        clerk(agency, "clerk-wu").get("/api/v1/agencies/{code}/work-queue", agency).then().statusCode(200)
                .body("items[0].applicant.name", equalTo("王**"));
        var other = TestData.application("M-1", "2021-03-02", "NATURAL_PERSON", null, null);
        clerk(agency, "clerk-wu").contentType(ContentType.JSON).body(other).post(applications, agency).then()
                .statusCode(409);

        assertEquals(before, readersOf(agency, "M-1").size());
    }

    @Test
    void aPageOf200ApplicationsReadByAClerkIsOneAnswerRowAndOneInsertOfItsApplicationsEachStayingFindable() {
        String agency = TestData.agency();
        List<String> numbers = IntStream.rangeClosed(1, 200).mapToObj(i -> String.format("BULK-%03d", i)).toList();
        numbers.forEach(number -> TestData.record(agency, number, "2021-03-01", "NATURAL_PERSON", null, null));

        StatementLog.watchInsertsInto("personal_data_access", "personal_data_access_application");
        clerk(agency, "clerk-qian").get("/api/v1/agencies/{code}/applications?size=200", agency).then()
                .statusCode(200).body("items.size()", equalTo(200));
        List<String> inserts = StatementLog.inserts();
        StatementLog.stop();

        assertEquals(List.of("insert into personal_data_access ", "insert into personal_data_access_application "),
                inserts.stream().map(sql -> sql.substring(0, sql.indexOf('(')).toLowerCase(Locale.ROOT)).toList(),
                "insert statements for one page");
        JsonPath logged = api().get(LOG + "?agency={code}&reader=clerk-qian&size=200", agency).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(200, logged.getInt("totalItems"));
        // newest answer first and, within the answer, the application shown last first: the page backwards
        List<String> backwards = IntStream.rangeClosed(1, 200).mapToObj(i -> numbers.get(200 - i)).toList();
        assertEquals(backwards, logged.getList("items.trackingNumber", String.class));
        Instant accessed = Instant.parse(logged.getString("items[0].accessedAt"));
        assertTrue(Duration.between(accessed, Instant.now()).abs().toMinutes() < 10, "accessed at " + accessed);
        for (String number : List.of("BULK-001", "BULK-100", "BULK-200")) {
            api().get(LOG + "?trackingNumber={number}&reader=clerk-qian", number).then().statusCode(200)
                    .body("totalItems", equalTo(1)).body("items[0].agencyCode", equalTo(agency))
                    .body("items[0].trackingNumber", equalTo(number));
        }
    }

    private static RequestSpecification clerk(String agency, String name) {
        return RestAssured.given().auth().oauth2(Tokens.claims("clerk", agency).upn(name).sign(Tokens.devKey()));
    }

    /** The readers the log names for one application of the agency, newest first. */
    private static List<String> readersOf(String agency, String trackingNumber) {
        return api().get(LOG + "?agency={code}&trackingNumber={number}", agency, trackingNumber).then()
                .statusCode(200).extract().jsonPath().getList("items.reader", String.class);
    }
}
