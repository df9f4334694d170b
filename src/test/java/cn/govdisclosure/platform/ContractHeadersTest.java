package cn.govdisclosure.platform;

import static cn.govdisclosure.TestData.api;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import cn.govdisclosure.TestData;

/**
 * The contract declares the headers clients read — ETag, Location, Retry-After — where the service sends them, and
 * every operation taking If-Match documents its 412 and 428 problems.
 */
@QuarkusTest
class ContractHeadersTest {

    private static JsonNode contract;

    @BeforeAll
    static void readContract() throws IOException {
        contract = new YAMLMapper().readTree(Path.of("openapi.yaml").toFile());
    }

    private interface OperationCheck {
        void check(String key, JsonNode operation, List<String> wrong);
    }

    private static List<String> everyOperation(OperationCheck check) {
        List<String> wrong = new ArrayList<>();
        contract.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(
                operation -> check.check(operation.getKey().toUpperCase() + " " + path.getKey(), operation.getValue(),
                        wrong)));
        return wrong;
    }

    private static boolean declares(JsonNode response, String header) {
        JsonNode resolved = Schemas.resolve(contract, response);
        return resolved.path("headers").has(header);
    }

    private static boolean takesIfMatch(JsonNode operation) {
        for (JsonNode parameter : operation.path("parameters")) {
            if (parameter.get("in").asText().equals("header") && parameter.get("name").asText().equals("If-Match")) {
                return true;
            }
        }
        return false;
    }

    @Test
    void everyConditionalWriteDocumentsItsPreconditionsAndItsNewTag() {
        List<String> conditional = new ArrayList<>();
        List<String> wrong = everyOperation((key, operation, problems) -> {
            if (!takesIfMatch(operation)) {
                return;
            }
            conditional.add(key);
            JsonNode responses = operation.get("responses");
            for (String status : List.of("412", "428")) {
                if (!responses.path(status).at("/content/application~1problem+json/schema/$ref").asText()
                        .equals("#/components/schemas/Problem")) {
                    problems.add(key + " has no " + status + " problem");
                }
            }
            responses.fields().forEachRemaining(response -> {
                if (List.of("200", "201").contains(response.getKey()) && !declares(response.getValue(), "ETag")) {
                    problems.add(key + " " + response.getKey() + " has no ETag");
                }
            });
        });
        assertEquals(List.of(), wrong);
        assertEquals(14, conditional.size(), conditional.toString());
    }

    @Test
    void createdAndAcceptedDeclareLocationAndUnavailableDeclaresRetryAfter() {
        List<String> wrong = everyOperation((key, operation, problems) -> operation.get("responses").fields()
                .forEachRemaining(response -> {
                    String header = switch (response.getKey()) {
                        case "201", "202" -> "Location";
                        case "503" -> "Retry-After";
                        default -> null;
                    };
                    if (header != null && !declares(response.getValue(), header)) {
                        problems.add(key + " " + response.getKey() + " has no " + header);
                    }
                }));
        assertEquals(List.of(), wrong);
        assertEquals("integer", contract.at("/components/headers/Retry-After/schema/type").asText());
    }

    @Test
    void singleResourcesDeclareTheirETagAndSendIt() {
        List<String> tagged = new ArrayList<>();
        everyOperation((key, operation, problems) -> {
            if (key.startsWith("GET ") && declares(operation.at("/responses/200"), "ETag")) {
                tagged.add(key);
            }
        });
        assertEquals(List.of("GET /api/v1/agencies/{code}", "GET /api/v1/agencies/{code}/appeals/{id}",
                "GET /api/v1/agencies/{code}/applications/{trackingNumber}",
                "GET /api/v1/agencies/{code}/statistics/{year}", "GET /api/v1/calendar/{year}", "GET /api/v1/codes",
                "GET /api/v1/formats", "GET /api/v1/formats/{format}", "GET /api/v1/reports/{id}", "GET /api/v1/reports/{id}/revisions",
                "GET /api/v1/reports/{id}/revisions/{revision}", "GET /api/v1/reports/{id}/sections/{number}",
                "GET /api/v1/statistics/{year}"), tagged.stream().sorted().toList());

        String agency = TestData.agency();
        TestData.record(agency, "H-1", "2021-03-01", "NATURAL_PERSON", null, null);
        long appeal = TestData.recordAppeal(agency, TestData.appeal("（2021）复字第1号", "ADMINISTRATIVE_REVIEW",
                "2021-04-01", "PENDING", null, null));
        String report = api().contentType(ContentType.JSON).body(Map.of("year", 2021))
                .post("/api/v1/agencies/{code}/reports", agency).then().statusCode(201).extract().path("id").toString();
        for (String url : List.of("/api/v1/agencies/" + agency, "/api/v1/agencies/" + agency + "/appeals/" + appeal,
                "/api/v1/agencies/" + agency + "/applications/H-1", "/api/v1/agencies/" + agency + "/statistics/2021",
                "/api/v1/calendar/2021", "/api/v1/codes", "/api/v1/formats", "/api/v1/formats/GB2021", "/api/v1/reports/" + report,
                "/api/v1/reports/" + report + "/revisions", "/api/v1/reports/" + report + "/sections/1",
                "/api/v1/statistics/2021")) {
            String tag = api().get(url).then().statusCode(200).extract().header("ETag");
            assertEquals(true, tag != null && tag.matches("(W/)?\".+\""), url + " sent ETag " + tag);
        }
        String anonymous = given().get("/api/v1/formats").then().statusCode(200).extract().header("ETag");
        assertEquals(true, anonymous != null, "formats are tagged for anyone");
    }
}
