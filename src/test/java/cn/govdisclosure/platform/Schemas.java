package cn.govdisclosure.platform;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** Reading the schemas of the contract: where its dates are. */
final class Schemas {

    private Schemas() {
    }

    static JsonNode resolve(JsonNode contract, JsonNode schema) {
        JsonNode current = schema;
        while (current != null && current.has("$ref")) {
            current = contract.at(current.get("$ref").asText().substring(1));
        }
        return current;
    }

    static boolean isDate(JsonNode contract, JsonNode schema) {
        JsonNode resolved = resolve(contract, schema);
        return resolved != null && resolved.path("format").asText().equals("date");
    }

    /** The JSON paths of the date fields in a schema ({@code events[0].date} for an array's items). */
    static List<String> datePaths(JsonNode contract, JsonNode schema) {
        List<String> paths = new ArrayList<>();
        collect(contract, schema, "", paths, 0);
        return paths;
    }

    private static void collect(JsonNode contract, JsonNode schema, String prefix, List<String> paths, int depth) {
        JsonNode resolved = resolve(contract, schema);
        if (resolved == null || depth > 6) {
            return;
        }
        if (resolved.path("format").asText().equals("date") && !prefix.isEmpty()) {
            paths.add(prefix);
            return;
        }
        resolved.path("properties").fields().forEachRemaining(property -> collect(contract, property.getValue(),
                prefix.isEmpty() ? property.getKey() : prefix + "." + property.getKey(), paths, depth + 1));
        if (resolved.has("items")) {
            collect(contract, resolved.get("items"), prefix + "[0]", paths, depth + 1);
        }
        for (JsonNode part : resolved.path("allOf")) {
            collect(contract, part, prefix, paths, depth + 1);
        }
    }
}
