package cn.govdisclosure.platform;

import static cn.govdisclosure.TestData.api;
import static cn.govdisclosure.TestData.problem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import io.quarkus.test.junit.QuarkusTest;

import cn.govdisclosure.TestData;

/**
 * Query parameters are declared with their real types in the contract, and a bad value, an unknown parameter or a
 * date-time where a date belongs is still a 400 problem naming the parameter.
 */
@QuarkusTest
class QueryParametersTest {

    private static final String LEDGER = "/api/v1/agencies/{code}/applications";
    private static final String SCOPES = "must be one of AGENCY, SUBTREE";
    /** Free-text query parameters: names, codes, identifiers and file names, which have no narrower type. */
    private static final Set<String> FREE_TEXT = Set.of("parent", "under", "agency", "entityType", "entityId",
            "trackingNumber", "reader", "q", "source", "mapping", "fileName");

    private static JsonNode contract;

    @BeforeAll
    static void readContract() throws IOException {
        contract = new YAMLMapper().readTree(Path.of("openapi.yaml").toFile());
    }

    private static Map<String, JsonNode> queryParameters(String path, String method) {
        Map<String, JsonNode> parameters = new TreeMap<>();
        for (JsonNode parameter : contract.at("/paths/" + path.replace("/", "~1") + "/" + method + "/parameters")) {
            if (parameter.get("in").asText().equals("query")) {
                parameters.put(parameter.get("name").asText(), parameter.get("schema"));
            }
        }
        return parameters;
    }

    @Test
    void theLedgerListDeclaresEveryParameterWithItsType() {
        Map<String, JsonNode> parameters = queryParameters(LEDGER, "get");
        assertEquals(List.of("applicantType", "channel", "concludedFrom", "concludedTo", "concludedYear", "dueBefore",
                "outcome", "overdue", "page", "q", "receivedFrom", "receivedTo", "receivedYear", "scope", "size", "sort",
                "status"), List.copyOf(parameters.keySet()));
        assertEquals("{\"type\":\"integer\",\"format\":\"int32\",\"maximum\":10737418,\"minimum\":0}",
                parameters.get("page").toString());
        assertEquals("{\"type\":\"integer\",\"format\":\"int32\",\"maximum\":200,\"minimum\":1}",
                parameters.get("size").toString());
        assertEquals("{\"type\":\"integer\",\"format\":\"int32\",\"maximum\":9999,\"minimum\":1900}",
                parameters.get("receivedYear").toString());
        assertEquals("#/components/schemas/Outcome", parameters.get("outcome").get("$ref").asText());
        assertEquals("#/components/schemas/ApplicantType", parameters.get("applicantType").get("$ref").asText());
        assertEquals("#/components/schemas/Channel", parameters.get("channel").get("$ref").asText());
        assertEquals("#/components/schemas/ApplicationStatus", parameters.get("status").get("$ref").asText());
        assertEquals("#/components/schemas/Scope", parameters.get("scope").get("$ref").asText());
        assertEquals("#/components/schemas/LocalDate", parameters.get("receivedFrom").get("$ref").asText());
        assertEquals("boolean", parameters.get("overdue").get("type").asText());
        assertEquals("[\"receivedDate\",\"-receivedDate\",\"dueDate\",\"-dueDate\",\"concludedDate\","
                + "\"-concludedDate\",\"trackingNumber\",\"-trackingNumber\"]", parameters.get("sort").get("enum").toString());
        assertEquals("#/components/schemas/Scope", queryParameters("/api/v1/agencies/{code}/statistics/{year}", "get")
                .get("scope").get("$ref").asText());
        assertEquals("#/components/schemas/Scope", queryParameters("/api/v1/agencies/{code}/work-queue", "get")
                .get("scope").get("$ref").asText());
    }

