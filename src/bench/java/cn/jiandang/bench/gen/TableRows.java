package cn.jiandang.bench.gen;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows of one table kept in memory and written with one COPY at the end: a connection runs one COPY at a time,
 * and the case rows of several procedures are produced together.
 */
final class TableRows {

    private final String table;
    private final String columns;
    private final List<Object[]> rows = new ArrayList<>();
    private final List<Object> current = new ArrayList<>();

    TableRows(String table, String columns) {
        this.table = table;
        this.columns = columns;
    }

    TableRows add(Object value) {
        current.add(value);
        return this;
    }

    void end() {
        rows.add(current.toArray());
        current.clear();
    }

    long copy(Connection c) throws SQLException {
        try (CopyWriter out = new CopyWriter(c, table, columns)) {
            for (Object[] row : rows) {
                for (Object value : row) {
                    out.add(value);
                }
                out.end();
            }
            return out.rows();
        }
    }
}
