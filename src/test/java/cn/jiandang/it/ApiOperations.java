package cn.jiandang.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The REST operations as the app's OpenAPI document lists them, and requests made from their description: path and
 * query parameters and a body built from the schema (required properties, ids from the fixtures, examples, enums).
 * A new endpoint is tried by the suites that use this without anyone listing it.
 */
final class ApiOperations {

    static final String REVEALS = "x-reveals-personal-numbers";
    private static final ObjectMapper JSON = new ObjectMapper();

    record Parameter(String name, String in, boolean required, JsonNode schema) {}

    record Operation(
            String method,
            String path,
            List<Parameter> parameters,
            JsonNode body,
            boolean revealsNumbers,
            JsonNode doc) {

        boolean writes() {
            return !method.equals("GET");
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private ApiOperations() {}

    /** Every operation under /api of the document. */
    static List<Operation> of(String openApiJson) throws Exception {
        JsonNode doc = JSON.readTree(openApiJson);
        List<Operation> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                List<Parameter> params = new ArrayList<>();
                for (JsonNode p : op.getValue().path("parameters")) {
                    params.add(new Parameter(
                            p.get("name").asText(),
                            p.get("in").asText(),
                            p.path("required").asBoolean(),
                            p.get("schema")));
                }
                JsonNode body = op.getValue()
                        .path("requestBody")
                        .path("content")
                        .path("application/json")
                        .path("schema");
                out.add(new Operation(
                        op.getKey().toUpperCase(),
                        path.getKey(),
                        params,
                        body.isMissingNode() ? null : resolve(doc, body),
                        op.getValue().path(REVEALS).asBoolean(false),
                        doc));
            }
        }
        return out;
    }

    /** The path with its parameters filled ({@code ids}: parameter name and path → value) and the query. */
    static String uri(Operation op, Function<Parameter, String> value) {
        String path = op.path();
        StringBuilder query = new StringBuilder();
        for (Parameter p : op.parameters()) {
            String v = value.apply(p);
            if (p.in().equals("path")) {
                path = path.replace("{" + p.name() + "}", v == null ? "0" : v);
            } else if (p.in().equals("query") && v != null) {
                query.append(query.isEmpty() ? "?" : "&")
                        .append(p.name())
                        .append('=')
                        .append(v);
            }
        }
        return path + query;
    }

    /**
     * A well-formed body: required properties, properties the fixtures name ({@code values} by property name), and
     * properties with an example; enums take the example or their first value, arrays one element.
     */
    static ObjectNode body(Operation op, Map<String, Object> values) {
        return (ObjectNode) value(op.doc(), op.body(), null, values, true);
    }

    static JsonNode resolve(JsonNode doc, JsonNode schema) {
        JsonNode s = schema;
        while (s.has("$ref")) {
            String[] ref = s.get("$ref").asText().substring(2).split("/");
            JsonNode target = doc;
            for (String part : ref) {
                target = target.get(part);
            }
            s = target;
        }
        return s;
    }

    private static JsonNode value(JsonNode doc, JsonNode schema, String name, Map<String, Object> values, boolean top) {
        JsonNode s = resolve(doc, schema);
        if (name != null && values.containsKey(name)) {
            return JSON.valueToTree(values.get(name));
        }
        if (s.has("example")) {
            return s.get("example");
        }
        if (s.has("enum")) {
            return s.get("enum").get(0);
        }
        String type = s.path("type").asText("object");
        switch (type) {
            case "object": {
                ObjectNode node = JsonNodeFactory.instance.objectNode();
                List<String> required = new ArrayList<>();
                s.path("required").forEach(r -> required.add(r.asText()));
                for (Iterator<Map.Entry<String, JsonNode>> it =
                                s.path("properties").fields();
                        it.hasNext(); ) {
                    Map.Entry<String, JsonNode> p = it.next();
                    JsonNode ps = resolve(doc, p.getValue());
                    if (required.contains(p.getKey())
                            || values.containsKey(p.getKey())
                            || ps.has("example")
                            || (top && ps.path("type").asText().equals("array"))) {
                        node.set(p.getKey(), value(doc, ps, p.getKey(), values, false));
                    }
                }
                return node;
            }
            case "array": {
                ArrayNode array = JsonNodeFactory.instance.arrayNode();
                array.add(value(doc, s.get("items"), null, values, false));
                return array;
            }
            case "integer":
                return JsonNodeFactory.instance.numberNode(1);
            case "number":
                return JsonNodeFactory.instance.numberNode(1.5);
            case "boolean":
                return JsonNodeFactory.instance.booleanNode(false);
            default:
                return JsonNodeFactory.instance.textNode(
                        "date".equals(s.path("format").asText())
                                ? LocalDate.now().plusDays(20).toString()
                                : "S1 测试");
        }
    }
}
