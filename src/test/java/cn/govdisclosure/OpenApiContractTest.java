package cn.govdisclosure;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The committed contract, openapi.yaml at the top of the project, is the schema the service serves:
 * the same document, key order aside.
 */
@QuarkusTest
class OpenApiContractTest {

    private static final YAMLMapper YAML = new YAMLMapper();

    @Test
    void committedContractEqualsServedSchema() throws IOException {
        JsonNode served = YAML.readTree(given().accept("application/yaml").get("/q/openapi").then().statusCode(200)
                .extract().asString());
        JsonNode committed = YAML.readTree(Path.of("openapi.yaml").toFile());

        List<String> differences = new ArrayList<>();
        compare("", committed, served, differences);
        assertEquals(List.of(), differences, "openapi.yaml differs from the served schema; refresh it with: "
                + "./mvnw -B package -DskipTests && cp target/openapi/openapi.yaml openapi.yaml");
    }

    /** Lists the paths at which two documents differ (at most a few dozen, enough to see what changed). */
    /** Every amount of money in the contract is a decimal string with its pattern, never a JSON number. */
    @Test
    void everyAmountIsADecimalString() throws IOException {
        JsonNode schemas = new YAMLMapper().readTree(Path.of("openapi.yaml").toFile()).get("components").get("schemas");
        List<String> amounts = new ArrayList<>();
        for (var schema : (Iterable<Map.Entry<String, JsonNode>>) schemas::fields) {
            JsonNode properties = schema.getValue().get("properties");
            if (properties == null) {
                continue;
            }
            for (var property : (Iterable<Map.Entry<String, JsonNode>>) properties::fields) {
                if (property.getKey().toLowerCase().endsWith("amount")) {
                    amounts.add(schema.getKey() + "." + property.getKey() + " " + property.getValue().get("type")
                            + " " + property.getValue().get("pattern"));
                }
            }
        }
        String decimal = "\"string\" \"^(0|[1-9][0-9]*)(\\\\.[0-9]{1,2})?$\"";
        assertEquals(List.of("ApplicationEvent.feeAmount " + decimal, "EventInput.feeAmount " + decimal), amounts);
    }

    private static void compare(String path, JsonNode expected, JsonNode actual, List<String> differences) {
        if (differences.size() > 40 || expected.equals(actual)) {
            return;
        }
        if (expected.isObject() && actual.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> field = it.next();
                JsonNode other = actual.get(field.getKey());
                if (other == null) {
                    differences.add(path + "/" + field.getKey() + " is only in openapi.yaml");
                } else {
                    compare(path + "/" + field.getKey(), field.getValue(), other, differences);
                }
            }
            actual.fieldNames().forEachRemaining(name -> {
                if (!expected.has(name)) {
                    differences.add(path + "/" + name + " is only in the served schema");
                }
            });
            return;
        }
        differences.add(path + ": openapi.yaml has " + abbreviate(expected) + ", the service serves " + abbreviate(actual));
    }

    private static String abbreviate(JsonNode node) {
        String text = node.toString();
        return text.length() > 120 ? text.substring(0, 117) + "..." : text;
    }
}
