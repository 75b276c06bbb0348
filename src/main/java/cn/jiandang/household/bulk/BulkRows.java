package cn.jiandang.household.bulk;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Batched inserts that return the keys the database generated, in the order of the rows: a batch of households gives
 * the ids their members need. On the transaction's connection, so they commit or roll back with the caller.
 */
@Component
class BulkRows {

    /** Binds one row's parameters. */
    interface Binder<T> {
        void bind(PreparedStatement ps, T row) throws SQLException;
    }

    private final JdbcTemplate jdbc;

    BulkRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    <T> List<Long> insert(String sql, List<T> rows, Binder<T> binder) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Connection c = DataSourceUtils.getConnection(jdbc.getDataSource());
        try (PreparedStatement ps = c.prepareStatement(sql, new String[] {"id"})) {
            for (T row : rows) {
                binder.bind(ps, row);
                ps.addBatch();
            }
            ps.executeBatch();
            List<Long> ids = new ArrayList<>(rows.size());
            try (ResultSet keys = ps.getGeneratedKeys()) {
                while (keys.next()) {
                    ids.add(keys.getLong(1));
                }
            }
            if (ids.size() != rows.size()) {
                throw new IllegalStateException("expected " + rows.size() + " generated keys, got " + ids.size());
            }
            return ids;
        } catch (SQLException e) {
            throw jdbc.getExceptionTranslator().translate("batch insert", sql, e);
        } finally {
            DataSourceUtils.releaseConnection(c, jdbc.getDataSource());
        }
    }

    <T> void insertWithoutKeys(String sql, List<T> rows, Binder<T> binder) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(sql, rows, 1000, binder::bind);
        }
    }
}
