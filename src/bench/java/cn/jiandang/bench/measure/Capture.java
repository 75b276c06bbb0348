package cn.jiandang.bench.measure;

import org.springframework.jdbc.datasource.DelegatingDataSource;

import javax.sql.DataSource;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The app's DataSource, wrapped so that the harness sees every statement a user action sends (with its bound
 * parameters, for EXPLAIN) and every commit: the client's side of "statements per user action", whether or not
 * pg_stat_statements is loaded. Recording is off unless an action is being measured.
 */
public final class Capture extends DelegatingDataSource {

    private static final int KEEP = 3_000;

    /** One executed statement: its SQL and the setter calls of its parameters, in order. */
    public record Executed(String sql, List<Object[]> setters) {}

    private volatile boolean on;
    /** The thread doing the measured work: the app's background pollers (imports, quality runs) are not counted. */
    private volatile Thread owner;

    private final List<Executed> executed = new ArrayList<>();
    private final AtomicLong statements = new AtomicLong();
    private final AtomicLong commits = new AtomicLong();

    private final Map<String, Integer> histogram = new HashMap<>();
    /** Nanoseconds in the driver per key of {@link #histogram}. */
    private final Map<String, Long> nanosBySql = new HashMap<>();

    public Capture(DataSource target) {
        super(target);
    }

    public void start() {
        synchronized (executed) {
            executed.clear();
        }
        synchronized (histogram) {
            histogram.clear();
            nanosBySql.clear();
        }
        statements.set(0);
        commits.set(0);
        owner = Thread.currentThread();
        on = true;
    }

    /**
     * As {@link #start}, counting every thread: the work measured runs on the server's request threads (a login in
     * a browser), which the caller knows to be the only ones busy meanwhile.
     */
    public void startAnyThread() {
        start();
        owner = null;
    }

    public void stop() {
        on = false;
    }

    public long statements() {
        return statements.get();
    }

    public long commits() {
        return commits.get();
    }

    /** Milliseconds spent waiting in JDBC execute and commit calls while recording (client side, round trips included). */
    public double jdbcMillis() {
        synchronized (histogram) {
            return nanosBySql.values().stream().mapToLong(Long::longValue).sum() / 1e6;
        }
    }

    /** Every statement sent while recording, by its SQL text (batches marked), with how often it was sent. */
    public Map<String, Integer> histogram() {
        synchronized (histogram) {
            return Map.copyOf(histogram);
        }
    }

    /** Milliseconds waited in the driver per key of {@link #histogram}. */
    public Map<String, Double> millisBySql() {
        synchronized (histogram) {
            Map<String, Double> copy = new HashMap<>();
            nanosBySql.forEach((sql, nanos) -> copy.put(sql, nanos / 1e6));
            return copy;
        }
    }

    public List<Executed> executed() {
        synchronized (executed) {
            return List.copyOf(executed);
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        return wrap(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return wrap(super.getConnection(username, password));
    }

    private Connection wrap(Connection c) {
        return (Connection) Proxy.newProxyInstance(
                Capture.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, m, args) -> {
                    boolean commit = m.getName().equals("commit") && recording();
                    long t0 = commit ? System.nanoTime() : 0;
                    Object result = call(c, m, args);
                    if (commit) {
                        long nanos = System.nanoTime() - t0;
                        commits.incrementAndGet();
                        synchronized (histogram) {
                            nanosBySql.merge("[commit]", nanos, Long::sum);
                        }
                    }
                    if (result instanceof PreparedStatement ps && m.getName().startsWith("prepare")) {
                        return statement(ps, PreparedStatement.class, (String) args[0]);
                    }
                    if (result instanceof Statement s && m.getName().equals("createStatement")) {
                        return statement(s, Statement.class, null);
                    }
                    return result;
                });
    }

    private Object statement(Statement target, Class<?> type, String preparedSql) {
        Map<Integer, Object[]> byIndex = new TreeMap<>();
        InvocationHandler handler = (proxy, m, args) -> {
            String name = m.getName();
            if (preparedSql != null
                    && name.startsWith("set")
                    && args != null
                    && args.length >= 2
                    && args[0] instanceof Integer index) {
                byIndex.put(index, new Object[] {name, m.getParameterTypes(), args});
            }
            String key = null;
            if (name.startsWith("execute")) {
                if (recording()) {
                    statements.incrementAndGet();
                    String sql =
                            preparedSql != null ? preparedSql : args != null && args.length > 0 ? (String) args[0] : "";
                    if (!name.equals("executeBatch")) {
                        record(sql, new ArrayList<>(byIndex.values()));
                    }
                    key = name.equals("executeBatch") ? "[batch] " + sql : sql;
                    synchronized (histogram) {
                        histogram.merge(key, 1, Integer::sum);
                    }
                }
            }
            if (name.equals("clearParameters")) {
                byIndex.clear();
            }
            if (key == null) {
                return call(target, m, args);
            }
            long t0 = System.nanoTime();
            try {
                return call(target, m, args);
            } finally {
                long nanos = System.nanoTime() - t0;
                synchronized (histogram) {
                    nanosBySql.merge(key, nanos, Long::sum);
                }
            }
        };
        return Proxy.newProxyInstance(Capture.class.getClassLoader(), new Class<?>[] {type}, handler);
    }

    private boolean recording() {
        Thread measured = owner;
        return on && (measured == null || Thread.currentThread() == measured);
    }

    private void record(String sql, List<Object[]> setters) {
        synchronized (executed) {
            if (executed.size() < KEEP) {
                executed.add(new Executed(sql, setters));
            }
        }
    }

    private static Object call(Object target, Method m, Object[] args) throws Throwable {
        try {
            return m.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
