package cn.govdisclosure.platform;

import static cn.govdisclosure.TestData.api;
import static cn.govdisclosure.TestData.problem;
import static org.hamcrest.Matchers.contains;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import cn.govdisclosure.TestData;

/**
 * Every date field of every JSON request body takes a date and nothing else: the date-times a browser sends
 * (local midnight of 20 November in UTC+8 as UTC, or with its offset) are refused, never shifted to a day.
 */
@QuarkusTest
class DateFieldsTest {

    static final List<String> DATE_TIMES = List.of("2026-11-19T16:00:00.000Z", "2026-11-20T00:00:00+08:00",
            "2026-11-20T00:00:00");

    @Test
    void everyDateBodyFieldRefusesDateTimes() throws IOException {
        JsonNode contract = new YAMLMapper().readTree(Path.of("openapi.yaml").toFile());
        String agency = TestData.agency();
        Map<String, String> pathValues = Map.of("{code}", agency, "{trackingNumber}", "X-1", "{id}", "1",
                "{year}", "2021", "{number}", "1");
        List<String> checked = new ArrayList<>();
        contract.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
            JsonNode schema = operation.getValue().at("/requestBody/content/application~1json/schema");
            if (schema.isMissingNode()) {
                return;
            }
            String url = path.getKey();
            for (var value : pathValues.entrySet()) {
                url = url.replace(value.getKey(), value.getValue());
            }
            for (String field : Schemas.datePaths(contract, schema)) {
                for (String dateTime : DATE_TIMES) {
                    problem(api().contentType(ContentType.JSON).body(bodyWith(field, dateTime).toString())
                            .request(operation.getKey().toUpperCase(), url).then(), 400)
                            .body("errors.field", contains(field))
                            .body("errors.message", contains(Dates.EXPECTED));
                }
                checked.add(operation.getKey().toUpperCase() + " " + path.getKey() + " " + field);
            }
        }));
        // the list pins which fields were found, so that a field the walk missed shows here
        assertEquals(List.of("POST /api/v1/agencies/{code}/appeals concludedDate",
                "POST /api/v1/agencies/{code}/appeals filedDate",
                "POST /api/v1/agencies/{code}/applications concludedDate",
                "POST /api/v1/agencies/{code}/applications receivedDate",
                "POST /api/v1/agencies/{code}/applications/{trackingNumber}/events date",
                "POST /api/v1/agencies/{code}/applications/{trackingNumber}/events deadline",
                "POST /api/v1/reports/{id}/publish publishedDate",
                "POST /api/v1/reports/{id}/record-publication publishedDate",
                "PUT /api/v1/agencies/{code}/appeals/{id} concludedDate",
                "PUT /api/v1/agencies/{code}/appeals/{id} filedDate",
                "PUT /api/v1/agencies/{code}/applications/{trackingNumber} concludedDate",
                "PUT /api/v1/agencies/{code}/applications/{trackingNumber} receivedDate",
                "PUT /api/v1/calendar/{year} holidays[0].dates[0]",
                "PUT /api/v1/calendar/{year} makeupWorkdays[0].date",
                "PUT /api/v1/reports/{id}/front-matter issueDate"), checked.stream().sorted().toList());
    }

    /** A body holding only this field, nested as its path says ({@code a[0].b} → {"a": [{"b": …}]}). */
    static ObjectNode bodyWith(String path, String value) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        ObjectNode current = root;
        String[] parts = path.split("\\.");
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            boolean array = part.endsWith("[0]");
            String name = array ? part.substring(0, part.length() - 3) : part;
            if (i == parts.length - 1 && array) {
                current.putArray(name).add(value);
            } else if (i == parts.length - 1) {
                current.put(name, value);
            } else if (array) {
                current = current.putArray(name).addObject();
            } else {
                current = current.putObject(name);
            }
        }
        return root;
    }

    @Test
    void nestedBodiesAreBuiltAsTheirPathSays() {
        assertEquals("{\"days\":[{\"date\":\"x\"}]}", bodyWith("days[0].date", "x").toString());
        assertEquals("{\"a\":{\"b\":\"x\"}}", bodyWith("a.b", "x").toString());
        assertEquals("{\"a\":[{\"b\":[\"x\"]}]}", bodyWith("a[0].b[0]", "x").toString());
        assertEquals("{\"date\":\"x\"}", bodyWith("date", "x").toString());
    }
}
