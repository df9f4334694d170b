package cn.govdisclosure.ledger;

import static cn.govdisclosure.TestData.problem;
import static cn.govdisclosure.TestData.api;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

import cn.govdisclosure.TestData;

@QuarkusTest
class ApplicationResourceTest {

    private static final String LEDGER = "/api/v1/agencies/{code}/applications";
    private static final String ENTRY = LEDGER + "/{trackingNumber}";
    private static final String EVENTS = ENTRY + "/events";
    private static final String STATISTICS = "/api/v1/agencies/{code}/statistics/{year}";

    private static final String ALL_OUTCOMES = "GRANTED, PARTIALLY_GRANTED, DENIED_STATE_SECRET, DENIED_LAW_PROHIBITED, "
            + "DENIED_SECURITY_STABILITY, DENIED_THIRD_PARTY_RIGHTS, DENIED_INTERNAL_AFFAIRS, DENIED_PROCESS_INFORMATION, "
            + "DENIED_ENFORCEMENT_FILE, DENIED_ADMIN_QUERY, UNAVAILABLE_NOT_HELD, UNAVAILABLE_NEEDS_CREATION, "
            + "UNAVAILABLE_STILL_UNCLEAR, NOT_PROCESSED_COMPLAINT, NOT_PROCESSED_DUPLICATE, NOT_PROCESSED_PUBLICATION, "
            + "NOT_PROCESSED_EXCESSIVE, NOT_PROCESSED_CONFIRMATION, OTHER_NO_CORRECTION, OTHER_FEE_UNPAID, OTHER";

    private static Map<String, Object> open(String trackingNumber, String received) {
        return TestData.application(trackingNumber, received, "NATURAL_PERSON", null, null);
    }

    private static Map<String, Object> withChannel(Map<String, Object> application, String channel) {
        application.put("channel", channel);
        return application;
    }

    /** The body of a correction: an entry's content without its tracking number. */
    private static Map<String, Object> correction(Map<String, Object> application) {
        Map<String, Object> body = new LinkedHashMap<>(application);
        body.remove("trackingNumber");
        return body;
    }

