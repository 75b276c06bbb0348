package cn.jiandang.common;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Set-based writes for PostgreSQL: a whole batch of rows goes in as one {@code insert … select … from unnest(…)} of
 * one array per column (one statement and one round trip per table instead of one per row), and the keys are taken
 * from the table's identity sequence beforehand, so that members know their household's id without reading keys
 * back. Plain JDBC ({@link Connection#createArrayOf}), on the transaction's connection: it commits or rolls back with
 * the caller. Used by the household import and the audit log's batches; H2 keeps their JDBC batches.
 */
@Component
public class UnnestRows {

    private final JdbcTemplate jdbc;
    private volatile Boolean postgres;

    public UnnestRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the database is PostgreSQL (asked once). */
    public boolean available() {
        Boolean known = postgres;
        if (known == null) {
            known = jdbc.execute(
                    (Connection c) -> c.getMetaData().getDatabaseProductName().equals("PostgreSQL"));
            postgres = known;
        }
        return known;
    }

    /** {@code n} fresh ids of the table's identity column, in one statement. */
    public List<Long> ids(String table, int n) {
        List<Long> ids = new ArrayList<>(n);
        if (n > 0) {
            jdbc.query(
                    "select nextval(pg_get_serial_sequence(?, 'id')) from generate_series(1, ?)",
                    (RowCallbackHandler) rs -> ids.add(rs.getLong(1)),
                    table,
                    n);
        }
        return ids;
    }

    /** Runs a query whose one parameter is an array of these texts. */
    public void query(String sql, Collection<String> values, RowCallbackHandler handler) {
        jdbc.query(
                sql,
                ps -> ps.setArray(1, ps.getConnection().createArrayOf("varchar", values.toArray(new String[0]))),
                handler);
    }

    /**
     * Runs {@code sql} once with one array parameter per column; {@code types} are the arrays' element types in
     * PostgreSQL's names, {@code columns} their values (all of one length). Returns the rows inserted.
     */
    public int insert(String sql, String[] types, Object[][] columns) {
        Connection c = DataSourceUtils.getConnection(jdbc.getDataSource());
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            List<Array> arrays = new ArrayList<>(columns.length);
            for (int i = 0; i < columns.length; i++) {
                Array a = c.createArrayOf(types[i], typed(types[i], columns[i]));
                arrays.add(a);
                ps.setArray(i + 1, a);
            }
            int n = ps.executeUpdate();
            for (Array a : arrays) {
                a.free();
            }
            return n;
        } catch (SQLException e) {
            throw jdbc.getExceptionTranslator().translate("unnest insert", sql, e);
        } finally {
            DataSourceUtils.releaseConnection(c, jdbc.getDataSource());
        }
    }

    /** The driver encodes arrays of these element classes; everything else goes as text that the cast parses. */
    private static Object[] typed(String type, Object[] values) {
        Object[] out = switch (type) {
            case "bigint" -> new Long[values.length];
            case "integer" -> new Integer[values.length];
            case "boolean" -> new Boolean[values.length];
            default -> new String[values.length];
        };
        boolean text = out instanceof String[];
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            out[i] = !text || v == null ? v : v instanceof BigDecimal d ? d.toPlainString() : v.toString();
        }
        return out;
    }
}
