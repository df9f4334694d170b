package cn.govdisclosure.ledger;

import static cn.govdisclosure.TestData.appeal;
import static cn.govdisclosure.TestData.problem;
import static cn.govdisclosure.TestData.api;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;

import cn.govdisclosure.TestData;

@QuarkusTest
class AppealResourceTest {

    private static final String APPEALS = "/api/v1/agencies/{code}/appeals";
    private static final String CASE = APPEALS + "/{id}";
    private static final String STATISTICS = "/api/v1/agencies/{code}/statistics/{year}";

    private static ValidatableResponse post(String agency, Object body) {
        return api().contentType(ContentType.JSON).body(body).post(APPEALS, agency).then();
    }

    private static ValidatableResponse put(String agency, long id, String ifMatch, Object body) {
        var request = api().contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.put(CASE, agency, id).then();
    }

    private static String etagOf(String agency, long id) {
        return api().get(CASE, agency, id).then().statusCode(200).extract().header("ETag");
    }

    private static JsonPath statistics(String agency, int year) {
        return api().get(STATISTICS, agency, year).then().statusCode(200).extract().jsonPath();
    }

    private static String future() {
        return TestData.today().plusDays(1).toString();
    }

    // ---- create and read -----------------------------------------------------------------------------

    @Test
    void createReturns201WithLocationAndTheExactCase() {
        String agency = TestData.agency();
        ExtractableResponse<Response> created = post(agency,
                appeal("（2020）闽0504行初12号", "LITIGATION_DIRECT", "2020-06-01", "UPHELD", "2020-09-30", null))
                .statusCode(201)
                .contentType(ContentType.JSON)
                .header("ETag", matchesPattern("\"\\d+\""))
                .body("id", notNullValue())
                .body("agencyCode", equalTo(agency))
                .body("caseNumber", equalTo("（2020）闽0504行初12号"))
                .body("kind", equalTo("LITIGATION_DIRECT"))
                .body("filedDate", equalTo("2020-06-01"))
                .body("result", equalTo("UPHELD"))
                .body("concludedDate", equalTo("2020-09-30"))
                .body("$", not(hasKey("applicationTrackingNumber")))
                .body("createdAt", notNullValue())
                .body("updatedAt", notNullValue())
                .extract();
        long id = created.jsonPath().getLong("id");
        assertTrue(created.header("Location").endsWith("/api/v1/agencies/" + agency + "/appeals/" + id),
                created.header("Location"));

        api().get(created.header("Location")).then()
                .statusCode(200)
                .header("ETag", equalTo(created.header("ETag")))
                .body("id", equalTo((int) id))
                .body("caseNumber", equalTo("（2020）闽0504行初12号"))
                .body("result", equalTo("UPHELD"));
    }

    @Test
    void pendingCaseHasNoConclusionDate() {
        String agency = TestData.agency();
        long id = TestData.recordAppeal(agency, appeal("R-1", "ADMINISTRATIVE_REVIEW", "2021-03-01", "PENDING", null, null));
        api().get(CASE, agency, id).then()
                .statusCode(200)
                .header("ETag", matchesPattern("\"\\d+\""))
                .body("result", equalTo("PENDING"))
                .body("$", not(hasKey("concludedDate")));
    }

    @Test
    void unknownCaseIs404() {
        String agency = TestData.agency();
        problem(api().get(CASE, agency, 999_999_999L).then(), 404);
        problem(api().get(APPEALS, TestData.uniqueCode()).then(), 404);
        problem(post(TestData.uniqueCode(), appeal("R-1", "ADMINISTRATIVE_REVIEW", "2021-03-01", "PENDING", null, null)),
                404);
    }

    @Test
    void aCaseIsOnlyVisibleUnderItsOwnAgency() {
        String owner = TestData.agency();
        String other = TestData.agency();
        long id = TestData.recordAppeal(owner, appeal("R-1", "ADMINISTRATIVE_REVIEW", "2021-03-01", "PENDING", null, null));
        problem(api().get(CASE, other, id).then(), 404);
        problem(put(other, id, "*", appeal("R-1", "ADMINISTRATIVE_REVIEW", "2021-03-01", "PENDING", null, null)), 404);
    }

    // ---- rules ---------------------------------------------------------------------------------------

    @Test
    void pendingWithConcludedDateIs400() {
        String agency = TestData.agency();
        problem(post(agency, appeal("R-2", "ADMINISTRATIVE_REVIEW", "2021-03-01", "PENDING", "2021-05-01", null)), 400)
                .body("errors.field", contains("concludedDate"))
                .body("errors[0].message", equalTo("a PENDING case has no conclusion date"));
        api().get(APPEALS, agency).then().body("totalItems", equalTo(0));
    }

