package cn.govdisclosure.probe;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/** One operation of the OpenAPI document: method, path template, parameters and the media types of its body. */
record ProbeOperation(String method, String path, List<Parameter> parameters, Map<String, JsonNode> bodies) {

    /** A path, query or header parameter with its (resolved) schema. */
    record Parameter(String name, String in, boolean required, JsonNode schema) {
    }

    boolean takesBody() {
        return !bodies.isEmpty();
    }

    List<Parameter> in(String location) {
        return parameters.stream().filter(parameter -> parameter.in().equals(location)).toList();
    }

    @Override
    public String toString() {
        return method + " " + path;
    }

    /** Every operation under {@code prefix}, sorted by path and method so that a seed always means the same run. */
    static List<ProbeOperation> of(JsonNode document, String prefix) {
        Schemas schemas = new Schemas(document);
        List<ProbeOperation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (!path.getKey().startsWith(prefix)) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext();) {
                Map.Entry<String, JsonNode> method = methods.next();
                if (!List.of("get", "post", "put", "patch", "delete").contains(method.getKey())) {
                    continue;
                }
                List<Parameter> parameters = new ArrayList<>();
                for (JsonNode parameter : method.getValue().path("parameters")) {
                    JsonNode resolved = schemas.resolve(parameter);
                    parameters.add(new Parameter(resolved.path("name").asText(), resolved.path("in").asText(),
                            resolved.path("required").asBoolean(), schemas.resolve(resolved.path("schema"))));
                }
                Map<String, JsonNode> bodies = new java.util.LinkedHashMap<>();
                for (Iterator<Map.Entry<String, JsonNode>> content = method.getValue().path("requestBody")
                        .path("content").fields(); content.hasNext();) {
                    Map.Entry<String, JsonNode> type = content.next();
                    bodies.put(type.getKey(), schemas.resolve(type.getValue().path("schema")));
                }
                operations.add(new ProbeOperation(method.getKey().toUpperCase(java.util.Locale.ROOT), path.getKey(),
                        parameters, bodies));
            }
        }
        operations.sort(java.util.Comparator.comparing(ProbeOperation::path).thenComparing(ProbeOperation::method));
        return operations;
    }
}
