package cn.jiandang.audit.internal;

import cn.jiandang.common.UnnestRows;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Many audit rows as one statement on PostgreSQL: {@code insert … select … from unnest(…)} of one array per column, on
 * the caller's transaction. A file import appends an entry per household; as a JDBC batch that was one statement per
 * entry on the server. The rows and what they keep are those of {@link AuditStore}'s batch (every text column through
 * the tokeniser); the statement is run by {@link UnnestRows}; H2 keeps the batch.
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

    private final UnnestRows unnest;

    AuditArrays(UnnestRows unnest) {
        this.unnest = unnest;
    }

    /** Whether the database is PostgreSQL (asked once). */
    boolean available() {
        return unnest.available();
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
        unnest.insert(INSERT, TYPES, c);
    }
}