    private static Map<String, Object> event(String type, String date, String outcome) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("date", date);
        if (outcome != null) {
            body.put("outcome", outcome);
        }
        return body;
    }

    private static ValidatableResponse post(String agency, Object body) {
        return api().contentType(ContentType.JSON).body(body).post(LEDGER, agency).then();
    }

    private static ValidatableResponse postEvent(String agency, String trackingNumber, Object body) {
        return api().contentType(ContentType.JSON).body(body).post(EVENTS, agency, trackingNumber).then();
    }

    private static String etagOf(String agency, String trackingNumber) {
        return api().get(ENTRY, agency, trackingNumber).then().statusCode(200).extract().header("ETag");
    }

    private static JsonPath statistics(String agency, int year) {
        return api().get(STATISTICS, agency, year).then().statusCode(200).extract().jsonPath();
    }

    private static List<Integer> row(JsonPath statistics, String code) {
        return statistics.getList("applications.rows.find { it.code == '" + code + "' }.values", Integer.class);
    }

    private static String future() {
        return TestData.today().plusDays(1).toString();
    }

    // ---- create --------------------------------------------------------------------------------------

    @Test
    void createReturns201WithLocationAndTheExactEntry() {
        String agency = TestData.agency();
        Map<String, Object> body = withChannel(TestData.application("LJ-2020-001", "2020-03-15", "COMMERCIAL_ENTERPRISE",
                null, null), "POST");

        post(agency, body)
                .statusCode(201)
                .contentType(ContentType.JSON)
                .header("Location", endsWith("/api/v1/agencies/" + agency + "/applications/LJ-2020-001"))
                .header("ETag", matchesPattern("\"\\d+\""))
                .body("trackingNumber", equalTo("LJ-2020-001"))
                .body("agencyCode", equalTo(agency))
                .body("receivedDate", equalTo("2020-03-15"))
                .body("channel", equalTo("POST"))
                .body("applicantType", equalTo("COMMERCIAL_ENTERPRISE"))
                .body("applicant.name", equalTo("王小明"))
                .body("applicant.idNumber", equalTo("350504199001011234"))
                .body("applicant.phone", equalTo("13800000000"))
                .body("subject", equalTo("某项目的审批文件"))
                .body("status", equalTo("OPEN"))
                .body("$", not(hasKey("outcome")))
                .body("$", not(hasKey("concludedDate")))
                .body("events", empty())
                .body("createdAt", notNullValue())
                .body("updatedAt", notNullValue());
    }

    @Test
    void createOfAConcludedEntryRecordsItsConclusionEvent() {
        String agency = TestData.agency();
        post(agency, TestData.application("H-1", "2020-03-01", "NATURAL_PERSON", "PARTIALLY_GRANTED", "2020-03-20"))
                .statusCode(201)
                .body("status", equalTo("CONCLUDED"))
                .body("outcome", equalTo("PARTIALLY_GRANTED"))
                .body("concludedDate", equalTo("2020-03-20"))
                .body("events", hasSize(1))
                .body("events[0].type", equalTo("CONCLUDED"))
                .body("events[0].date", equalTo("2020-03-20"))
                .body("events[0].outcome", equalTo("PARTIALLY_GRANTED"));
    }

    @Test
    void getReturnsTheEntryWithItsEtag() {
        String agency = TestData.agency();
        String createdTag = post(agency, open("G-1", "2021-06-01")).statusCode(201).extract().header("ETag");

        api().get(ENTRY, agency, "G-1").then()
                .statusCode(200)
                .header("ETag", equalTo(createdTag))
                .header("ETag", matchesPattern("\"\\d+\""))
                .body("trackingNumber", equalTo("G-1"))
                .body("agencyCode", equalTo(agency))
                .body("receivedDate", equalTo("2021-06-01"))
                .body("status", equalTo("OPEN"))
                .body("events", empty());
    }

    @Test
    void unknownEntryIs404() {
        String agency = TestData.agency();
        problem(api().get(ENTRY, agency, "NOPE-1").then(), 404)
                .body("detail", containsString("NOPE-1"));
    }

    @Test
    void repeatingTheSameCreateReturns200AndCreatesNoDuplicate() {
        String agency = TestData.agency();
        Map<String, Object> body = open("R-1", "2020-05-06");
        String first = post(agency, body).statusCode(201).extract().asString();

        String second = post(agency, body)
                .statusCode(200)
                .header("Location", endsWith("/api/v1/agencies/" + agency + "/applications/R-1"))
                .body("trackingNumber", equalTo("R-1"))
                .extract().asString();
        assertEquals(first, second);

        api().get(LEDGER, agency).then().statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items.trackingNumber", contains("R-1"));
    }

    @Test
    void concurrentRetriesCreateOneEntryAndNeverFail() throws Exception {
        String agency = TestData.agency();
        Map<String, Object> body = open("R-3", "2020-05-06");
        List<Integer> statuses = TestData.concurrently(6,
                () -> api().contentType(ContentType.JSON).body(body).post(LEDGER, agency).statusCode());

        assertEquals(1, statuses.stream().filter(status -> status == 201).count(), statuses.toString());
        assertEquals(5, statuses.stream().filter(status -> status == 200).count(), statuses.toString());
        api().get(LEDGER, agency).then().body("totalItems", equalTo(1));
    }

    @Test
    void retryOfTheOriginalCreateAfterConclusionReturnsTheConcludedEntry() {
        String agency = TestData.agency();
        Map<String, Object> body = open("R-2", "2020-05-06");
        post(agency, body).statusCode(201);
        postEvent(agency, "R-2", event("CONCLUDED", "2020-05-20", "GRANTED")).statusCode(201);

        post(agency, body).statusCode(200)
                .body("status", equalTo("CONCLUDED"))
                .body("outcome", equalTo("GRANTED"));
        api().get(LEDGER, agency).then().body("totalItems", equalTo(1));
    }

    @Test
    void sameTrackingNumberWithOtherContentIs409() {
        String agency = TestData.agency();
        post(agency, open("C-1", "2020-05-06")).statusCode(201);

        problem(post(agency, open("C-1", "2020-05-07")), 409).body("detail", containsString("C-1"));
        Map<String, Object> otherSubject = open("C-1", "2020-05-06");
        otherSubject.put("subject", "另一份文件");
        problem(post(agency, otherSubject), 409);
        problem(post(agency, TestData.application("C-1", "2020-05-06", "NATURAL_PERSON", "GRANTED", "2020-05-08")), 409);

        api().get(ENTRY, agency, "C-1").then()
                .body("receivedDate", equalTo("2020-05-06"))
                .body("subject", equalTo("某项目的审批文件"))
                .body("status", equalTo("OPEN"));
        api().get(LEDGER, agency).then().body("totalItems", equalTo(1));
    }

    @Test
    void theSameTrackingNumberInAnotherAgencyIsAnotherEntry() {
        String first = TestData.agency();
        String second = TestData.agency();
        post(first, open("S-1", "2020-05-06")).statusCode(201);
        post(second, open("S-1", "2020-07-08")).statusCode(201).body("agencyCode", equalTo(second));
        api().get(ENTRY, first, "S-1").then().body("receivedDate", equalTo("2020-05-06"));
        api().get(ENTRY, second, "S-1").then().body("receivedDate", equalTo("2020-07-08"));
    }

    @Test
    void unknownAgencyIs404() {
        String missing = TestData.uniqueCode();
        problem(post(missing, open("U-1", "2020-05-06")), 404).body("detail", containsString(missing));
        problem(api().get(LEDGER, missing).then(), 404);
        problem(api().get(ENTRY, missing, "U-1").then(), 404);
    }

    // ---- validation rules ----------------------------------------------------------------------------

    @Test
    void concludedDateBeforeReceivedDateIs400() {
        String agency = TestData.agency();
        problem(post(agency, TestData.application("V-1", "2020-05-06", "NATURAL_PERSON", "GRANTED", "2020-05-05")), 400)
                .body("errors.field", contains("concludedDate"))
                .body("errors[0].message", equalTo("must not be before receivedDate"));
        problem(api().get(ENTRY, agency, "V-1").then(), 404);
    }

    @Test
    void concludedDateInTheFutureIs400() {
        String agency = TestData.agency();
        problem(post(agency, TestData.application("V-2", "2020-05-06", "NATURAL_PERSON", "GRANTED", future())), 400)
                .body("errors.field", contains("concludedDate"))
                .body("errors[0].message", equalTo("must not be in the future"));
    }

    @Test
    void receivedDateInTheFutureIs400() {
        String agency = TestData.agency();
        problem(post(agency, open("V-3", future())), 400)
                .body("errors.field", contains("receivedDate"))
                .body("errors[0].message", equalTo("must not be in the future"));
        // today is not the future
        post(agency, open("V-4", TestData.today().toString())).statusCode(201);
    }

    @Test
    void outcomeWithoutConcludedDateIs400() {
        String agency = TestData.agency();
        Map<String, Object> body = open("V-5", "2020-05-06");
        body.put("outcome", "GRANTED");
        problem(post(agency, body), 400)
                .body("errors.field", contains("concludedDate"))
                .body("errors[0].message", equalTo("outcome and concludedDate are given together or not at all"));
    }

    @Test
    void concludedDateWithoutOutcomeIs400() {
        String agency = TestData.agency();
        Map<String, Object> body = open("V-6", "2020-05-06");
        body.put("concludedDate", "2020-05-08");
        problem(post(agency, body), 400)
                .body("errors.field", contains("outcome"))
                .body("errors[0].message", equalTo("outcome and concludedDate are given together or not at all"));
    }

    @Test
    void missingRequiredFieldsAre400WithOneErrorEach() {
        String agency = TestData.agency();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("trackingNumber", "V-7");
        problem(post(agency, body), 400)
                .body("errors.field", hasItem("receivedDate"))
                .body("errors.field", hasItem("channel"))
                .body("errors.field", hasItem("applicantType"))
                .body("errors.field", hasItem("applicant"))
                .body("errors.field", hasItem("subject"))
                .body("errors", hasSize(5))
                .body("errors.message", everyItem(equalTo("is required")));
    }

    @Test
    void invalidTrackingNumberAndApplicantFieldsAre400() {
        String agency = TestData.agency();
        Map<String, Object> body = open("with/slash", "2020-05-06");
        body.put("applicant", Map.of("name", "王小明", "email", "not-an-address", "phone", "call me"));
        problem(post(agency, body), 400)
                .body("errors.field", hasItem("trackingNumber"))
                .body("errors.field", hasItem("applicant.email"))
                .body("errors.field", hasItem("applicant.phone"))
                .body("errors", hasSize(3));
    }

    @Test
    void unknownEnumValueListsTheAllowedValues() {
        String agency = TestData.agency();
        problem(post(agency, withChannel(open("E-1", "2020-05-06"), "WECHAT")), 400)
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("channel"))
                .body("errors[0].message", equalTo("must be one of IN_PERSON, POST, ONLINE, FAX, EMAIL, OTHER"));
        problem(post(agency, TestData.application("E-2", "2020-05-06", "NATURAL_PERSON", "APPROVED", "2020-05-07")), 400)
                .body("errors[0].field", equalTo("outcome"))
                .body("errors[0].message", equalTo("must be one of " + ALL_OUTCOMES));
        problem(post(agency, TestData.application("E-3", "2020-05-06", "PERSON", null, null)), 400)
                .body("errors[0].field", equalTo("applicantType"))
                .body("errors[0].message", equalTo("must be one of NATURAL_PERSON, COMMERCIAL_ENTERPRISE, "
                        + "RESEARCH_INSTITUTION, SOCIAL_WELFARE_ORGANIZATION, LEGAL_SERVICE_INSTITUTION, OTHER_ORGANIZATION"));
    }

    @Test
    void numberForAStringFieldIs400() {
        String agency = TestData.agency();
        Map<String, Object> body = open("J-1", "2020-05-06");
        body.put("subject", 12345);
        problem(post(agency, body), 400)
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("subject"))
                .body("errors[0].message", equalTo("must be a string"));
        Map<String, Object> nested = open("J-2", "2020-05-06");
        nested.put("applicant", Map.of("name", 42));
        problem(post(agency, nested), 400)
                .body("errors[0].field", equalTo("applicant.name"))
                .body("errors[0].message", equalTo("must be a string"));
        problem(api().get(ENTRY, agency, "J-1").then(), 404);
    }

    @Test
    void stringThatIsNotADateIs400() {
        String agency = TestData.agency();
        for (String notADate : List.of("yesterday", "2020-02-30", "15/03/2020")) {
            problem(post(agency, open("J-3", notADate)), 400)
                    .body("errors", hasSize(1))
                    .body("errors[0].field", equalTo("receivedDate"))
                    .body("errors[0].message", equalTo("must be a date such as 2020-03-15, without a time or offset"));
        }
    }

    @Test
    void stringForAnObjectIs400() {
        String agency = TestData.agency();
        Map<String, Object> body = open("J-4", "2020-05-06");
        body.put("applicant", "王小明");
        problem(post(agency, body), 400)
                .body("errors[0].field", equalTo("applicant"));
    }

    @Test
    void malformedJsonIs400() {
        String agency = TestData.agency();
        problem(api().contentType(ContentType.JSON).body("{\"trackingNumber\": \"M-1\", ").post(LEDGER, agency).then(),
                400)
                .body("type", equalTo("urn:govdisclosure:problem:malformed-json"));
        problem(api().contentType(ContentType.JSON).body("{'trackingNumber': 'M-1'}").post(LEDGER, agency).then(),
                400)
                .body("type", equalTo("urn:govdisclosure:problem:malformed-json"));
    }

    @Test
    void emptyBodyIs400() {
        String agency = TestData.agency();
        problem(api().contentType(ContentType.JSON).post(LEDGER, agency).then(), 400);
    }

    @Test
    void theGetBodySentBackIsRefusedNamingEveryServerOwnedFieldAtOnce() {
        String agency = TestData.agency();
        post(agency, open("O-2", "2020-05-06")).statusCode(201);
        var read = api().get(ENTRY, agency, "O-2").then().statusCode(200).extract();
        Map<String, Object> body = read.jsonPath().getMap("");
        problem(api().contentType(ContentType.JSON).header("If-Match", read.header("ETag")).body(body)
                .put(ENTRY, agency, "O-2").then(), 400)
                .body("detail", equalTo("7 fields are not valid"))
                .body("errors.field", contains("trackingNumber", "agencyCode", "status", "deadline", "events",
                        "createdAt", "updatedAt"))
                .body("errors.message", everyItem(equalTo(
                        "is not a field of this resource (it is unknown or set by the server)")));
        api().get(ENTRY, agency, "O-2").then().header("ETag", read.header("ETag"));
    }

    @Test
    void nestedUnknownFieldsAreNamedWithTheirPath() {
        String agency = TestData.agency();
        Map<String, Object> body = open("O-3", "2020-05-06");
        body.put("applicant", Map.of("name", "王某", "nickname", "小王"));
        body.put("id", 7);
        problem(post(agency, body), 400)
                .body("errors.field", contains("applicant.nickname", "id"));
        api().get(LEDGER, agency).then().body("totalItems", equalTo(0));
    }

    @Test
    void anEtagWithoutItsQuotesIsAMalformedHeaderNotAStaleOne() {
        String agency = TestData.agency();
        Map<String, Object> body = open("O-4", "2020-05-06");
        post(agency, body).statusCode(201);
        body.remove("trackingNumber");
        body.put("subject", "改过的内容");
        problem(api().contentType(ContentType.JSON).header("If-Match", "0").body(body).put(ENTRY, agency, "O-4")
                .then(), 400)
                .body("errors.field", contains("If-Match"))
                .body("errors[0].message", equalTo("is not an entity tag: send the ETag exactly as it was given, "
                        + "in its double quotes (If-Match: \"3\"), or *"));
        api().get(ENTRY, agency, "O-4").then().body("subject", equalTo("某项目的审批文件")).header("ETag", "\"0\"");
    }

    @Test
    void serverOwnedFieldsCannotBeSet() {
        String agency = TestData.agency();
        for (String field : List.of("id", "version", "status", "agencyCode", "createdAt", "events")) {
            Map<String, Object> body = open("O-1", "2020-05-06");
            body.put(field, field.equals("events") ? List.of() : "1");
            problem(post(agency, body), 400)
                    .body("errors", hasSize(1))
                    .body("errors[0].field", equalTo(field))
                    .body("errors[0].message", equalTo("is not a field of this resource (it is unknown or set by the server)"));
        }
        api().get(LEDGER, agency).then().body("totalItems", equalTo(0));
    }

    @Test
    void bodyOverTheSizeLimitIs413() {
        String agency = TestData.agency();
        Map<String, Object> body = open("B-1", "2020-05-06");
        body.put("subject", "x".repeat(1_100_000));
        problem(api().contentType(ContentType.JSON).body(body).post(LEDGER, agency).then(), 413)
                .body("type", equalTo("urn:govdisclosure:problem:payload-too-large"));
        problem(api().get(ENTRY, agency, "B-1").then(), 404);
    }

    @Test
    void subjectLongerThan2000CharactersIs400() {
        String agency = TestData.agency();
        Map<String, Object> body = open("B-2", "2020-05-06");
        body.put("subject", "文".repeat(2001));
        problem(post(agency, body), 400)
                .body("errors.field", contains("subject"))
                .body("errors[0].message", equalTo("must be at most 2000 characters"));
    }

    @Test
    void unsupportedContentTypeIs415() {
        String agency = TestData.agency();
        problem(api().contentType(ContentType.TEXT).body("trackingNumber=X-1").post(LEDGER, agency).then(), 415);
        problem(api().contentType(ContentType.XML).body("<application/>").post(LEDGER, agency).then(), 415);
        api().get(LEDGER, agency).then().body("totalItems", equalTo(0));
    }

    // ---- list and filters ----------------------------------------------------------------------------

    /** Six entries of one agency across 2019-2021, with mixed channels, applicant types and outcomes. */
    private static String ledgerWithSixEntries() {
        String agency = TestData.agency();
        TestData.record(agency, withChannel(
                TestData.application("A1", "2019-11-05", "NATURAL_PERSON", "GRANTED", "2020-01-10"), "POST"));
        TestData.record(agency, withChannel(
                TestData.application("A2", "2020-03-01", "NATURAL_PERSON", "GRANTED", "2020-03-20"), "ONLINE"));
        TestData.record(agency, withChannel(
                TestData.application("A3", "2020-04-01", "COMMERCIAL_ENTERPRISE", "DENIED_STATE_SECRET", "2020-04-15"),
                "ONLINE"));
        TestData.record(agency, withChannel(
                TestData.application("A4", "2020-05-01", "NATURAL_PERSON", null, null), "IN_PERSON"));
        TestData.record(agency, withChannel(
                TestData.application("A5", "2020-12-20", "LEGAL_SERVICE_INSTITUTION", "PARTIALLY_GRANTED", "2021-01-08"),
                "EMAIL"));
        TestData.record(agency, withChannel(
                TestData.application("A6", "2021-02-01", "NATURAL_PERSON", null, null), "ONLINE"));
        return agency;
    }

    private static ValidatableResponse list(String agency, Map<String, ?> query) {
        return api().queryParams(query).get(LEDGER, agency).then().statusCode(200);
    }

    @Test
    void listIsOrderedByReceiptAndPaged() {
        String agency = ledgerWithSixEntries();
        list(agency, Map.of())
                .body("page", equalTo(0))
                .body("size", equalTo(50))
                .body("totalItems", equalTo(6))
                .body("items.trackingNumber", contains("A1", "A2", "A3", "A4", "A5", "A6"))
                .body("items[0]", not(hasKey("events")))
                .body("items[0].status", equalTo("CONCLUDED"))
                .body("items[0].outcome", equalTo("GRANTED"))
                .body("items[3].status", equalTo("OPEN"));
        list(agency, Map.of("size", 4))
                .body("page", equalTo(0))
                .body("size", equalTo(4))
                .body("totalItems", equalTo(6))
                .body("items.trackingNumber", contains("A1", "A2", "A3", "A4"));
        list(agency, Map.of("size", 4, "page", 1))
                .body("page", equalTo(1))
                .body("totalItems", equalTo(6))
                .body("items.trackingNumber", contains("A5", "A6"));
    }

    @Test
    void listFiltersGiveExactCounts() {
        String agency = ledgerWithSixEntries();
        list(agency, Map.of("receivedYear", 2020))
                .body("totalItems", equalTo(4)).body("items.trackingNumber", contains("A2", "A3", "A4", "A5"));
        list(agency, Map.of("concludedYear", 2020))
                .body("totalItems", equalTo(3)).body("items.trackingNumber", contains("A1", "A2", "A3"));
        list(agency, Map.of("concludedYear", 2021))
                .body("totalItems", equalTo(1)).body("items.trackingNumber", contains("A5"));
        list(agency, Map.of("outcome", "GRANTED"))
                .body("totalItems", equalTo(2)).body("items.trackingNumber", contains("A1", "A2"));
        list(agency, Map.of("applicantType", "NATURAL_PERSON"))
                .body("totalItems", equalTo(4)).body("items.trackingNumber", contains("A1", "A2", "A4", "A6"));
        list(agency, Map.of("applicantType", "RESEARCH_INSTITUTION"))
                .body("totalItems", equalTo(0)).body("items", empty());
        list(agency, Map.of("channel", "ONLINE"))
                .body("totalItems", equalTo(3)).body("items.trackingNumber", contains("A2", "A3", "A6"));
        list(agency, Map.of("status", "OPEN"))
                .body("totalItems", equalTo(2)).body("items.trackingNumber", contains("A4", "A6"));
        list(agency, Map.of("status", "CONCLUDED"))
                .body("totalItems", equalTo(4)).body("items.trackingNumber", contains("A1", "A2", "A3", "A5"));
        list(agency, Map.of("receivedYear", 2020, "status", "OPEN"))
                .body("totalItems", equalTo(1)).body("items.trackingNumber", contains("A4"));
        list(agency, Map.of("receivedYear", 2020, "applicantType", "NATURAL_PERSON", "channel", "ONLINE"))
                .body("totalItems", equalTo(1)).body("items.trackingNumber", contains("A2"));
        list(agency, Map.of("receivedYear", 2020, "size", 2, "page", 1))
                .body("totalItems", equalTo(4)).body("items.trackingNumber", contains("A4", "A5"));
    }

    @Test
    void badFilterValuesAre400NamingTheParameter() {
        String agency = TestData.agency();
        problem(api().queryParam("receivedYear", "abc").get(LEDGER, agency).then(), 400)
                .body("errors.field", contains("receivedYear"))
                .body("errors[0].message", equalTo("must be a whole number from 1900 to 9999"));
        problem(api().queryParam("concludedYear", "1899").get(LEDGER, agency).then(), 400)
                .body("errors.field", contains("concludedYear"));
        problem(api().queryParam("outcome", "YES").get(LEDGER, agency).then(), 400)
                .body("errors.field", contains("outcome"))
                .body("errors[0].message", equalTo("must be one of " + ALL_OUTCOMES));
        problem(api().queryParam("applicantType", "PERSON").get(LEDGER, agency).then(), 400)
                .body("errors.field", contains("applicantType"));
        problem(api().queryParam("channel", "WECHAT").get(LEDGER, agency).then(), 400)
                .body("errors.field", contains("channel"))
                .body("errors[0].message", equalTo("must be one of IN_PERSON, POST, ONLINE, FAX, EMAIL, OTHER"));
        problem(api().queryParam("status", "DONE").get(LEDGER, agency).then(), 400)
                .body("errors.field", contains("status"))
                .body("errors[0].message", equalTo("must be one of OPEN, CONCLUDED"));
        problem(api().queryParam("size", 0).get(LEDGER, agency).then(), 400)
                .body("errors.field", contains("size"));
        problem(api().queryParam("size", 201).get(LEDGER, agency).then(), 400)
                .body("errors.field", contains("size"));
        problem(api().queryParam("page", "x").get(LEDGER, agency).then(), 400)
                .body("errors.field", contains("page"));
    }

    // ---- events --------------------------------------------------------------------------------------

    @Test
    void concludedEventConcludesTheApplication() {
        String agency = TestData.agency();
        String tag = post(agency, open("EV-1", "2020-05-06")).statusCode(201).extract().header("ETag");
        Map<String, Object> conclusion = event("CONCLUDED", "2020-05-25", "UNAVAILABLE_NOT_HELD");
        conclusion.put("note", "答复书已邮寄");

        postEvent(agency, "EV-1", conclusion)
                .statusCode(201)
                .header("Location", endsWith("/api/v1/agencies/" + agency + "/applications/EV-1"))
                .header("ETag", not(equalTo(tag)))
                .body("trackingNumber", equalTo("EV-1"))
                .body("status", equalTo("CONCLUDED"))
                .body("outcome", equalTo("UNAVAILABLE_NOT_HELD"))
                .body("concludedDate", equalTo("2020-05-25"))
                .body("events", hasSize(1))
                .body("events[0].type", equalTo("CONCLUDED"))
                .body("events[0].date", equalTo("2020-05-25"))
                .body("events[0].outcome", equalTo("UNAVAILABLE_NOT_HELD"))
                .body("events[0].note", equalTo("答复书已邮寄"))
                .body("events[0].recordedAt", notNullValue());

        api().get(ENTRY, agency, "EV-1").then()
                .body("status", equalTo("CONCLUDED"))
                .body("outcome", equalTo("UNAVAILABLE_NOT_HELD"))
                .body("concludedDate", equalTo("2020-05-25"))
                .body("events.type", contains("CONCLUDED"));
        JsonPath statistics = statistics(agency, 2020);
        assertEquals(List.of(1, 0, 0, 0, 0, 0, 1), row(statistics, "UNAVAILABLE_NOT_HELD"));
        assertEquals(List.of(1, 0, 0, 0, 0, 0, 1), row(statistics, "TOTAL_CONCLUDED"));
        assertEquals(List.of(0, 0, 0, 0, 0, 0, 0), row(statistics, "CARRIED_FORWARD"));
    }

    @Test
    void repeatingTheSameConclusionReturns200AndAddsNothing() {
        String agency = TestData.agency();
        post(agency, open("EV-2", "2020-05-06")).statusCode(201);
        String tag = postEvent(agency, "EV-2", event("CONCLUDED", "2020-05-25", "GRANTED")).statusCode(201)
                .extract().header("ETag");

        postEvent(agency, "EV-2", event("CONCLUDED", "2020-05-25", "GRANTED"))
                .statusCode(200)
                .header("ETag", equalTo(tag))
                .body("status", equalTo("CONCLUDED"))
                .body("events", hasSize(1));
        api().get(ENTRY, agency, "EV-2").then().body("events", hasSize(1));
    }

    @Test
    void anotherEventAfterConclusionIs409() {
        String agency = TestData.agency();
        post(agency, open("EV-3", "2020-05-06")).statusCode(201);
        postEvent(agency, "EV-3", event("CONCLUDED", "2020-05-25", "GRANTED")).statusCode(201);

        problem(postEvent(agency, "EV-3", event("CONCLUDED", "2020-05-25", "DENIED_STATE_SECRET")), 409)
                .body("detail", containsString("EV-3"));
        problem(postEvent(agency, "EV-3", event("CONCLUDED", "2020-05-26", "GRANTED")), 409);

        api().get(ENTRY, agency, "EV-3").then()
                .body("outcome", equalTo("GRANTED"))
                .body("concludedDate", equalTo("2020-05-25"))
                .body("events", hasSize(1));
    }

    @Test
    void eventDatedBeforeReceiptIs400() {
        String agency = TestData.agency();
        post(agency, open("EV-4", "2020-05-06")).statusCode(201);
        problem(postEvent(agency, "EV-4", event("CONCLUDED", "2020-05-05", "GRANTED")), 400)
                .body("errors.field", contains("date"))
                .body("errors[0].message", containsString("2020-05-06"));
        api().get(ENTRY, agency, "EV-4").then().body("status", equalTo("OPEN")).body("events", empty());
    }

    @Test
    void eventDatedInTheFutureIs400() {
        String agency = TestData.agency();
        post(agency, open("EV-5", "2020-05-06")).statusCode(201);
        problem(postEvent(agency, "EV-5", event("CONCLUDED", future(), "GRANTED")), 400)
                .body("errors.field", contains("date"))
                .body("errors[0].message", equalTo("must not be in the future"));
    }

    @Test
    void concludedEventWithoutOutcomeIs400() {
        String agency = TestData.agency();
        post(agency, open("EV-6", "2020-05-06")).statusCode(201);
        problem(postEvent(agency, "EV-6", event("CONCLUDED", "2020-05-25", null)), 400)
                .body("errors.field", contains("outcome"))
                .body("errors[0].message", equalTo("is required for a CONCLUDED event"));
        api().get(ENTRY, agency, "EV-6").then().body("status", equalTo("OPEN")).body("events", empty());
    }

    @Test
    void invalidEventsAre400() {
        String agency = TestData.agency();
        post(agency, open("EV-7", "2020-05-06")).statusCode(201);
        problem(postEvent(agency, "EV-7", event("ARCHIVED", "2020-05-25", null)), 400)
                .body("errors[0].field", equalTo("type"))
                .body("errors[0].message", equalTo("must be one of CORRECTION_REQUESTED, CORRECTION_RECEIVED, "
                        + "EXTENDED, CONSULTATION_STARTED, CONSULTATION_ENDED, FEE_NOTICE_SENT, FEE_PAID, WITHDRAWN, "
                        + "CONCLUDED"));
        problem(postEvent(agency, "EV-7", Map.of("outcome", "GRANTED")), 400)
                .body("errors.field", hasItem("type"))
                .body("errors.field", hasItem("date"));
        problem(postEvent(agency, "EV-7", event("CONCLUDED", "25.05.2020", "GRANTED")), 400)
                .body("errors[0].field", equalTo("date"));
    }

    @Test
    void eventOfAnUnknownApplicationIs404() {
        String agency = TestData.agency();
        problem(postEvent(agency, "NOPE", event("CONCLUDED", "2020-05-25", "GRANTED")), 404);
        problem(postEvent(TestData.uniqueCode(), "NOPE", event("CONCLUDED", "2020-05-25", "GRANTED")), 404);
    }

    // ---- corrections ---------------------------------------------------------------------------------

    @Test
    void correctionWithoutIfMatchIs428() {
        String agency = TestData.agency();
        Map<String, Object> entry = open("P-1", "2020-05-06");
        post(agency, entry).statusCode(201);
        Map<String, Object> body = correction(entry);
        body.put("subject", "更正后的内容");
        problem(api().contentType(ContentType.JSON).body(body).put(ENTRY, agency, "P-1").then(), 428);
        api().get(ENTRY, agency, "P-1").then().body("subject", equalTo("某项目的审批文件"));
    }

    @Test
    void correctionWithStaleIfMatchIs412() {
        String agency = TestData.agency();
        Map<String, Object> entry = open("P-2", "2020-05-06");
        String tag = post(agency, entry).statusCode(201).extract().header("ETag");
        postEvent(agency, "P-2", event("CONCLUDED", "2020-05-25", "GRANTED")).statusCode(201);

        Map<String, Object> body = correction(entry);
        body.put("subject", "更正后的内容");
        problem(api().contentType(ContentType.JSON).header("If-Match", tag).body(body)
                .put(ENTRY, agency, "P-2").then(), 412);
        api().get(ENTRY, agency, "P-2").then()
                .body("subject", equalTo("某项目的审批文件"))
                .body("status", equalTo("CONCLUDED"));
    }

    @Test
    void correctionWithCurrentIfMatchReplacesTheContent() {
        String agency = TestData.agency();
        Map<String, Object> entry = open("P-3", "2020-05-06");
        post(agency, entry).statusCode(201);
        String tag = etagOf(agency, "P-3");

        Map<String, Object> body = correction(entry);
        body.put("receivedDate", "2020-05-07");
        body.put("channel", "FAX");
        body.put("applicantType", "RESEARCH_INSTITUTION");
        body.put("applicant", Map.of("name", "某研究所", "email", "office@example.org"));
        body.put("subject", "更正后的内容");
        String newTag = api().contentType(ContentType.JSON).header("If-Match", tag).body(body)
                .put(ENTRY, agency, "P-3").then()
                .statusCode(200)
                .header("ETag", matchesPattern("\"\\d+\""))
                .header("ETag", not(equalTo(tag)))
                .body("trackingNumber", equalTo("P-3"))
                .body("receivedDate", equalTo("2020-05-07"))
                .body("channel", equalTo("FAX"))
                .body("applicantType", equalTo("RESEARCH_INSTITUTION"))
                .body("applicant.name", equalTo("某研究所"))
                .body("applicant.email", equalTo("office@example.org"))
                .body("applicant", not(hasKey("idNumber")))
                .body("applicant", not(hasKey("phone")))
                .body("subject", equalTo("更正后的内容"))
                .body("status", equalTo("OPEN"))
                .extract().header("ETag");
        api().get(ENTRY, agency, "P-3").then()
                .header("ETag", equalTo(newTag))
                .body("receivedDate", equalTo("2020-05-07"))
                .body("channel", equalTo("FAX"))
                .body("subject", equalTo("更正后的内容"));
        api().get(LEDGER, agency).then().body("totalItems", equalTo(1));
    }

    @Test
    void correctionIsCheckedByTheSameRules() {
        String agency = TestData.agency();
        Map<String, Object> entry = open("P-4", "2020-05-06");
        post(agency, entry).statusCode(201);
        String tag = etagOf(agency, "P-4");

        Map<String, Object> body = correction(entry);
        body.put("outcome", "GRANTED");
        body.put("concludedDate", "2020-05-01");
        problem(api().contentType(ContentType.JSON).header("If-Match", tag).body(body)
                .put(ENTRY, agency, "P-4").then(), 400)
                .body("errors.field", contains("concludedDate"));
        Map<String, Object> withNumber = correction(entry);
        withNumber.put("trackingNumber", "P-99");
        problem(api().contentType(ContentType.JSON).header("If-Match", tag).body(withNumber)
                .put(ENTRY, agency, "P-4").then(), 400)
                .body("errors[0].field", equalTo("trackingNumber"));
        api().get(ENTRY, agency, "P-4").then().header("ETag", equalTo(tag)).body("status", equalTo("OPEN"));
    }

    @Test
    void correctionOfAnUnknownEntryIs404() {
        String agency = TestData.agency();
        problem(api().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(correction(open("X", "2020-05-06"))).put(ENTRY, agency, "NOPE").then(), 404);
    }

    @Test
    void correctingTheOutcomeChangesTheStatistics() {
        String agency = TestData.agency();
        Map<String, Object> entry = TestData.application("Q-1", "2020-03-01", "NATURAL_PERSON", "GRANTED", "2020-03-20");
        post(agency, entry).statusCode(201);
        TestData.record(agency, "Q-2", "2020-04-01", "COMMERCIAL_ENTERPRISE", "GRANTED", "2020-04-10");

        JsonPath before = statistics(agency, 2020);
        assertEquals("GB2019", before.getString("format"));
        assertEquals(List.of(1, 1, 0, 0, 0, 0, 2), row(before, "GRANTED"));
        assertEquals(List.of(0, 0, 0, 0, 0, 0, 0), row(before, "DENIED_THIRD_PARTY_RIGHTS"));
        assertEquals(List.of(1, 1, 0, 0, 0, 0, 2), row(before, "TOTAL_CONCLUDED"));

        Map<String, Object> body = correction(entry);
        body.put("outcome", "DENIED_THIRD_PARTY_RIGHTS");
        api().contentType(ContentType.JSON).header("If-Match", etagOf(agency, "Q-1")).body(body)
                .put(ENTRY, agency, "Q-1").then()
                .statusCode(200)
                .body("outcome", equalTo("DENIED_THIRD_PARTY_RIGHTS"))
                .body("events", hasSize(1))
                .body("events[0].outcome", equalTo("DENIED_THIRD_PARTY_RIGHTS"))
                .body("events[0].date", equalTo("2020-03-20"));

        JsonPath after = statistics(agency, 2020);
        assertEquals(List.of(0, 1, 0, 0, 0, 0, 1), row(after, "GRANTED"));
        assertEquals(List.of(1, 0, 0, 0, 0, 0, 1), row(after, "DENIED_THIRD_PARTY_RIGHTS"));
        assertEquals(List.of(1, 1, 0, 0, 0, 0, 2), row(after, "TOTAL_CONCLUDED"));
        assertEquals(List.of(1, 1, 0, 0, 0, 0, 2), row(after, "NEW_RECEIVED"));

        // a fee-unpaid outcome folds into （六）其他处理 in GB2019 and stands apart in GB2021
        body.put("outcome", "OTHER_FEE_UNPAID");
        body.put("concludedDate", "2021-01-15");
        api().contentType(ContentType.JSON).header("If-Match", etagOf(agency, "Q-1")).body(body)
                .put(ENTRY, agency, "Q-1").then().statusCode(200)
                .body("concludedDate", equalTo("2021-01-15"));
        JsonPath year2020 = statistics(agency, 2020);
        assertEquals(List.of(0, 0, 0, 0, 0, 0, 0), row(year2020, "DENIED_THIRD_PARTY_RIGHTS"));
        assertEquals(List.of(0, 0, 0, 0, 0, 0, 0), row(year2020, "OTHER"));
        assertEquals(List.of(0, 1, 0, 0, 0, 0, 1), row(year2020, "TOTAL_CONCLUDED"));
        assertEquals(List.of(1, 0, 0, 0, 0, 0, 1), row(year2020, "CARRIED_FORWARD"));
        JsonPath year2021 = statistics(agency, 2021);
        assertEquals("GB2021", year2021.getString("format"));
        assertEquals(List.of(1, 0, 0, 0, 0, 0, 1), row(year2021, "CARRIED_OVER"));
        assertEquals(List.of(1, 0, 0, 0, 0, 0, 1), row(year2021, "OTHER_FEE_UNPAID"));
        assertEquals(List.of(0, 0, 0, 0, 0, 0, 0), row(year2021, "OTHER"));

        body.put("concludedDate", "2020-12-30");
        api().contentType(ContentType.JSON).header("If-Match", etagOf(agency, "Q-1")).body(body)
                .put(ENTRY, agency, "Q-1").then().statusCode(200);
        JsonPath folded = statistics(agency, 2020);
        assertEquals(List.of(1, 0, 0, 0, 0, 0, 1), row(folded, "OTHER"));
        assertEquals(List.of(1, 1, 0, 0, 0, 0, 2), row(folded, "TOTAL_CONCLUDED"));
        assertFalse(folded.getList("applications.rows.code").contains("OTHER_FEE_UNPAID"));
    }

    @Test
    void clearingTheOutcomeReopensTheApplicationAndRemovesItsConclusion() {
        String agency = TestData.agency();
        Map<String, Object> entry = open("Q-3", "2020-03-01");
        post(agency, entry).statusCode(201);
        postEvent(agency, "Q-3", event("CONCLUDED", "2020-03-20", "GRANTED")).statusCode(201);
        assertEquals(List.of(1, 0, 0, 0, 0, 0, 1), row(statistics(agency, 2020), "GRANTED"));

        api().contentType(ContentType.JSON).header("If-Match", etagOf(agency, "Q-3")).body(correction(entry))
                .put(ENTRY, agency, "Q-3").then()
                .statusCode(200)
                .body("status", equalTo("OPEN"))
                .body("$", not(hasKey("outcome")))
                .body("$", not(hasKey("concludedDate")))
                .body("events", empty());
        api().get(ENTRY, agency, "Q-3").then()
                .body("status", equalTo("OPEN"))
                .body("outcome", nullValue())
                .body("events", empty());

        JsonPath statistics = statistics(agency, 2020);
        assertEquals(List.of(0, 0, 0, 0, 0, 0, 0), row(statistics, "GRANTED"));
        assertEquals(List.of(0, 0, 0, 0, 0, 0, 0), row(statistics, "TOTAL_CONCLUDED"));
        assertEquals(List.of(1, 0, 0, 0, 0, 0, 1), row(statistics, "CARRIED_FORWARD"));
        api().queryParam("status", "OPEN").get(LEDGER, agency).then().body("items.trackingNumber", contains("Q-3"));

        // and it can be concluded again
        postEvent(agency, "Q-3", event("CONCLUDED", "2020-04-01", "PARTIALLY_GRANTED")).statusCode(201)
                .body("events", hasSize(1))
                .body("events[0].outcome", equalTo("PARTIALLY_GRANTED"));
    }

    @Test
    void statisticsNeverCarryApplicantData() {
        String agency = TestData.agency();
        TestData.record(agency, "PII-1", "2020-03-01", "NATURAL_PERSON", "GRANTED", "2020-03-20");
        String body = api().get(STATISTICS, agency, 2020).then().statusCode(200).extract().asString();
        assertFalse(body.contains("王小明"));
        assertFalse(body.contains("350504199001011234"));
        assertFalse(body.contains("13800000000"));
    }
}
