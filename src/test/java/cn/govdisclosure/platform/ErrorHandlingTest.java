package cn.govdisclosure.platform;

import static cn.govdisclosure.TestData.problem;
import static cn.govdisclosure.TestData.api;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import cn.govdisclosure.TestData;

@QuarkusTest
class ErrorHandlingTest {

    private static final String AGENCIES = "/api/v1/agencies";

    /** Checks everything every error response must satisfy, and returns its parsed body. */
    private static JsonPath assertProblem(String what, Response response, int status) {
        String body = response.asString();
        assertEquals(status, response.statusCode(), what + ": status; body " + body);
        assertNotNull(response.contentType(), what + ": content type");
        assertTrue(response.contentType().startsWith("application/problem+json"),
                what + ": content type " + response.contentType() + "; body " + body);
        assertFalse(body.contains("Exception"), what + ": body names an exception: " + body);
        assertFalse(body.contains("at cn.govdisclosure"), what + ": body has a stack trace: " + body);
        assertFalse(body.contains("java."), what + ": body names a Java class: " + body);
        JsonPath json = new JsonPath(body);
        assertTrue(json.getString("type") != null && json.getString("type").startsWith("urn:govdisclosure:problem:"),
                what + ": type in " + body);
        assertTrue(json.getString("title") != null && !json.getString("title").isBlank(), what + ": title in " + body);
        assertEquals(status, json.getInt("status"), what + ": status member in " + body);
        assertTrue(json.getString("detail") != null && !json.getString("detail").isBlank(), what + ": detail in " + body);
        return json;
    }

    private static void check(String what, Supplier<Response> request, int status) {
        assertProblem(what, request.get(), status);
    }

    @Test
    void unknownPathIs404Problem() {
        problem(api().get("/api/v1/no-such-resource").then(), 404)
                .body("type", equalTo("urn:govdisclosure:problem:not-found"));
        problem(api().get("/api/v1/agencies/{code}/no-such-part", TestData.agency()).then(), 404);
        problem(api().accept(ContentType.JSON).get("/no-such-page").then(), 404);
    }

    @Test
    void missingOrInvalidTokenIs401Problem() {
        String agency = TestData.agency();
        String ledger = AGENCIES + "/{code}/applications";
        problem(RestAssured.given().get(ledger, agency).then(), 401)
                .header("WWW-Authenticate", startsWith("Bearer"));
        problem(RestAssured.given().auth().oauth2("not-a-token").get(ledger, agency).then(), 401)
                .header("WWW-Authenticate", startsWith("Bearer"));
        check("no token", () -> RestAssured.given().contentType(ContentType.JSON).body("{}").post(AGENCIES), 401);
        check("garbage token", () -> RestAssured.given().auth().oauth2("a.b.c")
                .get(AGENCIES + "/{code}/statistics/2020", agency), 401);
    }

    @Test
    void wrongMethodIs405ProblemWithAllow() {
        String agency = TestData.agency();
        problem(api().delete(AGENCIES + "/{code}", agency).then(), 405)
                .header("Allow", notNullValue())
                .header("Allow", containsString("GET"))
                .header("Allow", containsString("PUT"));
        problem(api().contentType(ContentType.JSON).body("{}").post(AGENCIES + "/{code}", agency).then(), 405);
        problem(api().contentType(ContentType.JSON).body("{}").put(AGENCIES).then(), 405);
        problem(api().contentType(ContentType.JSON).body("{}").patch(AGENCIES + "/{code}", agency).then(), 405);
        problem(api().delete("/api/v1/agencies/{code}/statistics/2020", agency).then(), 405);
        // the agency is still there
        api().get(AGENCIES + "/{code}", agency).then().statusCode(200);
    }

    @Test
    void unacceptableMediaTypeIs406Problem() {
        String agency = TestData.agency();
        problem(api().accept(ContentType.XML).get(AGENCIES + "/{code}", agency).then(), 406);
    }

    @Test
    void unsupportedBodyMediaTypeIs415Problem() {
        problem(api().contentType(ContentType.TEXT).body("code=X").post(AGENCIES).then(), 415);
        problem(api().contentType("application/x-www-form-urlencoded; charset=UTF-8").body("code=X")
                .post(AGENCIES).then(), 415);
    }

