package cn.jiandang.it;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A fingerprint of every table of the schema (row count and an MD5 of all rows), to show that refused requests wrote
 * nothing, not even an update. Left out: the audit log (refusals are appended there by design) and the officer
 * directory (every login notes its officer) and the engine's own metrics.
 */
final class DatabaseSnapshot {

    private static final Set<String> APPENDED_BY_DESIGN =
            Set.of("audit_entry", "known_officer", "known_officer_group", "act_ru_meter_log", "act_ru_task_meter_log");

    private DatabaseSnapshot() {}

    static Map<String, Long> take(JdbcTemplate jdbc) {
        Map<String, Long> out = new TreeMap<>();
        for (String table : jdbc.queryForList(
                "select table_name from information_schema.tables where table_schema = current_schema()"
                        + " and table_type = 'BASE TABLE'",
                String.class)) {
            if (APPENDED_BY_DESIGN.contains(table)) {
                continue;
            }
            String hash = jdbc.queryForObject(
                    "select coalesce(md5(string_agg(t::text, '|' order by t::text)), '-') from " + table + " t",
                    String.class);
            out.put(table, Long.parseUnsignedLong(hash.equals("-") ? "0" : hash.substring(0, 15), 16));
        }
        return out;
    }

    static Map<String, String> differences(Map<String, Long> before, Map<String, Long> after) {
        Map<String, String> out = new TreeMap<>();
        after.forEach((table, hash) -> {
            if (!hash.equals(before.get(table))) {
                out.put(table, "changed");
            }
        });
        return out;
    }
}
