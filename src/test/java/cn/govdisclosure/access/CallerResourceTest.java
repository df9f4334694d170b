package cn.govdisclosure.access;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import cn.govdisclosure.TestData;
import cn.govdisclosure.Tokens;

/** {@code GET /me}: the caller as its token says, with the agencies named. */
@QuarkusTest
class CallerResourceTest {

    @Test
    void aClerkSeesItsRolesAndItsAgenciesByName() {
        String district = TestData.agency("某区人民政府", "GOVERNMENT", null);
        String department = TestData.agency("某区教育局", "DEPARTMENT", district);
        var response = TestData.as("clerk", district, department, "999999").get("/api/v1/me").then().statusCode(200)
                .header("Cache-Control", "private, no-store").extract();
        Map<String, Object> me = response.jsonPath().getMap("");
        assertEquals(Map.of(
                "subject", "test-clerk",
                "roles", List.of("clerk"),
                "allAgencies", false,
                "agencies", List.of(
                        Map.of("code", district, "name", "某区人民政府", "kind", "GOVERNMENT", "known", true),
                        Map.of("code", department, "name", "某区教育局", "kind", "DEPARTMENT", "known", true),
                        Map.of("code", "999999", "known", false))), me);
    }

    @Test
    void anAdminActsForEveryAgency() {
        Map<String, Object> me = given().auth().oauth2(Tokens.admin()).get("/api/v1/me").then().statusCode(200)
                .extract().jsonPath().getMap("");
        assertEquals(List.of("admin"), me.get("roles"));
        assertEquals(true, me.get("allAgencies"));
        assertEquals(List.of(), me.get("agencies"));
    }

    @Test
    void withoutATokenItIs401() {
        given().get("/api/v1/me").then().statusCode(401).body("status", org.hamcrest.Matchers.equalTo(401));
    }
}
