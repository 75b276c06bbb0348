package cn.jiandang.it;

import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * S3, crash: the app runs as its own JVM on PostgreSQL; village officers apply and complete home verifications and
 * appraisals over REST from a few threads; the app is killed with SIGKILL in the middle of that and started again on
 * the same database. Every request answered 2xx is found with its effect, every process it touched goes on (its open
 * task is completed over REST after the restart, or it waits for its notice timer), and SQL invariants over the whole
 * database find nothing half-written, whatever the requests in flight were doing. Prints one summary line. Without
 * PostgreSQL it fails: the first thing it does is connect.
 */
class CrashIT {

    static final Map<String, String> OFFICERS = Map.of("130125100201", "village1", "130125101201", "village2");
    static final int THREADS_PER_OFFICER = 2;
    static final int KILL_AFTER_2XX = 30;
    static final Duration START = Duration.ofSeconds(Long.getLong("s3.startSeconds", 480));
    static final List<String> JVM = AppProcess.options("-Xmx768m", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8");

    @Test
    void everyAnsweredWriteSurvivesAKillAndNothingIsHalfWritten() throws Exception {
        long start = System.nanoTime();
        try (Connection db =
                DriverManager.getConnection(AppProcess.DB_URL, AppProcess.DB_USER, AppProcess.DB_PASSWORD)) {
            CrashLoad load;
            try (AppProcess app = AppProcess.start("s3-before-kill", JVM, START)) {
                load = CrashLoad.start(
                        app.port(),
                        OFFICERS.entrySet().stream()
                                .map(e -> new String[] {e.getValue(), e.getKey()})
                                .toList(),
                        THREADS_PER_OFFICER,
                        KILL_AFTER_2XX);
                assertThat(load.awaitAnswered(KILL_AFTER_2XX, Duration.ofSeconds(120)))
                        .as("2xx answers before the kill")
                        .isTrue();
                app.kill();
                load.stopAndJoin();
            }
            List<CrashLoad.Sent> sent = List.copyOf(load.sent);
            assertThat(sent)
                    .as("answers before the kill: 2xx, a repeated head ID number (409) or none")
                    .allSatisfy(s -> assertThat(s.status()).isIn(0, 201, 204, 409));
            List<CrashLoad.Sent> ok = sent.stream().filter(CrashLoad.Sent::ok).toList();
            long unanswered = sent.stream().filter(s -> s.status() == 0).count();

            try (AppProcess again = AppProcess.start("s3-after-restart", JVM, START)) {
                List<CrashLoad.Sent> missing =
                        ok.stream().filter(s -> !found(db, s)).toList();
                Map<String, Long> halfWritten = CrashInvariants.check(db);
                Set<String> instances = ok.stream()
                        .map(CrashLoad.Sent::processInstanceId)
                        .collect(Collectors.toCollection(java.util.TreeSet::new));
                Map<String, String> stuck = new TreeMap<>();
                for (String instance : instances) {
                    String how = goOn(db, again.port(), instance);
                    if (how != null) {
                        stuck.put(instance, how);
                    }
                }
                long bad =
                        halfWritten.values().stream().mapToLong(Long::longValue).sum();
                System.out.printf(
                        "S3 crash: %d requests answered 2xx before kill -9, %d unanswered; after restart %d found,"
                                + " %d half-written, %d processes continued, %.0f s%n",
                        ok.size(),
                        unanswered,
                        ok.size() - missing.size(),
                        bad,
                        instances.size() - stuck.size(),
                        (System.nanoTime() - start) / 1e9);
                assertThat(missing).as("answered 2xx but not in the database").isEmpty();
                assertThat(halfWritten)
                        .as("half-written rows")
                        .allSatisfy((k, v) -> assertThat(v).as(k).isZero());
                assertThat(stuck).as("processes that did not go on").isEmpty();
                assertThat(unanswered).as("requests cut by the kill").isPositive();
            }
        }
    }

    /** Whether the effect of a request answered 2xx is in the database. */
    private static boolean found(Connection db, CrashLoad.Sent s) {
        return switch (s.action()) {
            case APPLY ->
                one(
                        db,
                        "select count(*) from identification_case c join act_hi_procinst p on p.id_ = c.process_instance_id"
                                + " where c.id = ? and c.process_instance_id = ?",
                        s.caseId(),
                        s.processInstanceId());
            case HOME_VERIFICATION ->
                one(
                        db,
                        "select count(*) from identification_case c join act_hi_taskinst h on h.proc_inst_id_ ="
                                + " c.process_instance_id where c.id = ? and h.id_ = ? and h.end_time_ is not null"
                                + " and c.signed_commitment",
                        s.caseId(),
                        s.taskId());
            case APPRAISAL ->
                one(
                        db,
                        "select count(*) from identification_case c join act_hi_taskinst h on h.proc_inst_id_ ="
                                + " c.process_instance_id where c.id = ? and h.id_ = ? and h.end_time_ is not null"
                                + " and c.appraisal_passed",
                        s.caseId(),
                        s.taskId());
        };
    }

    /**
     * Makes the process go on after the restart: its open village step is completed over REST by the village's
     * officer, or it waits for the notice's timer. Null when it went on, else what stopped it.
     */
    private static String goOn(Connection db, int port, String instance) throws SQLException {
        String village =
                text(db, "select village_code from identification_case where process_instance_id = ?", instance);
        OfficerClient officer = new OfficerClient(OfficerClient.sharedClient(), port, OFFICERS.get(village));
        for (int step = 0; step < 2; step++) {
            String home = CrashLoad.openTask(db, instance, "homeVerification");
            String appraisal = CrashLoad.openTask(db, instance, "democraticAppraisal");
            OfficerClient.Answer a = home != null
                    ? officer.completeHomeVerification(home)
                    : appraisal != null ? officer.completeAppraisal(appraisal) : null;
            if (a == null) {
                break;
            }
            if (!a.ok()) {
                return "completing its task answered " + a.status() + ": " + a.body();
            }
        }
        return one(
                        db,
                        "select count(*) from act_ru_job where process_instance_id_ = ? and type_ = 'timer'"
                                + " and handler_type_ = 'timer-intermediate-transition'",
                        instance)
                ? null
                : "no notice timer after its village steps";
    }

    private static boolean one(Connection db, String sql, Object... args) {
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getLong(1) == 1;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(Connection db, String sql, String arg) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            ps.setString(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}
