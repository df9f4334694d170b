package cn.govdisclosure.probe;

import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Reads the schemas of an OpenAPI document: resolves {@code $ref}s and builds a valid-looking value of a schema. */
final class Schemas {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final int MAX_DEPTH = 5;

    private final JsonNode document;

    Schemas(JsonNode document) {
        this.document = document;
    }

    /** The node a {@code $ref} points to (followed repeatedly), or the node itself. */
    JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; hops < 10 && current.has("$ref"); hops++) {
            String[] steps = current.get("$ref").asText().replaceFirst("^#/", "").split("/");
            JsonNode target = document;
            for (String step : steps) {
                target = target.path(step);
            }
            current = target;
        }
        return current;
    }

    /** The first non-null type of a schema ({@code type} may be a list in OpenAPI 3.1); "object" when unsaid. */
    String type(JsonNode schema) {
        JsonNode resolved = resolve(schema);
        JsonNode type = resolved.path("type");
        if (type.isArray()) {
            for (JsonNode option : type) {
                if (!"null".equals(option.asText())) {
                    return option.asText();
                }
            }
        }
        if (type.isTextual()) {
            return type.asText();
        }
        for (String composite : new String[] {"allOf", "oneOf", "anyOf"}) {
            if (resolved.path(composite).isArray() && !resolved.path(composite).isEmpty()) {
                return type(resolved.path(composite).get(0));
            }
        }
        return resolved.has("properties") ? "object" : "string";
    }

    /** A value that satisfies the schema as far as its type, enum, format and minimum say. */
    JsonNode example(JsonNode schema) {
        return example(schema, 0);
    }

    private JsonNode example(JsonNode schema, int depth) {
        JsonNode resolved = composite(resolve(schema));
        if (resolved.path("enum").isArray() && !resolved.path("enum").isEmpty()) {
            return resolved.path("enum").get(0);
        }
        return switch (type(resolved)) {
            case "integer" -> JSON.numberNode(Math.max(1, resolved.path("minimum").asLong(1)));
            case "number" -> JSON.numberNode(1);
            case "boolean" -> JSON.booleanNode(true);
            case "array" -> {
                ArrayNode array = JSON.arrayNode();
                if (depth < MAX_DEPTH) {
                    array.add(example(resolved.path("items"), depth + 1));
                }
                yield array;
            }
            case "object" -> {
                ObjectNode object = JSON.objectNode();
                if (depth < MAX_DEPTH) {
                    for (Iterator<Map.Entry<String, JsonNode>> fields = resolved.path("properties").fields();
                            fields.hasNext();) {
                        Map.Entry<String, JsonNode> field = fields.next();
                        if (!field.getValue().path("readOnly").asBoolean()) {
                            object.set(field.getKey(), example(field.getValue(), depth + 1));
                        }
                    }
                }
                yield object;
            }
            default -> JSON.textNode(switch (resolved.path("format").asText()) {
                case "date" -> "2020-03-02";
                case "date-time" -> "2020-03-02T10:00:00Z";
                case "email" -> "probe@example.cn";
                default -> "probe";
            });
        };
    }

    /** The first member of an allOf/oneOf/anyOf schema, or the schema itself. */
    private JsonNode composite(JsonNode schema) {
        for (String composite : new String[] {"allOf", "oneOf", "anyOf"}) {
            if (schema.path(composite).isArray() && !schema.path(composite).isEmpty() && !schema.has("properties")) {
                return composite(resolve(schema.path(composite).get(0)));
            }
        }
        return schema;
    }
}
