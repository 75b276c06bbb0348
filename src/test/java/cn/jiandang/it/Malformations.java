package cn.jiandang.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Malformed variants of a well-formed request body, one field at a time, from the field's schema: wrong JSON types,
 * nulls where required, text too long or with NUL and control characters, XSS and SQL-ish strings where the field is
 * a code, an id or a date, out-of-range and fractional numbers, dates as numbers or impossible days, unknown enum
 * values, nulls and wrong elements in lists. Every variant is invalid, so none may be saved.
 */
final class Malformations {

    record Variant(String field, String what, String json) {}

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final String XSS = "<script>alert(1)</script>";
    private static final String SQL = "1' OR '1'='1'; DROP TABLE household; --";

    private Malformations() {}

    static List<Variant> of(JsonNode doc, JsonNode schema, ObjectNode valid) {
        List<Variant> out = new ArrayList<>();
        walk(doc, schema, valid, valid, "", out);
        return out;
    }

    private static void walk(
            JsonNode doc, JsonNode schema, ObjectNode root, ObjectNode node, String prefix, List<Variant> out) {
        JsonNode s = ApiOperations.resolve(doc, schema);
        List<String> required = new ArrayList<>();
        s.path("required").forEach(r -> required.add(r.asText()));
        for (Iterator<Map.Entry<String, JsonNode>> it = s.path("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> p = it.next();
            String name = p.getKey();
            String path = prefix + name;
            JsonNode ps = ApiOperations.resolve(doc, p.getValue());
            boolean present = node.has(name);
            for (Map.Entry<String, JsonNode> bad :
                    badValues(ps, required.contains(name), present).entrySet()) {
                JsonNode saved = node.get(name);
                node.set(name, bad.getValue());
                out.add(new Variant(path, bad.getKey(), root.toString()));
                if (saved == null) {
                    node.remove(name);
                } else {
                    node.set(name, saved);
                }
            }
            JsonNode value = node.get(name);
            if (value instanceof ObjectNode child) {
                walk(doc, ps, root, child, path + ".", out);
            } else if (value instanceof ArrayNode array
                    && !array.isEmpty()
                    && array.get(0) instanceof ObjectNode child) {
                walk(doc, ps.get("items"), root, child, path + "[0].", out);
            }
        }
    }

    /** Invalid values for a field of this schema; an absent optional field gets only the type errors. */
    private static Map<String, JsonNode> badValues(JsonNode s, boolean required, boolean present) {
        Map<String, JsonNode> bad = new LinkedHashMap<>();
        String type = s.has("enum") ? "enum" : s.path("type").asText("object");
        boolean code = s.has("enum") || s.has("pattern") || s.has("format");
        if (required) {
            bad.put("null", F.nullNode());
        }
        switch (type) {
            case "enum" -> {
                bad.put("unknown value", F.textNode("BOGUS"));
                bad.put("lower case", F.textNode(s.get("enum").get(0).asText().toLowerCase()));
                bad.put("padded", F.textNode(s.get("enum").get(0).asText() + " "));
                bad.put("ordinal", F.numberNode(1));
                bad.put("XSS", F.textNode(XSS));
                bad.put("SQL", F.textNode(SQL));
                bad.put("object", F.objectNode());
            }
            case "string" -> {
                bad.put("number", F.numberNode(20270101));
                bad.put("object", F.objectNode());
                bad.put("array", F.arrayNode().add("x"));
                bad.put("NUL", F.textNode("a\u0000b"));
                bad.put("control character", F.textNode("a\u0007b"));
                if (present || required) {
                    bad.put("100 000 characters", F.textNode("长".repeat(100_000)));
                }
                if (code) {
                    bad.put("XSS", F.textNode(XSS));
                    bad.put("SQL", F.textNode(SQL));
                    bad.put("impossible date", F.textNode("2027-02-30"));
                    bad.put("other date format", F.textNode("01/02/2027"));
                }
            }
            case "integer" -> {
                bad.put("fraction", F.numberNode(1.5));
                bad.put("string digits", F.textNode("1"));
                bad.put("Arabic-Indic digit", F.textNode("١"));
                bad.put("beyond 64 bits", F.numberNode(new BigInteger("92233720368547758080")));
                bad.put("boolean", F.booleanNode(true));
                bad.put("XSS", F.textNode(XSS));
                bad.put("SQL", F.textNode(SQL));
            }
            case "array" -> {
                bad.put("null element", F.arrayNode().addNull());
                bad.put("not a list", F.textNode("EPIDEMIC"));
                bad.put("wrong element", F.arrayNode().add(42));
                bad.put("object", F.objectNode());
                if (s.path("items").has("enum")) {
                    bad.put("unknown element", F.arrayNode().add("BOGUS"));
                }
            }
            case "number" -> { // money: not negative, at most two decimals, within the column
                bad.put("negative", F.numberNode(new BigDecimal("-1")));
                bad.put("three decimals", F.numberNode(new BigDecimal("1.005")));
                bad.put("beyond the column", F.numberNode(new BigDecimal("1E+20")));
                bad.put("string digits", F.textNode("5"));
                bad.put("boolean", F.booleanNode(true));
                bad.put("XSS", F.textNode(XSS));
                bad.put("object", F.objectNode());
            }
            case "boolean" -> {
                bad.put("string", F.textNode("true"));
                bad.put("number", F.numberNode(1));
            }
            default -> {
                bad.put("string", F.textNode(XSS));
                bad.put("array", F.arrayNode());
                bad.put("number", F.numberNode(5));
            }
        }
        return bad;
    }

    /** Variants of the whole request: broken syntax, wrong shapes, duplicates, unknown fields, bad encodings. */
    static List<Variant> wholeBody(ObjectNode valid) {
        String json = valid.toString();
        ObjectNode unknown = valid.deepCopy().put("unknownField", 1);
        return List.of(
                new Variant("body", "empty", ""),
                new Variant("body", "truncated", json.substring(0, json.length() / 2)),
                new Variant("body", "array instead of object", "[" + json + "]"),
                new Variant("body", "string instead of object", "\"" + XSS + "\""),
                new Variant("body", "trailing garbage", json + "}"),
                new Variant("unknownField", "unknown property", unknown.toString()),
                new Variant("body", "comments", "/* x */" + json),
                new Variant("body", "single quotes", json.replace('"', '\'')),
                new Variant("body", "NaN", json.substring(0, json.length() - 1) + ",\"x\":NaN}"),
                new Variant("body", "deep nesting", "[".repeat(3000) + "]".repeat(3000)));
    }
}