    @Test
    void concludedResultWithoutConcludedDateIs400() {
        String agency = TestData.agency();
        for (String result : List.of("UPHELD", "CORRECTED", "OTHER")) {
            problem(post(agency, appeal("R-3", "ADMINISTRATIVE_REVIEW", "2021-03-01", result, null, null)), 400)
                    .body("errors.field", contains("concludedDate"))
                    .body("errors[0].message", equalTo("is required when the result is " + result));
        }
    }

    @Test
    void concludedDateBeforeFiledDateIs400() {
        String agency = TestData.agency();
        problem(post(agency, appeal("R-4", "LITIGATION_AFTER_REVIEW", "2021-03-01", "CORRECTED", "2021-02-28", null)), 400)
                .body("errors.field", contains("concludedDate"))
                .body("errors[0].message", equalTo("must not be before filedDate"));
    }

    @Test
    void datesInTheFutureAre400() {
        String agency = TestData.agency();
        problem(post(agency, appeal("R-5", "ADMINISTRATIVE_REVIEW", future(), "PENDING", null, null)), 400)
                .body("errors.field", contains("filedDate"))
                .body("errors[0].message", equalTo("must not be in the future"));
        problem(post(agency, appeal("R-5", "ADMINISTRATIVE_REVIEW", "2021-03-01", "UPHELD", future(), null)), 400)
                .body("errors.field", contains("concludedDate"))
                .body("errors[0].message", equalTo("must not be in the future"));
    }

    @Test
    void missingFieldsAndUnknownCodesAre400() {
        String agency = TestData.agency();
        problem(post(agency, Map.of("caseNumber", " ")), 400)
                .body("errors.field", hasItem("caseNumber"))
                .body("errors.field", hasItem("kind"))
                .body("errors.field", hasItem("filedDate"))
                .body("errors.field", hasItem("result"))
                .body("errors", hasSize(4));
        problem(post(agency, appeal("R-6", "COURT", "2021-03-01", "PENDING", null, null)), 400)
                .body("errors[0].field", equalTo("kind"))
                .body("errors[0].message",
                        equalTo("must be one of ADMINISTRATIVE_REVIEW, LITIGATION_DIRECT, LITIGATION_AFTER_REVIEW"));
        problem(post(agency, appeal("R-6", "ADMINISTRATIVE_REVIEW", "2021-03-01", "WON", "2021-04-01", null)), 400)
                .body("errors[0].field", equalTo("result"))
                .body("errors[0].message", equalTo("must be one of UPHELD, CORRECTED, OTHER, PENDING"));
        Map<String, Object> withId = appeal("R-6", "ADMINISTRATIVE_REVIEW", "2021-03-01", "PENDING", null, null);
        withId.put("id", 5);
        problem(post(agency, withId), 400)
                .body("errors[0].field", equalTo("id"));
    }

    @Test
    void linkToAnUnknownApplicationIs400() {
        String agency = TestData.agency();
        problem(post(agency, appeal("R-7", "ADMINISTRATIVE_REVIEW", "2021-03-01", "PENDING", null, "NO-SUCH-APP")), 400)
                .body("errors.field", contains("applicationTrackingNumber"))
                .body("errors[0].message", containsString("NO-SUCH-APP"));
        // an application of another agency is unknown here too
        String other = TestData.agency();
        TestData.record(other, "APP-1", "2021-01-05", "NATURAL_PERSON", "GRANTED", "2021-01-20");
        problem(post(agency, appeal("R-7", "ADMINISTRATIVE_REVIEW", "2021-03-01", "PENDING", null, "APP-1")), 400)
                .body("errors.field", contains("applicationTrackingNumber"));
        api().get(APPEALS, agency).then().body("totalItems", equalTo(0));
    }

    @Test
    void linkToAnExistingApplicationIsShown() {
        String agency = TestData.agency();
        TestData.record(agency, "APP-2", "2021-01-05", "NATURAL_PERSON", "DENIED_PROCESS_INFORMATION", "2021-01-20");
        long id = post(agency, appeal("R-8", "ADMINISTRATIVE_REVIEW", "2021-03-01", "PENDING", null, "APP-2"))
                .statusCode(201)
                .body("applicationTrackingNumber", equalTo("APP-2"))
                .extract().jsonPath().getLong("id");
        api().get(CASE, agency, id).then().body("applicationTrackingNumber", equalTo("APP-2"));
        api().get(APPEALS, agency).then().body("items[0].applicationTrackingNumber", equalTo("APP-2"));
    }

