package cn.govdisclosure.access;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import cn.govdisclosure.ReportSteps;
import cn.govdisclosure.TestData;

/**
 * Every operation of the contract has a deliberate access rule, and its {@code security} says it: an operation
 * that needs a token names the bearer scheme alone (and an anonymous call gets 401 with the bearer challenge),
 * a public one names none (and an anonymous call is answered), one that is public for published reports and
 * more for the agency's readers names both "none" and the bearer scheme (an anonymous call of an unpublished
 * report gets 401, of a published one its answer). Swagger UI and generated clients send the token by it.
 */
@QuarkusTest
class EndpointRulesTest {

    private static final JsonNode BEARER_ONLY = json("[{\"bearer\": []}]");
    private static final JsonNode PUBLISHED_OR_BEARER = json("[{}, {\"bearer\": []}]");

    private static final Set<String> PUBLIC = Set.of("GET /api/v1/agencies", "GET /api/v1/agencies/{code}",
            "GET /api/v1/codes", "GET /api/v1/formats", "GET /api/v1/formats/{format}", "GET /api/v1/ledger-imports/template");
    private static final Set<String> PUBLIC_WHEN_PUBLISHED = Set.of("GET /api/v1/reports/{id}",
            "GET /api/v1/reports/{id}.{extension}", "GET /api/v1/reports/{id}/sections/{number}",
            "GET /api/v1/reports/{id}/revisions", "GET /api/v1/reports/{id}/revisions/{revision}",
            "GET /api/v1/agencies/{code}/statistics/{year}");
    /** Answered without a token (the published part), and more with one: the list of an agency's reports. */
    private static final Set<String> OPEN_WITH_MORE_FOR_READERS = Set.of("GET /api/v1/agencies/{code}/reports");
    /** The report id is one that no test creates, so an anonymous call meets an unpublished (absent) report. */
    private static final Map<String, String> PATH_VALUES = Map.of("{code}", "350504", "{trackingNumber}", "S1",
            "{id}", "987654321", "{year}", "2021", "{number}", "1", "{revision}", "1", "{extension}", "html",
            "{table}", "applications", "{format}", "GB2021");

    @Test
    void eachOperationDeclaresTheAccessRuleItHas() throws IOException {
        String agency = TestData.agency();
        long published = ReportSteps.create(agency, 2021);
        ReportSteps.fillSection2(published);
        ReportSteps.publish(published, "2022-01-20");
        Map<String, String> publishedValues = new TreeMap<>(PATH_VALUES);
        publishedValues.put("{id}", Long.toString(published));
        publishedValues.put("{code}", agency);

        JsonNode paths = new YAMLMapper().readTree(Path.of("openapi.yaml").toFile()).get("paths");
        List<String> wrong = new ArrayList<>();
        Map<String, Integer> rules = new TreeMap<>();
        for (var path : (Iterable<Map.Entry<String, JsonNode>>) paths::fields) {
            for (var operation : (Iterable<Map.Entry<String, JsonNode>>) path.getValue()::fields) {
                String method = operation.getKey().toUpperCase();
                String key = method + " " + path.getKey();
                JsonNode security = operation.getValue().get("security");
                int anonymous = anonymousCall(method, path.getKey(), PATH_VALUES);
                if (PUBLIC.contains(key)) {
                    expect(wrong, key, security == null, "declares " + security + " but is public");
                    expect(wrong, key, anonymous != 401, "is public but answered 401");
                } else if (OPEN_WITH_MORE_FOR_READERS.contains(key)) {
                    expect(wrong, key, PUBLISHED_OR_BEARER.equals(security), "declares " + security);
                    int answered = anonymousCall(method, path.getKey(), publishedValues);
                    expect(wrong, key, answered == 200, "answered " + answered + " without a token");
                } else if (PUBLIC_WHEN_PUBLISHED.contains(key)) {
                    expect(wrong, key, PUBLISHED_OR_BEARER.equals(security), "declares " + security);
                    expect(wrong, key, anonymous == 401, "answered " + anonymous + " for an unpublished report");
                    int ofPublished = anonymousCall(method, path.getKey(), publishedValues);
                    expect(wrong, key, ofPublished == 200, "answered " + ofPublished + " for a published report");
                } else {
                    expect(wrong, key, BEARER_ONLY.equals(security), "declares " + security + " but needs a token");
                    expect(wrong, key, anonymous == 401, "answered " + anonymous + " without a token");
                }
                rules.merge(security == null ? "none" : security.toString(), 1, Integer::sum);
            }
        }
        assertEquals(List.of(), wrong);
        assertEquals(PUBLIC.size(), rules.get("none"));
        assertEquals(PUBLIC_WHEN_PUBLISHED.size() + OPEN_WITH_MORE_FOR_READERS.size(),
                rules.get(PUBLISHED_OR_BEARER.toString()));
        assertEquals(true, rules.get(BEARER_ONLY.toString()) >= 34, "only " + rules + " operations were found");
    }

    private static int anonymousCall(String method, String template, Map<String, String> values) {
        String url = template;
        for (var value : values.entrySet()) {
            url = url.replace(value.getKey(), value.getValue());
        }
        return given().contentType(ContentType.JSON).body("{}").request(method, url).then().extract().statusCode();
    }

    private static void expect(List<String> wrong, String key, boolean holds, String message) {
        if (!holds) {
            wrong.add(key + " " + message);
        }
    }

    private static JsonNode json(String text) {
        try {
            return new YAMLMapper().readTree(text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