    @Test
    void noQueryParameterIsAnUntypedStringUnlessItIsFreeText() {
        List<String> untyped = new ArrayList<>();
        contract.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
            for (JsonNode parameter : operation.getValue().path("parameters")) {
                JsonNode schema = parameter.get("schema");
                boolean plainString = schema.path("type").asText().equals("string") && !schema.has("enum")
                        && !schema.has("format");
                String name = parameter.get("name").asText();
                if (parameter.get("in").asText().equals("query") && plainString && !FREE_TEXT.contains(name)) {
                    untyped.add(operation.getKey() + " " + path.getKey() + " " + name);
                }
            }
        }));
        assertEquals(List.of(), untyped);
    }

    @Test
    void badValuesAre400NamingTheParameterAndWhatItTakes() {
        String agency = TestData.agency();
        problem(api().queryParam("page", "two").get(LEDGER, agency).then(), 400)
                .body("errors.field", contains("page"))
                .body("errors.message", contains("must be a whole number from 0 to 10737418"));
        problem(api().queryParam("size", "201").get(LEDGER, agency).then(), 400)
                .body("errors.field", contains("size"))
                .body("errors.message", contains("must be a whole number from 1 to 200"));
        problem(api().queryParam("overdue", "yes").get(LEDGER, agency).then(), 400)
                .body("errors.field", contains("overdue"))
                .body("errors.message", contains("must be true or false"));
        problem(api().queryParam("outcome", "GRANTD").get(LEDGER, agency).then(), 400)
                .body("errors.field", contains("outcome"));
        problem(api().queryParam("sort", "subject").get(LEDGER, agency).then(), 400)
                .body("errors.field", contains("sort"))
                .body("errors.message", contains("must be one of receivedDate, -receivedDate, dueDate, -dueDate, "
                        + "concludedDate, -concludedDate, trackingNumber, -trackingNumber"));
        problem(api().queryParam("updatedSince", "yesterday").get("/api/v1/statistics/2021").then(), 400)
                .body("errors.field", contains("updatedSince"));
    }

    @Test
    void scopeIsParsedTheSameWayEverywhere() {
        String agency = TestData.agency();
        for (String path : List.of(LEDGER, "/api/v1/agencies/{code}/work-queue",
                "/api/v1/agencies/{code}/statistics/2021")) {
            problem(api().queryParam("scope", "everything").get(path, agency).then(), 400)
                    .body("errors.field", contains("scope"))
                    .body("errors.message", contains(SCOPES));
            api().queryParam("scope", "subtree").get(path, agency).then().statusCode(200);
            api().queryParam("scope", "SUBTREE").get(path, agency).then().statusCode(200);
        }
        problem(api().queryParam("scope", "everything").contentType("text/plain").body("x")
                .post("/api/v1/agencies/{code}/report-imports", agency).then(), 400)
                .body("errors.field", contains("scope"))
                .body("errors.message", contains(SCOPES));
    }

    @Test
    void unknownParametersAreRefusedNamingTheOnesTaken() {
        String agency = TestData.agency();
        problem(api().queryParam("sortBy", "receivedDate").queryParam("receivedYear", 2020).get(LEDGER, agency).then(),
                400)
                .body("errors.field", contains("sortBy"))
                .body("errors.message", contains("is not a parameter of this operation, which takes applicantType, "
                        + "channel, concludedFrom, concludedTo, concludedYear, dueBefore, outcome, overdue, page, q, "
                        + "receivedFrom, receivedTo, receivedYear, scope, size, sort, status"));
        problem(given().queryParam("parentCode", agency).get("/api/v1/agencies").then(), 400)
                .body("errors.field", contains("parentCode"))
                .body("errors.message", contains("is not a parameter of this operation, which takes page, parent, size"));
        problem(api().queryParam("overdue", "true").get("/api/v1/agencies/{code}", agency).then(), 400)
                .body("errors.field", contains("overdue"))
                .body("errors.message", contains("is not a parameter of this operation, which takes no query "
                        + "parameters"));
        problem(api().queryParam("b", "1").queryParam("a", "2").get("/api/v1/agencies/{code}/work-queue", agency).then(),
                400)
                .body("errors.field", contains("a", "b"));
    }

    @Test
    void everyDateQueryParameterTakesADateAndNoDateTime() {
        String agency = TestData.agency();
        List<String> checked = new ArrayList<>();
        contract.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
            for (JsonNode parameter : operation.getValue().path("parameters")) {
                if (!parameter.get("in").asText().equals("query") || !Schemas.isDate(contract, parameter.get("schema"))) {
                    continue;
                }
                String name = parameter.get("name").asText();
                String url = path.getKey().replace("{code}", agency).replace("{year}", "2021");
                for (String dateTime : DateFieldsTest.DATE_TIMES) {
                    problem(api().queryParam(name, dateTime).request(operation.getKey().toUpperCase(), url).then(), 400)
                            .body("errors.field", contains(name))
                            .body("errors.message", contains(Dates.EXPECTED));
                }
                api().queryParam(name, "2026-11-20").request(operation.getKey().toUpperCase(), url).then()
                        .statusCode(200);
                checked.add(name);
            }
        }));
        assertEquals(List.of("dueBefore", "receivedFrom", "receivedTo", "concludedFrom", "concludedTo").stream()
                .sorted().toList(), checked.stream().sorted().toList());
    }

    @Test
    void dateQueryParametersAreExact() {
        String agency = TestData.agency();
        for (String bad : List.of("2026-02-30", "2026-1-5", "20261120", "+2026-11-20")) {
            problem(api().queryParam("receivedFrom", bad).get(LEDGER, agency).then(), 400)
                    .body("errors.field", contains("receivedFrom"))
                    .body("errors.message", contains(Dates.EXPECTED));
        }
        api().queryParam("receivedFrom", "2026-11-20").get(LEDGER, agency).then().statusCode(200)
                .body("totalItems", equalTo(0));
    }
}