    // ---- idempotency ---------------------------------------------------------------------------------

    @Test
    void repeatingTheSameCaseReturns200WithTheStoredCase() {
        String agency = TestData.agency();
        TestData.record(agency, "APP-3", "2021-01-05", "NATURAL_PERSON", "GRANTED", "2021-01-20");
        Map<String, Object> body = appeal("R-9", "LITIGATION_DIRECT", "2021-03-01", "OTHER", "2021-06-30", "APP-3");
        ExtractableResponse<Response> first = post(agency, body).statusCode(201).extract();

        ExtractableResponse<Response> second = post(agency, body)
                .statusCode(200)
                .header("ETag", equalTo(first.header("ETag")))
                .header("Location", equalTo(first.header("Location")))
                .extract();
        assertEquals(first.asString(), second.asString());
        api().get(APPEALS, agency).then().body("totalItems", equalTo(1));
    }

    @Test
    void sameCaseNumberWithOtherContentIs409() {
        String agency = TestData.agency();
        long id = TestData.recordAppeal(agency, appeal("R-10", "LITIGATION_DIRECT", "2021-03-01", "PENDING", null, null));

        problem(post(agency, appeal("R-10", "LITIGATION_DIRECT", "2021-03-01", "UPHELD", "2021-05-01", null)), 409)
                .body("detail", containsString("R-10"));
        problem(post(agency, appeal("R-10", "ADMINISTRATIVE_REVIEW", "2021-03-01", "PENDING", null, null)), 409);
        problem(post(agency, appeal("R-10", "LITIGATION_DIRECT", "2021-03-02", "PENDING", null, null)), 409);

        api().get(CASE, agency, id).then().body("result", equalTo("PENDING")).body("kind", equalTo("LITIGATION_DIRECT"));
        api().get(APPEALS, agency).then().body("totalItems", equalTo(1));
    }

    // ---- update --------------------------------------------------------------------------------------

    @Test
    void updateWithoutIfMatchIs428() {
        String agency = TestData.agency();
        long id = TestData.recordAppeal(agency, appeal("U-1", "ADMINISTRATIVE_REVIEW", "2021-03-01", "PENDING", null, null));
        problem(put(agency, id, null, appeal("U-1", "ADMINISTRATIVE_REVIEW", "2021-03-01", "UPHELD", "2021-05-01", null)),
                428);
        api().get(CASE, agency, id).then().body("result", equalTo("PENDING"));
    }

    @Test
    void updateWithStaleIfMatchIs412() {
        String agency = TestData.agency();
        long id = TestData.recordAppeal(agency, appeal("U-2", "ADMINISTRATIVE_REVIEW", "2021-03-01", "PENDING", null, null));
        String tag = etagOf(agency, id);
        put(agency, id, tag, appeal("U-2", "ADMINISTRATIVE_REVIEW", "2021-03-01", "UPHELD", "2021-05-01", null))
                .statusCode(200);

        problem(put(agency, id, tag, appeal("U-2", "ADMINISTRATIVE_REVIEW", "2021-03-01", "CORRECTED", "2021-05-02", null)),
                412);
        api().get(CASE, agency, id).then().body("result", equalTo("UPHELD")).body("concludedDate", equalTo("2021-05-01"));
    }

    @Test
    void updateWithCurrentIfMatchReplacesTheCase() {
        String agency = TestData.agency();
        TestData.record(agency, "APP-4", "2021-01-05", "NATURAL_PERSON", "GRANTED", "2021-01-20");
        long id = TestData.recordAppeal(agency, appeal("U-3", "ADMINISTRATIVE_REVIEW", "2021-03-01", "PENDING", null, null));
        String tag = etagOf(agency, id);

        String newTag = put(agency, id, tag,
                appeal("U-3a", "LITIGATION_AFTER_REVIEW", "2021-03-02", "CORRECTED", "2021-07-15", "APP-4"))
                .statusCode(200)
                .header("ETag", matchesPattern("\"\\d+\""))
                .header("ETag", not(equalTo(tag)))
                .body("id", equalTo((int) id))
                .body("caseNumber", equalTo("U-3a"))
                .body("kind", equalTo("LITIGATION_AFTER_REVIEW"))
                .body("filedDate", equalTo("2021-03-02"))
                .body("result", equalTo("CORRECTED"))
                .body("concludedDate", equalTo("2021-07-15"))
                .body("applicationTrackingNumber", equalTo("APP-4"))
                .extract().header("ETag");
        api().get(CASE, agency, id).then()
                .header("ETag", equalTo(newTag))
                .body("caseNumber", equalTo("U-3a"))
                .body("result", equalTo("CORRECTED"));
        api().get(APPEALS, agency).then().body("totalItems", equalTo(1));
    }

