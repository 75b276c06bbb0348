package cn.jiandang.bench.measure;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * pg_stat_statements of this database before and after a user action, the difference being the action's
 * statements as the server saw them (calls, time, rows). Needs the module in shared_preload_libraries and the
 * extension in schema bench_stats (.ci/bench sets both up); without them it says why and stays silent.
 */
public final class ServerStatements {

    /** One normalised statement's share of an action. */
    public record Row(String query, long calls, double ms, long rows) {}

    private final DataSource raw;
    private final String unavailable;

    public ServerStatements(DataSource raw) {
        this.raw = raw;
        this.unavailable = probe();
    }

    /** Null when usable, else why not. */
    public String unavailable() {
        return unavailable;
    }

    public Map<Long, Row> snapshot() {
        Map<Long, Row> rows = new HashMap<>();
        if (unavailable != null) {
            return rows;
        }
        try (Connection c = raw.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select queryid, calls, total_exec_time, rows, query"
                        + " from bench_stats.pg_stat_statements"
                        + " where dbid = (select oid from pg_database where datname = current_database())")) {
            while (rs.next()) {
                rows.put(rs.getLong(1), new Row(rs.getString(5), rs.getLong(2), rs.getDouble(3), rs.getLong(4)));
            }
        } catch (SQLException e) {
            // a reset by someone else between two snapshots only makes one action's figures smaller
        }
        return rows;
    }

    /** What happened between two snapshots, slowest first; the harness's own snapshot query excluded. */
    public static List<Row> diff(Map<Long, Row> before, Map<Long, Row> after) {
        List<Row> rows = new ArrayList<>();
        after.forEach((id, a) -> {
            Row b = before.get(id);
            long calls = a.calls() - (b == null ? 0 : b.calls());
            if (calls > 0 && !a.query().toLowerCase(Locale.ROOT).contains("pg_stat_statements")) {
                rows.add(new Row(
                        a.query(), calls, a.ms() - (b == null ? 0 : b.ms()), a.rows() - (b == null ? 0 : b.rows())));
            }
        });
        rows.sort(Comparator.comparingDouble(Row::ms).reversed());
        return rows;
    }

    private String probe() {
        try (Connection c = raw.getConnection();
                Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select count(*) from bench_stats.pg_stat_statements")) {
                rs.next();
            }
            return null;
        } catch (SQLException e) {
            // not in shared_preload_libraries, or no extension in schema bench_stats: .ci/bench sets up both
            return "pg_stat_statements not usable: " + e.getMessage();
        }
    }
}
