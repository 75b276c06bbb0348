package cn.jiandang.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * One size's database: whether it already holds what the generator would write (a comment on the database names
 * the generator version, size, tasks and seed), and emptying it when not. Never touches another database.
 */
final class Database {

    static final String VERSION = "jiandang-bench 1";

    private Database() {}

    static String marker(int households, int openTasks, long seed) {
        return VERSION + " households=" + households + " openTasks=" + openTasks + " seed=" + seed;
    }

    static boolean holds(String url, String user, String password, String marker) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password);
                PreparedStatement ps = c.prepareStatement(
                        "select shobj_description(oid, 'pg_database') from pg_database where datname = current_database()");
                ResultSet rs = ps.executeQuery()) {
            return rs.next() && marker.equals(rs.getString(1));
        }
    }

    static void empty(String url, String user, String password) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password);
                Statement s = c.createStatement()) {
            s.execute("comment on database " + c.getCatalog() + " is null");
            s.execute("drop schema if exists public cascade");
            s.execute("create schema public");
        }
    }

    static void mark(String url, String user, String password, String marker) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password);
                Statement s = c.createStatement()) {
            s.execute("comment on database " + c.getCatalog() + " is '" + marker + "'");
        }
    }
}
