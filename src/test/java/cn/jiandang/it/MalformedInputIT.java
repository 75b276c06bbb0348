package cn.jiandang.it;

import cn.jiandang.attachment.AttachmentService;
import cn.jiandang.common.BusinessException;
import cn.jiandang.household.HouseholdService;
import cn.jiandang.region.RegionCode;
import cn.jiandang.security.TestLogins;
import cn.jiandang.security.TestPeople;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * S4, bad input: malformed requests generated from the OpenAPI document for every write operation (each field of its
 * body spoiled in every way its schema allows, and the whole body broken), integer path and query parameters spoiled
 * for every operation, bodies that are no UTF-8 or no JSON, the new-household form filled with the same poison, and
 * forged files for the upload every form uses. Each answer is a 4xx naming the field (or the form's Chinese message on
 * it), never a 5xx, and a snapshot of every table before and after shows nothing written. Prints one summary line.
 */
@PostgresAppTest
class MalformedInputIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String VILLAGE1 = "130125100201";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    HouseholdService households;

    @Autowired
    AttachmentService attachments;

    @Autowired
    ApplicationContext ctx;

    final List<String> findings = new ArrayList<>();
    int tries;

    @Test
    void everyMalformedRequestIsA4xxNamingTheFieldAndNothingIsWritten() throws Exception {
        long start = System.nanoTime();
        TestLogins.login("village1");
        long householdId = households.register(TestPeople.household(RegionCode.of(VILLAGE1), "坏输入户"));
        long memberId = households.details(householdId).members().get(0).memberId();
        TestLogins.logout();
        // path variables of the write endpoints: the household, its member, a year it may have incomes for
        Map<String, String> pathValues =
                Map.of("id", String.valueOf(householdId), "memberId", String.valueOf(memberId), "year", "2020");
        HttpTries http = new HttpTries(port);
        String docJson = http.basic(null, "GET", "/v3/api-docs", null).body();
        JsonNode doc = JSON.readTree(docJson);
        // who may call each operation, asked before the snapshot (an empty PATCH is a valid edit and is saved)
        Map<String, String> users = new HashMap<>();
        for (ApiOperations.Operation op : ApiOperations.of(docJson)) {
            if (op.body() != null) {
                users.put(op.toString(), userFor(http, op, path(op, pathValues)));
            }
        }
        Map<String, Long> before = DatabaseSnapshot.take(jdbc);

        for (ApiOperations.Operation op : ApiOperations.of(docJson)) {
            parameters(http, op, householdId);
            if (op.body() == null) {
                continue;
            }
            Map<String, Object> values = Map.of(
                    "householdId",
                    householdId,
                    "description",
                    "S4 坏输入",
                    "villageCode",
                    VILLAGE1,
                    "contactPhone",
                    "13712345678",
                    "idNumber",
                    TestPeople.idNumber(),
                    "name",
                    "张三");
            ObjectNode byId = ApiOperations.body(op, values);
            List<Malformations.Variant> variants = new ArrayList<>(Malformations.of(doc, op.body(), byId));
            variants.addAll(Malformations.wholeBody(byId));
            if (op.body().path("properties").has("household")) { // the other form of the body: a new household
                ObjectNode byHousehold = byId.deepCopy();
                byHousehold.remove("householdId");
                byHousehold.set(
                        "household",
                        ApiOperations.body(
                                new ApiOperations.Operation(
                                        op.method(),
                                        op.path(),
                                        List.of(),
                                        ApiOperations.resolve(doc, op.body())
                                                .path("properties")
                                                .path("household"),
                                        false,
                                        doc),
                                values));
                ((ObjectNode) byHousehold.get("household"))
                        .set(
                                "members",
                                JSON.createArrayNode()
                                        .add(JSON.createObjectNode()
                                                .put("name", "张三")
                                                .put("idNumber", TestPeople.idNumber())
                                                .put("relation", "HEAD")));
                variants.addAll(Malformations.of(doc, op.body(), byHousehold));
            }
            String path = path(op, pathValues);
            String user = users.get(op.toString());
            for (Malformations.Variant v : variants) {
                check(
                        op + " " + v.field() + " (" + v.what() + ")",
                        http.basic(user, op.method(), path, v.json(), overwrite(op)),
                        v.field());
            }
            encodings(http, user, op, path, byId);
        }
        int forms = new MalformedForms(ctx, jdbc, attachments).tryAll(findings);
        tries += forms;

        Map<String, Long> after = DatabaseSnapshot.take(jdbc);
        System.out.printf(
                "S4 bad input: %d malformed requests (%d REST, %d form inputs and files), %d findings, %d tables"
                        + " unchanged, %.0f s%n",
                tries, tries - forms, forms, findings.size(), before.size(), (System.nanoTime() - start) / 1e9);
        findings.forEach(f -> System.out.println("  " + f));
        assertThat(tries).isGreaterThanOrEqualTo(200);
        assertThat(findings).isEmpty();
        assertThat(DatabaseSnapshot.differences(before, after))
                .as("tables written by refused requests")
                .isEmpty();
    }

    /** The user who may call the operation: the village officer, else (the app gateway's intake) the centre. */
    private static String path(ApiOperations.Operation op, Map<String, String> pathValues) {
        return ApiOperations.uri(op, q -> q.in().equals("path") ? pathValues.getOrDefault(q.name(), "1") : null);
    }

    private static String userFor(HttpTries http, ApiOperations.Operation op, String path) {
        HttpTries.Answer probe = http.basic("village1", op.method(), path, "{}", overwrite(op));
        return probe.status() == 403 ? "centre" : "village1";
    }

    private void parameters(HttpTries http, ApiOperations.Operation op, long householdId) {
        for (ApiOperations.Parameter p : op.parameters()) {
            if (!"integer".equals(p.schema().path("type").asText())) {
                continue;
            }
            for (String bad : List.of("abc", "%D9%A1", "1.5", "99999999999999999999", "-0x1", "%20")) {
                String uri = ApiOperations.uri(
                        op, q -> q == p ? bad : q.in().equals("path") ? String.valueOf(householdId) : null);
                check(
                        op + " " + p.name() + "=" + bad,
                        http.basic("county1", op.method(), uri, op.body() == null ? null : "{}"),
                        p.name());
            }
        }
    }

    /**
     * An overwriting write says which version it is based on ({@code *}: whatever is current), so that the body's
     * problems, not the missing precondition (428), are what is answered.
     */
    private static Map<String, String> overwrite(ApiOperations.Operation op) {
        return op.method().equals("PUT") || op.method().equals("PATCH") ? Map.of("If-Match", "*") : Map.of();
    }

    private void encodings(HttpTries http, String user, ApiOperations.Operation op, String path, ObjectNode valid) {
        String json = valid.toString();
        byte[] latin1 = (json.substring(0, json.length() - 1) + ",\"x\":\"é\"}").getBytes(StandardCharsets.ISO_8859_1);
        byte[] broken = {'{', '"', 'd', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        for (byte[] body : List.of(latin1, broken)) {
            check(
                    op + " invalid UTF-8",
                    http.raw(HttpRequest.newBuilder(URI.create(http.base() + path))
                            .header("Authorization", basic(user))
                            .header("Content-Type", "application/json")
                            .method(op.method(), HttpRequest.BodyPublishers.ofByteArray(body))),
                    "body");
        }
        check(
                op + " form encoded",
                http.raw(HttpRequest.newBuilder(URI.create(http.base() + path))
                        .header("Authorization", basic(user))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .method(op.method(), HttpRequest.BodyPublishers.ofString("householdId=1"))),
                "body");
    }

    private void check(String what, HttpTries.Answer a, String field) {
        tries++;
        if (a.status() < 400 || a.status() >= 500) {
            findings.add(what + ": answered " + a.status() + " " + abbreviate(a.body()));
            return;
        }
        if (!a.contentType().startsWith("application/problem+json")) {
            findings.add(what + ": " + a.status() + " without problem details: " + abbreviate(a.body()));
            return;
        }
        try {
            JsonNode problem = JSON.readTree(a.body());
            boolean named = "body".equals(field)
                    ? problem.hasNonNull("detail")
                    : problem.path("errors").findValuesAsText("field").stream()
                            .anyMatch(f -> f.equals(field)
                                    || f.startsWith(field + ".")
                                    || f.startsWith(field + "[")
                                    || field.startsWith(f + ".")
                                    || field.startsWith(f + "["));
            if (!named) {
                findings.add(what + ": " + a.status() + " does not name " + field + ": " + abbreviate(a.body()));
            }
        } catch (Exception e) {
            findings.add(what + ": unreadable problem " + abbreviate(a.body()));
        }
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes());
    }

    private static String abbreviate(String s) {
        return s == null ? "" : s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }

    static void expectRefused(Runnable r, List<String> findings, String what) {
        try {
            r.run();
            findings.add(what + ": accepted");
        } catch (BusinessException e) {
            if (e.kind() != BusinessException.Kind.INVALID) {
                findings.add(what + ": " + e.kind() + " " + e.getMessage());
            }
        } catch (RuntimeException e) {
            findings.add(what + ": failed with " + e);
        }
    }
}
