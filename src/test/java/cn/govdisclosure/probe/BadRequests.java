package cn.govdisclosure.probe;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Builds bad requests for an operation: its valid path values (from the fixture), then exactly one thing spoiled —
 * a path, query or header parameter, one field of the JSON body (wrong type, huge, empty, control characters,
 * out-of-range numbers, unknown enum values, missing or unknown), the whole body (malformed JSON) or its content
 * type. The same {@link Random} seed always gives the same requests.
 */
final class BadRequests {

    /** A request to send, with what was spoiled in it. */
    record Probe(String method, String path, Map<String, String> query, Map<String, String> headers, byte[] body,
            String mutation) {

        String describe() {
            StringBuilder text = new StringBuilder(method).append(' ').append(shorten(path));
            query.forEach((name, value) -> text.append(" ?").append(name).append('=').append(shorten(value)));
            text.append(" headers=").append(headers.keySet()).append(" [").append(mutation).append(']');
            if (body != null) {
                String shown = new String(body, 0, Math.min(body.length, 160), StandardCharsets.UTF_8);
                text.append(" body(").append(body.length).append(" B)=").append(shown.replaceAll("\\p{Cntrl}", "·"));
            }
            return text.toString();
        }
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String HUGE = "永".repeat(70_000);
    /** Stands for a lone high surrogate escape, which a JSON writer refuses to write, until the body is written. */
    private static final String LONE_SURROGATE = "__lone_surrogate__";

    /** Strings for parameters: empty, blank, long, control characters, numbers out of every range, odd text. */
    static final List<String> BAD_PARAMETER_VALUES = List.of("", " ", "x".repeat(3000), "y".repeat(9000), "\u0000",
            "\u0007\u001b[31m", "\r\nX-Injected: 1", "-1", "0", "2147483648", "-9223372036854775809", "99999999999999999999999", "1.5",
            "1e400", "NaN", "abc", "NOT_A_VALUE", "true'--", "%", "%zz", "../../etc/passwd", "<script>", "\u202e",
            "\uFF11\uFF12", "2020-13-45", "9999999-01-01", "{}", "[]", "null", "\uD83D\uDE00");

    private static final List<JsonNode> BAD_FIELD_VALUES = List.of(JSON.nullNode(), JSON.textNode(""),
            JSON.textNode("   "), JSON.textNode(HUGE), JSON.textNode("\u0000\u0001\u001f\u007f"),
            JSON.textNode("a\r\nb\u2028c\u0085"), JSON.textNode("NOT_A_VALUE"), JSON.textNode("2020-02-30"),
            JSON.textNode("+999999999-01-01"), JSON.textNode(LONE_SURROGATE), JSON.numberNode(-1), JSON.numberNode(0),
            JSON.numberNode(2147483648L), JSON.numberNode(new java.math.BigInteger("99999999999999999999999999")),
            JSON.numberNode(new java.math.BigDecimal("1e400")), JSON.numberNode(1.5), JSON.numberNode(-1e308),
            JSON.booleanNode(true), JSON.arrayNode(), JSON.objectNode(), JSON.arrayNode().add(JSON.objectNode()),
            JSON.objectNode().put("unexpected", 1));

    /** Whole bodies that are not the JSON they claim to be. */
    private static final List<String> MALFORMED_BODIES = List.of("", "{", "}", "{\"a\":", "[1,2", "nul", "\u0000",
            "{\"a\":1}}", "{'a':1}", "{\"a\":1,}", "[]", "null", "\"text\"", "42", "{\"a\":01}", "{\"a\":NaN}",
            "{\"a\":\"\\uZZZZ\"}", "\uFEFF{}", "[".repeat(100_000), "{\"a\":" + "9".repeat(20_000) + "}",
            "{\"a\":1,\"a\":2}", "<xml/>", "a=1&b=2");

    /** Content types a JSON operation does not take, or takes in no sensible spelling. */
    private static final List<String> BAD_CONTENT_TYPES = List.of("text/plain", "application/xml",
            "application/x-www-form-urlencoded", "multipart/form-data", "multipart/form-data; boundary=x",
            "application/json; charset=ISO-2022-KR", "application/json; charset=nonsense", "garbage", "/",
            "application/octet-stream", "application/json;;;", "*/*", "text/csv");

    private static final List<String> BAD_HEADER_VALUES = List.of("", "garbage", "\"unterminated", "W/\"1\"",
            "*", "\"" + "9".repeat(5000) + "\"",
            "\"" + "8".repeat(20_000) + "\"", "\"-1\"", "\"1\", \"2\"", "\u00ff\u00fe");

    private static final List<String> BAD_ACCEPT = List.of("application/xml", "*/*;q=abc", "text/html;;",
            "application/problem+json", "image/png", "garbage", "text/*");

    private final java.util.function.BiFunction<String, String, String> pathValues;
    private final Schemas schemas;
    private final Random random;

    /**
     * @param pathValues the valid value of a path parameter, given the path template and the parameter's name (an
     *     agency the caller acts for, a report of it…)
     */
    BadRequests(JsonNode document, java.util.function.BiFunction<String, String, String> pathValues, Random random) {
        this.schemas = new Schemas(document);
        this.pathValues = pathValues;
        this.random = random;
    }

    /** One bad request for the operation. */
    Probe next(ProbeOperation operation) {
        Map<String, String> path = new LinkedHashMap<>();
        operation.in("path").forEach(parameter -> path.put(parameter.name(),
                pathValues.apply(operation.path(), parameter.name())));
        Map<String, String> query = new LinkedHashMap<>();
        Map<String, String> headers = new LinkedHashMap<>();
        byte[] body = null;
        String mediaType = operation.bodies().keySet().stream().findFirst().orElse(null);
        if (mediaType != null) {
            headers.put("Content-Type", mediaType);
            body = validBody(operation, mediaType);
        }
        String mutation;
        List<String> kinds = kinds(operation);
        switch (kinds.get(random.nextInt(kinds.size()))) {
            case "path" -> {
                ProbeOperation.Parameter parameter = pick(operation.in("path"));
                String value = pick(BAD_PARAMETER_VALUES);
                path.put(parameter.name(), value);
                mutation = "path " + parameter.name() + "=" + shorten(value);
            }
            case "query" -> {
                ProbeOperation.Parameter parameter = pick(operation.in("query"));
                String value = pick(BAD_PARAMETER_VALUES);
                query.put(parameter.name(), value);
                mutation = "query " + parameter.name() + "=" + shorten(value);
            }
            case "header" -> {
                List<ProbeOperation.Parameter> declared = operation.in("header");
                if (!declared.isEmpty() && random.nextBoolean()) {
                    ProbeOperation.Parameter parameter = pick(declared);
                    String value = pick(BAD_HEADER_VALUES);
                    headers.put(parameter.name(), value);
                    mutation = "header " + parameter.name() + "=" + shorten(value);
                } else {
                    String value = pick(BAD_ACCEPT);
                    headers.put("Accept", value);
                    mutation = "header Accept=" + value;
                }
            }
            case "field" -> {
                JsonNode spoiled = spoilField(parse(body));
                body = new String(write(spoiled.get("body")), StandardCharsets.UTF_8)
                        .replace("\"" + LONE_SURROGATE + "\"", "\"\\ud800\"").getBytes(StandardCharsets.UTF_8);
                mutation = "field " + spoiled.get("what").asText();
            }
            case "malformed" -> {
                String text = pick(MALFORMED_BODIES);
                body = text.getBytes(StandardCharsets.UTF_8);
                mutation = "malformed body " + shorten(text);
            }
            case "content-type" -> {
                String type = pick(BAD_CONTENT_TYPES);
                if (type.isEmpty()) {
                    headers.remove("Content-Type");
                } else {
                    headers.put("Content-Type", type);
                }
                mutation = "content type " + type;
            }
            default -> {
                byte[] bytes = new byte[random.nextInt(2048)];
                random.nextBytes(bytes);
                body = bytes;
                mutation = "random bytes as " + mediaType;
            }
        }
        String expanded = operation.path();
        for (Map.Entry<String, String> value : path.entrySet()) {
            expanded = expanded.replace("{" + value.getKey() + "}", Http.encodePathSegment(value.getValue()));
        }
        return new Probe(operation.method(), expanded, query, headers, body, mutation);
    }

    /** What can be spoiled in this operation, weighted: fields of JSON bodies most often. */
    private List<String> kinds(ProbeOperation operation) {
        List<String> kinds = new ArrayList<>();
        if (!operation.in("path").isEmpty()) {
            kinds.addAll(List.of("path", "path"));
        }
        if (!operation.in("query").isEmpty()) {
            kinds.addAll(List.of("query", "query", "query"));
        }
        kinds.add("header");
        if (operation.takesBody()) {
            String mediaType = operation.bodies().keySet().iterator().next();
            if (mediaType.contains("json")) {
                kinds.addAll(List.of("field", "field", "field", "field", "malformed", "content-type"));
            } else {
                kinds.addAll(List.of("bytes", "bytes", "content-type"));
            }
        }
        return kinds;
    }

    private byte[] validBody(ProbeOperation operation, String mediaType) {
        if (!mediaType.contains("json")) {
            return "probe".getBytes(StandardCharsets.UTF_8);
        }
        return write(schemas.example(operation.bodies().get(mediaType)));
    }

    /** The body with one field (at any depth) replaced, removed or added; {body, what}. */
    private JsonNode spoilField(JsonNode body) {
        List<String> pointers = new ArrayList<>();
        collect(body, "", pointers);
        String pointer = pointers.isEmpty() ? "" : pick(pointers);
        JsonNode value = pick(BAD_FIELD_VALUES);
        JsonNode copy = body.deepCopy();
        String what;
        int action = random.nextInt(10);
        if (pointer.isEmpty()) {
            copy = value;
            what = "body=" + shorten(value.toString());
        } else {
            String parentPointer = pointer.substring(0, pointer.lastIndexOf('/'));
            String last = pointer.substring(pointer.lastIndexOf('/') + 1);
            JsonNode parent = parentPointer.isEmpty() ? copy : copy.at(parentPointer);
            if (parent instanceof ObjectNode object && action == 0) {
                object.remove(last);
                what = pointer + " removed";
            } else if (parent instanceof ObjectNode object && action == 1) {
                object.set("unknown" + random.nextInt(100), value);
                what = parentPointer + "/unknown added";
            } else if (parent instanceof ObjectNode object) {
                object.set(last, value);
                what = pointer + "=" + shorten(value.toString());
            } else if (parent instanceof ArrayNode array) {
                array.set(Integer.parseInt(last), value);
                what = pointer + "=" + shorten(value.toString());
            } else {
                copy = value;
                what = "body=" + shorten(value.toString());
            }
        }
        return JSON.objectNode().<ObjectNode>set("body", copy).put("what", what);
    }

    private static void collect(JsonNode node, String pointer, List<String> pointers) {
        if (node.isObject()) {
            for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
                String name = names.next();
                String child = pointer + "/" + name;
                pointers.add(child);
                collect(node.get(name), child, pointers);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                pointers.add(pointer + "/" + i);
                collect(node.get(i), pointer + "/" + i, pointers);
            }
        }
    }

    private <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    private static String shorten(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…(" + text.length() + ")" : text;
    }

    private static JsonNode parse(byte[] body) {
        try {
            return MAPPER.readTree(body);
        } catch (java.io.IOException e) {
            return JSON.objectNode();
        }
    }

    private static byte[] write(JsonNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