    @Test
    void updateIsCheckedByTheSameRules() {
        String agency = TestData.agency();
        long id = TestData.recordAppeal(agency, appeal("U-4", "ADMINISTRATIVE_REVIEW", "2021-03-01", "PENDING", null, null));
        String tag = etagOf(agency, id);
        problem(put(agency, id, tag, appeal("U-4", "ADMINISTRATIVE_REVIEW", "2021-03-01", "PENDING", "2021-04-01", null)),
                400).body("errors.field", contains("concludedDate"));
        problem(put(agency, id, tag, appeal("U-4", "ADMINISTRATIVE_REVIEW", "2021-03-01", "UPHELD", null, null)), 400)
                .body("errors.field", contains("concludedDate"));
        problem(put(agency, id, tag, appeal("U-4", "ADMINISTRATIVE_REVIEW", "2021-03-01", "UPHELD", "2021-02-01", null)),
                400).body("errors.field", contains("concludedDate"));
        problem(put(agency, id, tag, appeal("U-4", "ADMINISTRATIVE_REVIEW", "2021-03-01", "PENDING", null, "NOPE")), 400)
                .body("errors.field", contains("applicationTrackingNumber"));
        api().get(CASE, agency, id).then().header("ETag", equalTo(tag)).body("result", equalTo("PENDING"));
    }

    @Test
    void updateToTheCaseNumberOfAnotherCaseIs409() {
        String agency = TestData.agency();
        TestData.recordAppeal(agency, appeal("U-5", "ADMINISTRATIVE_REVIEW", "2021-03-01", "PENDING", null, null));
        long id = TestData.recordAppeal(agency, appeal("U-6", "ADMINISTRATIVE_REVIEW", "2021-03-02", "PENDING", null, null));
        problem(put(agency, id, etagOf(agency, id),
                appeal("U-5", "ADMINISTRATIVE_REVIEW", "2021-03-02", "PENDING", null, null)), 409);
        api().get(CASE, agency, id).then().body("caseNumber", equalTo("U-6"));
    }

    @Test
    void updateOfAnUnknownCaseIs404() {
        String agency = TestData.agency();
        problem(put(agency, 999_999_999L, "\"0\"", appeal("U-7", "ADMINISTRATIVE_REVIEW", "2021-03-01", "PENDING", null,
                null)), 404);
    }

    // ---- list ----------------------------------------------------------------------------------------

    @Test
    void listFiltersByFiledYearKindAndResult() {
        String agency = TestData.agency();
        long a = TestData.recordAppeal(agency, appeal("F-1", "ADMINISTRATIVE_REVIEW", "2020-02-01", "UPHELD", "2020-04-01", null));
        long b = TestData.recordAppeal(agency, appeal("F-2", "ADMINISTRATIVE_REVIEW", "2020-05-01", "PENDING", null, null));
        long c = TestData.recordAppeal(agency, appeal("F-3", "LITIGATION_DIRECT", "2020-08-01", "CORRECTED", "2021-01-10", null));
        long d = TestData.recordAppeal(agency, appeal("F-4", "LITIGATION_AFTER_REVIEW", "2021-03-01", "UPHELD", "2021-06-01", null));
        long e = TestData.recordAppeal(agency, appeal("F-5", "ADMINISTRATIVE_REVIEW", "2022-01-15", "OTHER", "2022-03-01", null));

        api().get(APPEALS, agency).then().statusCode(200)
                .body("page", equalTo(0))
                .body("size", equalTo(50))
                .body("totalItems", equalTo(5))
                .body("items.caseNumber", contains("F-1", "F-2", "F-3", "F-4", "F-5"))
                .body("items.id", contains((int) a, (int) b, (int) c, (int) d, (int) e));
        api().queryParam("filedYear", 2020).get(APPEALS, agency).then().statusCode(200)
                .body("totalItems", equalTo(3)).body("items.caseNumber", contains("F-1", "F-2", "F-3"));
        api().queryParam("kind", "ADMINISTRATIVE_REVIEW").get(APPEALS, agency).then().statusCode(200)
                .body("totalItems", equalTo(3)).body("items.caseNumber", contains("F-1", "F-2", "F-5"));
        api().queryParam("result", "UPHELD").get(APPEALS, agency).then().statusCode(200)
                .body("totalItems", equalTo(2)).body("items.caseNumber", contains("F-1", "F-4"));
        api().queryParam("filedYear", 2020).queryParam("kind", "ADMINISTRATIVE_REVIEW").queryParam("result", "PENDING")
                .get(APPEALS, agency).then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items.caseNumber", contains("F-2"));
        api().queryParam("filedYear", 2019).get(APPEALS, agency).then().statusCode(200)
                .body("totalItems", equalTo(0)).body("items", empty());
        api().queryParam("size", 2).queryParam("page", 2).get(APPEALS, agency).then().statusCode(200)
                .body("page", equalTo(2)).body("size", equalTo(2))
                .body("totalItems", equalTo(5)).body("items.caseNumber", contains("F-5"));
    }

