package cn.jiandang.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.http.HttpClient;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The load of S3: village officers, a few threads each, apply for new households and work each case through home
 * verification and democratic appraisal over REST, one request after the other, until the server stops answering.
 * Every request is kept with its answer (or its lack of one). The next task of a case is looked up in the engine's
 * table, where the officer would find it in the inbox.
 */
final class CrashLoad {

    enum Action {
        APPLY,
        HOME_VERIFICATION,
        APPRAISAL
    }

    /** One request: what it did, its answer (0: none), and the case, instance and task it was about. */
    record Sent(Action action, int status, String requestId, Long caseId, String processInstanceId, String taskId) {
        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    final ConcurrentLinkedQueue<Sent> sent = new ConcurrentLinkedQueue<>();
    final AtomicInteger answered2xx = new AtomicInteger();
    private final CountDownLatch answered;
    private final AtomicBoolean stop = new AtomicBoolean();
    private final List<Thread> threads = new ArrayList<>();
    private final CountDownLatch done;

    private CrashLoad(int threads, int awaited) {
        this.done = new CountDownLatch(threads);
        this.answered = new CountDownLatch(awaited);
    }

    /** Starts {@code perOfficer} threads for each officer (username, village code). */
    static CrashLoad start(int port, List<String[]> officers, int perOfficer, int awaited) {
        CrashLoad load = new CrashLoad(officers.size() * perOfficer, awaited);
        HttpClient http = OfficerClient.sharedClient();
        int n = 0;
        for (String[] officer : officers) {
            for (int i = 0; i < perOfficer; i++) {
                OfficerClient client = new OfficerClient(http, port, officer[0]);
                Thread t = new Thread(() -> load.work(client, officer[1]), "s3-" + officer[0] + "-" + n++);
                load.threads.add(t);
                t.start();
            }
        }
        return load;
    }

    /** Waits until {@code n} requests in all were answered 2xx (counted from the start), or the time is up. */
    boolean awaitAnswered(int n, java.time.Duration within) throws InterruptedException {
        return answered.await(within.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    /** Tells the threads to stop after their request in flight, and waits for them. */
    void stopAndJoin() throws InterruptedException {
        stop.set(true);
        done.await();
    }

    private void work(OfficerClient client, String village) {
        try (Connection db =
                DriverManager.getConnection(AppProcess.DB_URL, AppProcess.DB_USER, AppProcess.DB_PASSWORD)) {
            while (!stop.get()) {
                OfficerClient.Answer a = client.applyForNewHousehold(village, "崩溃测试户");
                JsonNode created = a.ok() ? JSON.readTree(a.body()) : null;
                Long caseId = created == null ? null : created.get("id").asLong();
                String instance = created == null
                        ? null
                        : created.get("processInstanceId").asText();
                if (!keep(Action.APPLY, a, caseId, instance, null) || stop.get()) {
                    continue;
                }
                String home = openTask(db, instance, "homeVerification");
                if (home == null || stop.get()) {
                    continue;
                }
                a = client.completeHomeVerification(home);
                if (!keep(Action.HOME_VERIFICATION, a, caseId, instance, home) || stop.get()) {
                    continue;
                }
                String appraisal = openTask(db, instance, "democraticAppraisal");
                if (appraisal != null && !stop.get()) {
                    keep(Action.APPRAISAL, client.completeAppraisal(appraisal), caseId, instance, appraisal);
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            done.countDown();
        }
    }

    /** Records the answer; false when there was none (the server is gone: this thread stops sending). */
    private boolean keep(Action action, OfficerClient.Answer a, Long caseId, String instance, String taskId) {
        sent.add(new Sent(action, a.status(), a.requestId(), caseId, instance, taskId));
        if (a.ok()) {
            answered2xx.incrementAndGet();
            answered.countDown();
        }
        if (a.status() == 0) {
            stop.set(true);
        }
        return a.ok();
    }

    static String openTask(Connection db, String instance, String step) throws SQLException {
        try (PreparedStatement ps =
                db.prepareStatement("select id_ from act_ru_task where proc_inst_id_ = ? and task_def_key_ = ?")) {
            ps.setString(1, instance);
            ps.setString(2, step);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}
