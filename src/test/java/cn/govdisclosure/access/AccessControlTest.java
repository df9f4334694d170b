package cn.govdisclosure.access;

import static cn.govdisclosure.TestData.api;
import static cn.govdisclosure.TestData.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import cn.govdisclosure.TestData;
import cn.govdisclosure.Tokens;

/**
 * Who may do what, with real signed tokens: a district with a department below it, and an unrelated
 * agency. The department holds one application with personal data.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessControlTest {

    private static final String NAME = "李秘密";
    private static final String ID_NUMBER = "350504199001019999";
    private static final String PHONE = "13912345678";

    @Inject
    EntityManager entityManager;

    private String district;
    private String department;
    private String unrelated;
    private long reportId;

    /** Runs once, before the first test: REST Assured knows the test port only from then on. */
    @BeforeEach
    void setUp() {
        if (district != null) {
            return;
        }
        district = TestData.agency("某区人民政府", "GOVERNMENT", null);
        department = TestData.agency("某区民政局", "DEPARTMENT", district);
        unrelated = TestData.agency("另一区人民政府", "GOVERNMENT", null);
        var application = TestData.application("S1", "2021-04-01", "NATURAL_PERSON", "GRANTED", "2021-04-10");
        application.put("applicant", Map.of("name", NAME, "idNumber", ID_NUMBER, "phone", PHONE));
        TestData.record(department, application);
        reportId = api().contentType(ContentType.JSON).body(Map.of("year", 2021))
                .post("/api/v1/agencies/{code}/reports", district).then().statusCode(201).extract().jsonPath()
                .getLong("id");
    }

    @Test
    void anonymousCallersSeeOnlyThePublicEndpoints() {
        given().get("/api/v1/agencies").then().statusCode(200);
        given().get("/api/v1/agencies/{code}", district).then().statusCode(200).body("name", equalTo("某区人民政府"));
        given().get("/q/health").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200);

        for (String path : List.of("/api/v1/agencies/" + department + "/applications",
                "/api/v1/agencies/" + department + "/applications/S1", "/api/v1/agencies/" + department + "/appeals",
                "/api/v1/agencies/" + district + "/statistics/2021",
                "/api/v1/reports/" + reportId, "/api/v1/personal-data-access")) {
            given().get(path).then().statusCode(401).contentType("application/problem+json")
                    .header("WWW-Authenticate", "Bearer").body("status", equalTo(401));
        }
        given().contentType(ContentType.JSON).body(Map.of("code", TestData.uniqueCode(), "name", "x", "kind", "OTHER"))
                .post("/api/v1/agencies").then().statusCode(401);
        // the list of an agency's reports shows anonymous callers only the published ones: here none
        given().get("/api/v1/agencies/{code}/reports", district).then().statusCode(200)
                .body("totalItems", equalTo(0)).body("items.size()", equalTo(0));
        api().get("/api/v1/agencies/{code}/reports", district).then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.hasItem((int) reportId))
                .body("items.status", org.hamcrest.Matchers.everyItem(equalTo("DRAFT")));
    }

    @Test
    void aViewerReadsItsSubtreeWithoutPersonalData() {
        String body = as("viewer", district).get("/api/v1/agencies/{code}/applications/S1", department).then()
                .statusCode(200).body("applicant.name", equalTo("李**")).body("applicant.idNumber", nullValue())
                .body("applicant.phone", nullValue()).extract().asString();
        assertPersonalDataAbsent(body);
        assertPersonalDataAbsent(as("viewer", district).get("/api/v1/agencies/{code}/applications", department).then()
                .statusCode(200).body("items[0].applicant.name", equalTo("李**")).extract().asString());
        assertPersonalDataAbsent(as("viewer", district).get("/api/v1/agencies/{code}/statistics/2021?scope=subtree",
                district).then().statusCode(200).extract().asString());
        assertPersonalDataAbsent(as("viewer", district).get("/api/v1/reports/{id}", reportId).then().statusCode(200)
                .extract().asString());

        as("viewer", district).contentType(ContentType.JSON)
                .body(TestData.application("S2", "2021-05-01", "NATURAL_PERSON", null, null))
                .post("/api/v1/agencies/{code}/applications", department).then().statusCode(403)
                .contentType("application/problem+json");
        as("viewer", district).contentType(ContentType.JSON).header("If-Match", "*").body(Map.of("text", "x"))
                .put("/api/v1/reports/{id}/sections/1", reportId).then().statusCode(403);
        as("viewer", district).get("/api/v1/personal-data-access").then().statusCode(403);
    }

    @Test
    void aClerkRecordsAndSeesPersonalDataButEditsNoReport() {
        as("clerk", district).get("/api/v1/agencies/{code}/applications/S1", department).then().statusCode(200)
                .body("applicant.name", equalTo(NAME)).body("applicant.idNumber", equalTo(ID_NUMBER))
                .body("applicant.phone", equalTo(PHONE));
        as("clerk", district).contentType(ContentType.JSON)
                .body(TestData.application("C1", "2021-05-01", "NATURAL_PERSON", null, null))
                .post("/api/v1/agencies/{code}/applications", department).then().statusCode(201);
        as("clerk", district).contentType(ContentType.JSON)
                .body(Map.of("caseNumber", "K1", "kind", "ADMINISTRATIVE_REVIEW", "filedDate", "2021-06-01",
                        "result", "PENDING"))
                .post("/api/v1/agencies/{code}/appeals", department).then().statusCode(201);
        as("clerk", district).contentType(ContentType.JSON).header("If-Match", "*").body(Map.of("text", "x"))
                .put("/api/v1/reports/{id}/sections/1", reportId).then().statusCode(403);
        as("clerk", district).contentType(ContentType.JSON).body(Map.of("year", 2020))
                .post("/api/v1/agencies/{code}/reports", district).then().statusCode(403);
    }

    @Test
    void editorsAndPublishersEditReportsButNotTheLedger() {
        for (String role : List.of("editor", "publisher")) {
            String etag = as(role, district).get("/api/v1/reports/{id}", reportId).then().statusCode(200).extract()
                    .header("ETag");
            as(role, district).contentType(ContentType.JSON).header("If-Match", etag)
                    .body(Map.of("text", "本年度无重大事项（" + role + "）"))
                    .put("/api/v1/reports/{id}/sections/6", reportId).then().statusCode(200)
                    .body("text", equalTo("本年度无重大事项（" + role + "）"));
            as(role, district).get("/api/v1/agencies/{code}/applications/S1", department).then().statusCode(200)
                    .body("applicant.name", equalTo("李**"));
            as(role, district).contentType(ContentType.JSON)
                    .body(TestData.application("E-" + role, "2021-05-01", "NATURAL_PERSON", null, null))
                    .post("/api/v1/agencies/{code}/applications", department).then().statusCode(403);
        }
        as("editor", district).contentType(ContentType.JSON).body(Map.of("year", 2020))
                .post("/api/v1/agencies/{code}/reports", district).then().statusCode(201);
    }

    @Test
    void actingOutsideOnesAgenciesIsForbiddenNotHidden() {
        as("clerk", unrelated).get("/api/v1/agencies/{code}/applications/S1", department).then().statusCode(403)
                .contentType("application/problem+json")
                .body("detail", equalTo("You do not act for agency " + department));
        as("clerk", unrelated).contentType(ContentType.JSON)
                .body(TestData.application("X1", "2021-05-01", "NATURAL_PERSON", null, null))
                .post("/api/v1/agencies/{code}/applications", department).then().statusCode(403);
        // an agency code covers its subtree, not its parent
        as("viewer", department).get("/api/v1/agencies/{code}/statistics/2021", district).then().statusCode(403);
        as("viewer", department).get("/api/v1/reports/{id}", reportId).then().statusCode(403);
        as("viewer", unrelated).get("/api/v1/agencies/{code}/statistics/2021?scope=subtree", district).then()
                .statusCode(403);
        // a token without a known role reads nothing
        as("auditor", district).get("/api/v1/agencies/{code}/applications", department).then().statusCode(403);
        // only admins manage agencies
        as("publisher", district).contentType(ContentType.JSON)
                .body(Map.of("code", TestData.uniqueCode(), "name", "某局", "kind", "DEPARTMENT", "parentCode", district))
                .post("/api/v1/agencies").then().statusCode(403);
    }

    @Test
    void invalidTokensAreRefusedWithTheBearerChallenge() throws Exception {
        var otherKey = KeyPairGenerator.getInstance("RSA");
        otherKey.initialize(2048);
        long now = System.currentTimeMillis() / 1000;
        String header = base64Url("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        String payload = base64Url("{\"iss\":\"" + Tokens.ISSUER + "\",\"upn\":\"x\",\"groups\":[\"admin\"],\"exp\":"
                + (now + 600) + "}");
        Map<String, String> tokens = Map.of(
                "expired", Tokens.claims("admin").issuedAt(now - 7200).expiresAt(now - 3600).sign(Tokens.devKey()),
                "wrongly signed", Tokens.claims("admin").sign(otherKey.generateKeyPair().getPrivate()),
                "wrong issuer", Tokens.claims("admin").issuer("https://attacker.example").sign(Tokens.devKey()),
                "alg none", header + "." + payload + ".",
                "garbage", "not-a-token");
        for (var token : tokens.entrySet()) {
            given().auth().oauth2(token.getValue()).get("/api/v1/agencies/{code}/applications", department).then()
                    .statusCode(401).header("WWW-Authenticate", "Bearer").contentType("application/problem+json")
                    .body("title", equalTo("Authentication required"));
        }
    }

    @Test
    void personalDataIsEncryptedAtRestAndEveryReadIsLogged() {
        Object[] stored = (Object[]) entityManager.createNativeQuery("SELECT a.applicant_id_number, a.applicant_phone, "
                + "a.applicant_name FROM disclosure_application a JOIN agency g ON g.id = a.agency_id "
                + "WHERE g.code = :code AND a.tracking_number = 'S1'").setParameter("code", department)
                .getSingleResult();
        assertTrue(((String) stored[0]).startsWith("dev:"), String.valueOf(stored[0]));
        assertFalse(((String) stored[0]).contains(ID_NUMBER));
        assertTrue(((String) stored[1]).startsWith("dev:"), String.valueOf(stored[1]));
        assertFalse(((String) stored[1]).contains(PHONE));
        assertEquals(NAME, stored[2]);

        String clerk = Tokens.claims("clerk", district).upn("clerk-zhang").sign(Tokens.devKey());
        given().auth().oauth2(clerk).get("/api/v1/agencies/{code}/applications/S1", department).then().statusCode(200);
        given().auth().oauth2(clerk).get("/api/v1/agencies/{code}/applications", department).then().statusCode(200);
        as("viewer", district).get("/api/v1/agencies/{code}/applications/S1", department).then().statusCode(200);

        api().get("/api/v1/personal-data-access?agency={code}&trackingNumber=S1&reader=clerk-zhang", department).then()
                .statusCode(200).body("totalItems", equalTo(2)).body("items[0].reader", equalTo("clerk-zhang"))
                .body("items[0].trackingNumber", equalTo("S1")).body("items[0].agencyCode", equalTo(department));
        api().get("/api/v1/personal-data-access?reader=test-viewer&agency={code}", department).then()
                .statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void clientsCannotSetServerOwnedFields() {
        for (String field : List.of("status", "agencyCode", "events", "createdAt", "version", "id")) {
            var application = TestData.application("M-" + field, "2021-05-01", "NATURAL_PERSON", null, null);
            application.put(field, field.equals("events") ? List.of() : "CONCLUDED");
            api().contentType(ContentType.JSON).body(application)
                    .post("/api/v1/agencies/{code}/applications", department).then().statusCode(400)
                    .body("errors[0].field", equalTo(field));
        }
        api().contentType(ContentType.JSON).body(Map.of("code", TestData.uniqueCode(), "name", "x", "kind", "OTHER",
                "createdAt", "2020-01-01T00:00:00Z")).post("/api/v1/agencies").then().statusCode(400)
                .body("errors[0].field", equalTo("createdAt"));
        api().contentType(ContentType.JSON).body(Map.of("year", 2019, "status", "PUBLISHED"))
                .post("/api/v1/agencies/{code}/reports", district).then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
        // a correction cannot move an entry to another tracking number or agency
        var correction = TestData.application("S1", "2021-04-01", "NATURAL_PERSON", "GRANTED", "2021-04-10");
        correction.remove("trackingNumber");
        correction.put("agencyCode", unrelated);
        api().contentType(ContentType.JSON).header("If-Match", "*").body(correction)
                .put("/api/v1/agencies/{code}/applications/S1", department).then().statusCode(400)
                .body("errors[0].field", equalTo("agencyCode"));
    }

    @Test
    void corsAllowsOnlyTheConfiguredOrigins() {
        given().header("Origin", "https://portal.example.gov.cn").header("Access-Control-Request-Method", "GET")
                .options("/api/v1/agencies").then().statusCode(200)
                .header("Access-Control-Allow-Origin", "https://portal.example.gov.cn");
        given().header("Origin", "https://portal.example.gov.cn").get("/api/v1/agencies").then().statusCode(200)
                .header("Access-Control-Expose-Headers", "ETag,Location,Content-Disposition,Retry-After");
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "GET")
                .options("/api/v1/agencies").then().header("Access-Control-Allow-Origin", nullValue());
    }

    private static void assertPersonalDataAbsent(String body) {
        for (String secret : List.of(NAME, ID_NUMBER, PHONE)) {
            assertFalse(body.contains(secret), "the body reveals " + secret + ": " + body);
        }
    }

    private static String base64Url(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