    @Test
    void bodyOverTheHttpLayersLimitIs413Problem() {
        // over both the service's limit and the HTTP layer's own
        byte[] body = ("{\"code\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        problem(api().contentType(ContentType.JSON).body(body).post(AGENCIES).then(), 413)
                .body("type", equalTo("urn:govdisclosure:problem:payload-too-large"));
    }

    @Test
    void everyErrorResponseIsAProblemWithoutInternals() {
        String agency = TestData.agency();
        TestData.record(agency, "E-1", "2020-03-01", "NATURAL_PERSON", null, null);
        String tag = api().get(AGENCIES + "/{code}", agency).then().extract().header("ETag");
        long report = api().contentType(ContentType.JSON).body(Map.of("year", 2020))
                .post(AGENCIES + "/{code}/reports", agency).then().statusCode(201).extract().jsonPath().getLong("id");

        Map<String, Object> agencyBody = new LinkedHashMap<>();
        agencyBody.put("code", agency);
        agencyBody.put("name", "另一个名称");
        agencyBody.put("kind", "GOVERNMENT");

        check("unknown agency", () -> api().get(AGENCIES + "/{code}", TestData.uniqueCode()), 404);
        check("conflicting agency", () -> api().contentType(ContentType.JSON).body(agencyBody).post(AGENCIES), 409);
        check("malformed JSON", () -> api().contentType(ContentType.JSON).body("{\"code\": ").post(AGENCIES), 400);
        check("JSON array for an object", () -> api().contentType(ContentType.JSON).body("[1, 2]").post(AGENCIES),
                400);
        check("JSON string for an object", () -> api().contentType(ContentType.JSON).body("\"agency\"")
                .post(AGENCIES), 400);
        check("JSON null body", () -> api().contentType(ContentType.JSON).body("null").post(AGENCIES), 400);
        check("empty body", () -> api().contentType(ContentType.JSON).post(AGENCIES), 400);
        check("wrong JSON types", () -> api().contentType(ContentType.JSON)
                .body("{\"code\": 1, \"name\": true, \"kind\": 5}").post(AGENCIES), 400);
        check("number for an enum", () -> api().contentType(ContentType.JSON)
                .body("{\"code\": \"X1\", \"name\": \"n\", \"kind\": 1}").post(AGENCIES), 400);
        check("object for a string", () -> api().contentType(ContentType.JSON)
                .body("{\"code\": {\"a\": 1}, \"name\": \"n\", \"kind\": \"OTHER\"}").post(AGENCIES), 400);
        check("invalid UTF-8", () -> api().contentType("application/json")
                .body(new byte[] {'{', '"', 'c', 'o', 'd', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'})
                .post(AGENCIES), 400);
        check("number out of range", () -> api().contentType(ContentType.JSON)
                .body("{\"year\": 99999999999999999999}").post(AGENCIES + "/{code}/reports", agency), 400);
        check("unknown field", () -> api().contentType(ContentType.JSON)
                .body("{\"code\": \"X1\", \"name\": \"n\", \"kind\": \"OTHER\", \"id\": 7}").post(AGENCIES), 400);
        check("bad paging", () -> api().queryParam("size", "99999999999").get(AGENCIES), 400);
        check("missing If-Match", () -> api().contentType(ContentType.JSON)
                .body(Map.of("name", "n", "kind", "OTHER")).put(AGENCIES + "/{code}", agency), 428);
        check("stale If-Match", () -> api().contentType(ContentType.JSON).header("If-Match", "\"999999\"")
                .body(Map.of("name", "n", "kind", "OTHER")).put(AGENCIES + "/{code}", agency), 412);
        check("year out of range", () -> api().get(AGENCIES + "/{code}/statistics/{year}", agency, 1999), 400);
        check("year not a number", () -> api().get(AGENCIES + "/{code}/statistics/{year}", agency, "abc"), 404);
        check("unknown scope", () -> api().queryParam("scope", "WORLD")
                .get(AGENCIES + "/{code}/statistics/{year}", agency, 2020), 400);
        check("report id not a number", () -> api().get("/api/v1/reports/{id}", "abc"), 404);
        check("report id too large", () -> api().get("/api/v1/reports/{id}", "99999999999999999999"), 404);
        check("section not a number", () -> api().get("/api/v1/reports/{id}/sections/{n}", report, "one"), 404);
        check("appeal id not a number", () -> api().get(AGENCIES + "/{code}/appeals/{id}", agency, "x"), 404);
        check("invalid event date", () -> api().contentType(ContentType.JSON)
                .body(Map.of("type", "CONCLUDED", "date", "2020-13-45", "outcome", "GRANTED"))
                .post(AGENCIES + "/{code}/applications/{tn}/events", agency, "E-1"), 400);
        check("bad ledger filter", () -> api().queryParam("status", "CLOSED")
                .get(AGENCIES + "/{code}/applications", agency), 400);
        check("cell of another format", () -> api().contentType(ContentType.JSON)
                .header("If-Match", "*").body(Map.of("values", Map.of("RULES", Map.of("ISSUED", 1))))
                .put("/api/v1/reports/{id}/proactive-disclosure", report), 400);
        check("cell values of a wrong shape", () -> api().contentType(ContentType.JSON)
                .header("If-Match", "*").body("{\"values\": {\"RULES\": [1, 2, 3]}}")
                .put("/api/v1/reports/{id}/proactive-disclosure", report), 400);
        check("section text of a wrong type", () -> api().contentType(ContentType.JSON)
                .header("If-Match", "*").body("{\"text\": [\"a\"]}")
                .put("/api/v1/reports/{id}/sections/{n}", report, 1), 400);
        check("wrong method", () -> api().delete("/api/v1/reports/{id}", report), 405);
        check("unknown path", () -> api().get("/api/v1/reports/{id}/pdf", report), 404);
        check("unsupported media type", () -> api().contentType(ContentType.XML).body("<a/>").post(AGENCIES), 415);
        check("over the size limit", () -> api().contentType(ContentType.JSON)
                .body("{\"code\": \"" + "x".repeat(1_100_000) + "\"}").post(AGENCIES), 413);
    }

    @Test
    void validationProblemsListTheirFields() {
        JsonPath problem = assertProblem("validation", api().contentType(ContentType.JSON).body("{}").post(AGENCIES),
                400);
        assertEquals("urn:govdisclosure:problem:validation", problem.getString("type"));
        assertEquals(3, problem.getList("errors").size());
        assertEquals("code", problem.getString("errors[0].field"));
        assertEquals("is required", problem.getString("errors[0].message"));
        assertEquals("kind", problem.getString("errors[1].field"));
        assertEquals("name", problem.getString("errors[2].field"));
        assertEquals("3 fields are not valid", problem.getString("detail"));
    }

    @Test
    void successfulResponsesAreNotProblems() {
        String agency = TestData.agency();
        api().get(AGENCIES + "/{code}", agency).then().statusCode(200).contentType(ContentType.JSON)
                .body("code", equalTo(agency));
    }
}