    @Test
    void badFiltersAre400() {
        String agency = TestData.agency();
        problem(api().queryParam("filedYear", "last").get(APPEALS, agency).then(), 400)
                .body("errors.field", contains("filedYear"));
        problem(api().queryParam("kind", "COURT").get(APPEALS, agency).then(), 400)
                .body("errors.field", contains("kind"))
                .body("errors[0].message",
                        equalTo("must be one of ADMINISTRATIVE_REVIEW, LITIGATION_DIRECT, LITIGATION_AFTER_REVIEW"));
        problem(api().queryParam("result", "WON").get(APPEALS, agency).then(), 400)
                .body("errors.field", contains("result"))
                .body("errors[0].message", equalTo("must be one of UPHELD, CORRECTED, OTHER, PENDING"));
        problem(api().queryParam("size", 201).get(APPEALS, agency).then(), 400)
                .body("errors.field", contains("size"));
    }

    // ---- table 四 ------------------------------------------------------------------------------------

    @Test
    void aCaseFiledInOneYearAndConcludedInTheNextIsPendingForTheFirst() {
        String agency = TestData.agency();
        TestData.recordAppeal(agency, appeal("T-1", "ADMINISTRATIVE_REVIEW", "2020-11-02", "UPHELD", "2021-02-03", null));
        TestData.recordAppeal(agency, appeal("T-2", "ADMINISTRATIVE_REVIEW", "2020-03-02", "CORRECTED", "2020-06-03", null));
        TestData.recordAppeal(agency, appeal("T-3", "LITIGATION_DIRECT", "2020-12-31", "OTHER", "2020-12-31", null));
        TestData.recordAppeal(agency, appeal("T-4", "LITIGATION_AFTER_REVIEW", "2020-07-01", "PENDING", null, null));
        TestData.recordAppeal(agency, appeal("T-5", "LITIGATION_AFTER_REVIEW", "2021-01-01", "UPHELD", "2021-03-01", null));

        JsonPath year2020 = statistics(agency, 2020);
        assertEquals(Map.of("UPHELD", 0, "CORRECTED", 1, "OTHER", 0, "PENDING", 1, "TOTAL", 2),
                year2020.getMap("appeals.byKind.ADMINISTRATIVE_REVIEW"));
        assertEquals(List.of(0, 1, 0, 1, 2, 0, 0, 1, 0, 1, 0, 0, 0, 1, 1), year2020.getList("appeals.values"));

        // 2021 counts only the case filed in 2021; the 2020 case concluded in 2021 is not counted again
        JsonPath year2021 = statistics(agency, 2021);
        assertEquals(List.of(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1), year2021.getList("appeals.values"));

        // concluding the pending case in the next year does not change its year's table either
        List<Map<String, Object>> items = api().queryParam("result", "PENDING").get(APPEALS, agency).then()
                .statusCode(200).extract().jsonPath().getList("items");
        long pendingId = ((Number) items.get(0).get("id")).longValue();
        put(agency, pendingId, etagOf(agency, pendingId),
                appeal("T-4", "LITIGATION_AFTER_REVIEW", "2020-07-01", "CORRECTED", "2021-04-01", null)).statusCode(200);
        assertEquals(List.of(0, 1, 0, 1, 2, 0, 0, 1, 0, 1, 0, 0, 0, 1, 1),
                statistics(agency, 2020).getList("appeals.values"));
        // but a conclusion within the year does
        put(agency, pendingId, etagOf(agency, pendingId),
                appeal("T-4", "LITIGATION_AFTER_REVIEW", "2020-07-01", "CORRECTED", "2020-12-31", null)).statusCode(200);
        assertEquals(List.of(0, 1, 0, 1, 2, 0, 0, 1, 0, 1, 0, 1, 0, 0, 1),
                statistics(agency, 2020).getList("appeals.values"));
    }
}
