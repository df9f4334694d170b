package cn.govdisclosure.access;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Every operation of the contract has a deliberate access rule: an anonymous call gets 401 with the
 * bearer challenge, except for the few public ones.
 */
@QuarkusTest
class EndpointRulesTest {

    private static final Set<String> PUBLIC = Set.of("GET /api/v1/agencies", "GET /api/v1/agencies/{code}",
            "GET /api/v1/formats", "GET /api/v1/formats/{format}", "GET /api/v1/ledger-imports/template",
            "GET /api/v1/agencies/{code}/reports");
    /** Published reports and their statistics are public: the report id is one that no test publishes. */
    private static final Map<String, String> PATH_VALUES = Map.of("{code}", "350504", "{trackingNumber}", "S1",
            "{id}", "987654321", "{year}", "2021", "{number}", "1", "{revision}", "1", "{extension}", "html",
            "{table}", "applications");

    @Test
    void anonymousCallsOfEveryProtectedOperationAreRefused() throws IOException {
        JsonNode paths = new YAMLMapper().readTree(Path.of("openapi.yaml").toFile()).get("paths");
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (var path : (Iterable<Map.Entry<String, JsonNode>>) paths::fields) {
            for (var operation : (Iterable<Map.Entry<String, JsonNode>>) path.getValue()::fields) {
                String method = operation.getKey().toUpperCase();
                String key = method + " " + path.getKey();
                if (PUBLIC.contains(key)) {
                    continue;
                }
                String url = path.getKey();
                for (var value : PATH_VALUES.entrySet()) {
                    url = url.replace(value.getKey(), value.getValue());
                }
                int status = given().contentType(ContentType.JSON).body("{}").request(method, url).then().extract()
                        .statusCode();
                checked++;
                if (status != 401) {
                    wrong.add(key + " answered " + status);
                }
            }
        }
        assertEquals(List.of(), wrong);
        assertEquals(true, checked >= 27, "only " + checked + " operations were found");
    }
}
