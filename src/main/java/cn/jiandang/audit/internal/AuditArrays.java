package cn.jiandang.audit.internal;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Many audit rows as one statement on PostgreSQL: {@code insert … select … from unnest(…)} of one array per column, on
 * the caller's transaction. A file import appends an entry per household; as a JDBC batch that was one statement per
 * entry on the server. The rows and what they keep are those of {@link AuditStore}'s batch (every text column through
 * the tokeniser); H2 keeps the batch.
 */
@Component
class AuditArrays {

    private static final String INSERT = """
            insert into audit_entry (occurred_at, actor, action, entity_type, entity_id, household_id, region_code,
                                     before_state, after_state, task_id, request_id, detail)
            select * from unnest(?::timestamp[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::bigint[],
                                 ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[])
            """;
    private static final String[] TYPES = {
        "timestamp",
        "varchar",
        "varchar",
        "varchar",
        "varchar",
        "bigint",
        "varchar",
        "varchar",
        "varchar",
        "varchar",
        "varchar",
        "varchar"
    };

    private final JdbcTemplate jdbc;
    private volatile Boolean postgres;

    AuditArrays(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the database is PostgreSQL (asked once). */
    boolean available() {
        Boolean known = postgres;
        if (known == null) {
            known = jdbc.execute(
                    (Connection c) -> c.getMetaData().getDatabaseProductName().equals("PostgreSQL"));
            postgres = known;
        }
        return known;
    }

    /**
     * Inserts the rows with their texts passed through {@code scrub} (once per distinct text: an import's entries share
     * their detail) and cut as {@link AuditStore} cuts them.
     */
    void insert(List<AuditRow> rows, UnaryOperator<String> scrub, int maxState) {
        int n = rows.size();
        Object[][] c = new Object[12][n];
        Map<String, String> scrubbed = new HashMap<>();
        UnaryOperator<String> once = t -> t == null ? null : scrubbed.computeIfAbsent(t, scrub);
        for (int i = 0; i < n; i++) {
            AuditRow row = rows.get(i);
            c[0][i] = Timestamp.from(row.occurredAt()).toString();
            c[1][i] = AuditStore.cut(row.actor(), 100);
            c[2][i] = row.action();
            c[3][i] = AuditStore.cut(row.entityType(), 100);
            c[4][i] = AuditStore.cut(once.apply(row.entityId()), 100);
            c[5][i] = row.householdId();
            c[6][i] = row.regionCode();
            c[7][i] = AuditStore.cut(once.apply(row.before()), maxState);
            c[8][i] = AuditStore.cut(once.apply(row.after()), maxState);
            c[9][i] = AuditStore.cut(row.taskId(), 64);
            c[10][i] = AuditStore.cut(row.requestId(), 64);
            c[11][i] = AuditStore.cut(once.apply(row.detail()), 500);
        }
        Connection connection = DataSourceUtils.getConnection(jdbc.getDataSource());
        try (PreparedStatement ps = connection.prepareStatement(INSERT)) {
            Array[] arrays = new Array[c.length];
            for (int k = 0; k < c.length; k++) {
                arrays[k] = connection.createArrayOf(TYPES[k], typed(k, c[k]));
                ps.setArray(k + 1, arrays[k]);
            }
            ps.executeUpdate();
            for (Array a : arrays) {
                a.free();
            }
        } catch (SQLException e) {
            throw jdbc.getExceptionTranslator().translate("audit unnest insert", INSERT, e);
        } finally {
            DataSourceUtils.releaseConnection(connection, jdbc.getDataSource());
        }
    }

    /** The household column as numbers, every other as texts that the statement's casts parse. */
    private static Object[] typed(int column, Object[] values) {
        Object[] out = column == 5 ? new Long[values.length] : new String[values.length];
        System.arraycopy(values, 0, out, 0, values.length);
        return out;
    }
}
