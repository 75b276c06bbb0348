package cn.jiandang.bench.measure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import javax.sql.DataSource;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The plan shapes of the SELECTs a user action sent, with the parameters it bound: EXPLAIN (FORMAT JSON) on the
 * same database. Two shapes fail the run (issue 14): a sequential scan of ACT_RU_VARIABLE (a task list that reads
 * every open task's variables), and a primary-key walk for a region page (an index scan of a *_pkey in key order
 * that filters by region code or village code instead of finding the range with an index). Sequential scans of
 * other large tables are reported as findings, not failures.
 */
public final class PlanCheck {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One plan node worth naming. */
    public record Finding(boolean fatal, String what, String sql) {
        @Override
        public String toString() {
            return (fatal ? "FAIL " : "note ") + what + " in: " + abbreviate(sql);
        }
    }

    private PlanCheck() {}

    public static List<Finding> check(DataSource raw, List<Capture.Executed> executed, long largeRows)
            throws SQLException {
        Map<String, Capture.Executed> distinct = new LinkedHashMap<>();
        for (Capture.Executed e : executed) {
            String sql = e.sql().strip().toLowerCase(Locale.ROOT);
            if (sql.startsWith("select") || sql.startsWith("with")) {
                distinct.putIfAbsent(e.sql(), e);
            }
        }
        List<Finding> findings = new ArrayList<>();
        try (Connection c = raw.getConnection()) {
            Map<String, Double> tableRows = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "select relname, reltuples from pg_class where relkind = 'r' and reltuples >= ?")) {
                ps.setDouble(1, largeRows);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        tableRows.put(rs.getString(1), rs.getDouble(2));
                    }
                }
            }
            for (Capture.Executed e : distinct.values()) {
                JsonNode plan = explain(c, e);
                if (plan != null) {
                    walk(plan.path(0).path("Plan"), e.sql(), tableRows, findings);
                }
            }
        }
        return findings.stream().distinct().toList();
    }

    private static JsonNode explain(Connection c, Capture.Executed e) {
        try (PreparedStatement ps = c.prepareStatement("explain (format json) " + e.sql())) {
            for (Object[] setter : e.setters()) {
                Method m = PreparedStatement.class.getMethod((String) setter[0], (Class<?>[]) setter[1]);
                m.invoke(ps, (Object[]) setter[2]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? JSON.readTree(rs.getString(1)) : null;
            }
        } catch (Exception ex) {
            return null;
        }
    }

    private static void walk(JsonNode node, String sql, Map<String, Double> large, List<Finding> out) {
        if (node == null || node.isMissingNode()) {
            return;
        }
        String type = node.path("Node Type").asText();
        String relation = node.path("Relation Name").asText("").toLowerCase(Locale.ROOT);
        String index = node.path("Index Name").asText("").toLowerCase(Locale.ROOT);
        String filter = node.path("Filter").asText("").toLowerCase(Locale.ROOT);
        String cond = node.path("Index Cond").asText("");
        if (type.equals("Seq Scan") && relation.equals("act_ru_variable")) {
            out.add(new Finding(true, "sequential scan on ACT_RU_VARIABLE", sql));
        } else if (type.equals("Seq Scan") && large.containsKey(relation)) {
            out.add(new Finding(false, "sequential scan on " + relation, sql));
        }
        if ((type.equals("Index Scan") || type.equals("Index Only Scan"))
                && index.endsWith("_pkey")
                && cond.isEmpty()
                && (filter.contains("village_code") || filter.contains("region_code") || filter.contains("text_"))) {
            out.add(new Finding(true, "primary-key walk (" + index + ", filtered by region) for a region page", sql));
        }
        for (JsonNode child : node.path("Plans")) {
            walk(child, sql, large, out);
        }
    }

    public static String abbreviate(String sql) {
        String s = sql.replaceAll("\\s+", " ").strip();
        return s.length() > 160 ? s.substring(0, 157) + "..." : s;
    }
}
