package cn.jiandang.audit.internal;

import cn.jiandang.audit.AuditEntryView;
import org.springframework.data.domain.Limit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.List;

/** Appends entries with plain JDBC (never through JPA, so nothing can update them) and reads them back. */
@Component
public class AuditStore {

    static final String INSERT = """
            insert into audit_entry (occurred_at, actor, action, entity_type, entity_id, household_id, region_code,
                                     before_state, after_state, task_id, request_id, detail)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final int MAX_STATE = 10_000;

    private final JdbcTemplate jdbc;
    private final AuditEntryRepository entries;
    private final AuditTokens tokens;
    private final AuditArrays arrays;

    AuditStore(JdbcTemplate jdbc, AuditEntryRepository entries, AuditTokens tokens, AuditArrays arrays) {
        this.jdbc = jdbc;
        this.entries = entries;
        this.tokens = tokens;
        this.arrays = arrays;
    }

    /** In the transaction of the caller (Spring binds the connection). */
    public void insert(AuditRow row) {
        jdbc.update(connection -> statement(connection, row, tokens));
    }

    /**
     * Many rows at once, in the transaction of the caller (a bulk import): one statement of arrays on PostgreSQL
     * ({@link AuditArrays}), a JDBC batch elsewhere.
     */
    public void insertBatch(List<AuditRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        if (arrays.available()) {
            arrays.insert(rows, tokens::scrub, MAX_STATE);
        } else {
            jdbc.batchUpdate(INSERT, rows, 500, (ps, row) -> bind(ps, row, tokens));
        }
    }

    /** On the Hibernate session's own connection: the entity listener appends its rows in one batch. */
    static void insertAll(Connection connection, List<AuditRow> rows, AuditTokens tokens) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(INSERT)) {
            for (AuditRow row : rows) {
                bind(ps, row, tokens);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Masked again on the way out: entries written before numbers were tokenised must not show them either. */
    public List<AuditEntryView> forHousehold(long householdId, int limit) {
        return entries.findByHouseholdIdOrderByOccurredAtDescIdDesc(householdId, Limit.of(limit)).stream()
                .map(AuditEntry::view)
                .toList();
    }

    private static PreparedStatement statement(Connection connection, AuditRow row, AuditTokens tokens)
            throws SQLException {
        PreparedStatement ps = connection.prepareStatement(INSERT);
        bind(ps, row, tokens);
        return ps;
    }

    /**
     * Every text column passes the tokeniser, whoever made the row: the entity listener's JSON (a version's snapshot
     * holds ID numbers as keys), callers' details, refused targets. No full number reaches the table.
     */
    private static void bind(PreparedStatement ps, AuditRow row, AuditTokens tokens) throws SQLException {
        ps.setTimestamp(1, Timestamp.from(row.occurredAt()));
        ps.setString(2, cut(row.actor(), 100));
        ps.setString(3, row.action());
        ps.setString(4, cut(row.entityType(), 100));
        ps.setString(5, cut(tokens.scrub(row.entityId()), 100));
        if (row.householdId() == null) {
            ps.setNull(6, Types.BIGINT);
        } else {
            ps.setLong(6, row.householdId());
        }
        ps.setString(7, row.regionCode());
        ps.setString(8, cut(tokens.scrub(row.before()), MAX_STATE));
        ps.setString(9, cut(tokens.scrub(row.after()), MAX_STATE));
        ps.setString(10, cut(row.taskId(), 64));
        ps.setString(11, cut(row.requestId(), 64));
        ps.setString(12, cut(tokens.scrub(row.detail()), 500));
    }

    static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }
}
