package cn.jiandang.bench.measure;

import cn.jiandang.bench.AppNode;
import cn.jiandang.bench.Login;
import cn.jiandang.household.Category;
import cn.jiandang.household.PovertyFactor;
import cn.jiandang.identification.Channel;
import cn.jiandang.identification.HomeVerification;
import cn.jiandang.identification.IdentificationApplication;
import cn.jiandang.identification.IdentificationCases;
import cn.jiandang.identification.IdentificationIntake;
import cn.jiandang.identification.IdentificationSteps;
import cn.jiandang.identification.TownshipDecision;
import cn.jiandang.security.Role;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * P1 and P2: identifications completed through every task via the services, as officers do (apply, home
 * verification, appraisal, the notice's timer, township review, county approval and registration), against the
 * same-shaped BPMN on the bare engine (bench/trivial-identification.bpmn, user tasks completed with TaskService);
 * completions per second of each, one client each, and the bytes of history each completed instance left.
 */
public final class Identifications {

    /** Completions per second and history bytes per instance of one run. */
    public record Run(
            int completed, double perSecond, double historyBytes, long statements, long commits, double jdbcMillis) {

        /** Several runs as one: completions over the summed time, the other figures weighted by completions. */
        public static Run combine(List<Run> runs) {
            int completed = runs.stream().mapToInt(Run::completed).sum();
            double seconds = runs.stream()
                    .mapToDouble(r -> r.completed() / r.perSecond())
                    .sum();
            int n = Math.max(1, completed);
            return new Run(
                    completed,
                    completed / seconds,
                    runs.stream()
                                    .mapToDouble(r -> r.historyBytes() * r.completed())
                                    .sum()
                            / n,
                    Math.round(runs.stream()
                                    .mapToDouble(r -> (double) r.statements() * r.completed())
                                    .sum()
                            / n),
                    Math.round(runs.stream()
                                    .mapToDouble(r -> (double) r.commits() * r.completed())
                                    .sum()
                            / n),
                    runs.stream()
                                    .mapToDouble(r -> r.jdbcMillis() * r.completed())
                                    .sum()
                            / n);
        }
    }

    private static final String TRIVIAL = "benchTrivialIdentification";

    private final AppNode node;

    public Identifications(AppNode node) {
        this.node = node;
    }

    public Run throughApp(int cases) throws SQLException {
        List<long[]> households = ordinaryHouseholds(cases);
        List<String> instances = new ArrayList<>();
        node.capture().start();
        long t0 = System.nanoTime();
        try (StackSampler sampler = StackSampler.ofCurrentThreadIfAsked(node.label() + "-p1-app")) {
            for (long[] h : households) {
                instances.add(identify(h[0]));
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        node.capture().stop();
        SqlDump.write(
                node.label() + "-p1-app",
                node.capture().histogram(),
                node.capture().millisBySql(),
                Math.max(1, instances.size()));
        checkEnded(instances);
        return new Run(
                instances.size(),
                instances.size() / seconds,
                historyBytes(instances),
                node.capture().statements() / Math.max(1, instances.size()),
                node.capture().commits() / Math.max(1, instances.size()),
                node.capture().jdbcMillis() / Math.max(1, instances.size()));
    }

    /**
     * One identification through every step on this node, as the officers of the household's village, township and
     * county; returns its process instance.
     */
    String identify(long household) throws SQLException {
        IdentificationIntake intake = node.bean(IdentificationIntake.class);
        IdentificationCases caseReads = node.bean(IdentificationCases.class);
        IdentificationSteps identification = node.bean(IdentificationSteps.class);
        String village = villageOf(household);
        Login villageOfficer = new Login("bench-v" + village, Role.VILLAGE_OFFICER, village);
        villageOfficer.services();
        try {
            var started = intake.apply(new IdentificationApplication(
                    Channel.VILLAGE, Category.NEWLY_POOR, household, null, Set.of(PovertyFactor.ILLNESS), null));
            long caseId = started.id();
            String instance = caseReads.find(caseId).processInstanceId();
            identification.completeHomeVerification(
                    task(instance, "homeVerification"),
                    caseId,
                    new HomeVerification(Category.NEWLY_POOR, Set.of(PovertyFactor.ILLNESS), null, true, null, null));
            identification.completeAppraisal(task(instance, "democraticAppraisal"), caseId, true, "村民代表会议同意", null);
            timer(instance);
            new Login("bench-t" + village, Role.TOWNSHIP_OFFICER, village.substring(0, 9) + "000").services();
            identification.completeTownshipReview(
                    task(instance, "townshipReview"), caseId, TownshipDecision.APPROVE, "同意");
            new Login("bench-c" + village, Role.COUNTY_OFFICER, village.substring(0, 6) + "000000").services();
            identification.completeCountyApproval(task(instance, "countyApproval"), caseId, true, null, "同意");
            return instance;
        } finally {
            Login.logout();
        }
    }

    /**
     * P7's measure: one client thread per entry of {@code clients} (a node may appear twice: two clients on one
     * node), each completing {@code casesEach} identifications of households no other client takes; completions per
     * second of all of them together.
     */
    public static double concurrently(List<AppNode> clients, int casesEach) throws Exception {
        List<long[]> households = new Identifications(clients.get(0)).ordinaryHouseholds(clients.size() * casesEach);
        if (households.size() < clients.size() * casesEach) {
            throw new IllegalStateException("not enough households without a case: -Dbench.regenerate=true");
        }
        ExecutorService pool = Executors.newFixedThreadPool(clients.size());
        try {
            List<Future<?>> runs = new ArrayList<>();
            CountDownLatch ready = new CountDownLatch(1);
            for (int c = 0; c < clients.size(); c++) {
                Identifications client = new Identifications(clients.get(c));
                List<long[]> mine = households.subList(c * casesEach, (c + 1) * casesEach);
                runs.add(pool.submit(() -> {
                    ready.await();
                    for (long[] h : mine) {
                        client.identify(h[0]);
                    }
                    return null;
                }));
            }
            long t0 = System.nanoTime();
            ready.countDown();
            for (Future<?> run : runs) {
                run.get();
            }
            return clients.size() * casesEach / ((System.nanoTime() - t0) / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }

    public Run bareEngine(int cases) throws SQLException {
        RepositoryService repository = node.bean(RepositoryService.class);
        if (repository
                        .createProcessDefinitionQuery()
                        .processDefinitionKey(TRIVIAL)
                        .count()
                == 0) {
            repository
                    .createDeployment()
                    .name("bench")
                    .addClasspathResource("bench/trivial-identification.bpmn")
                    .deploy();
        }
        RuntimeService runtime = node.bean(RuntimeService.class);
        List<String> instances = new ArrayList<>();
        node.capture().start();
        long t0 = System.nanoTime();
        for (int i = 0; i < cases; i++) {
            String instance = runtime.startProcessInstanceByKey(
                            TRIVIAL,
                            Map.of(
                                    "villageGroup", "VILLAGE_OFFICER:410121101201",
                                    "townshipGroup", "TOWNSHIP_OFFICER:410121101",
                                    "countyGroup", "COUNTY_OFFICER:410121"))
                    .getId();
            instances.add(instance);
            complete(instance, "step1");
            complete(instance, "step2");
            timer(instance);
            complete(instance, "step3");
            complete(instance, "step4");
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        node.capture().stop();
        SqlDump.write(
                node.label() + "-p1-bare",
                node.capture().histogram(),
                node.capture().millisBySql(),
                Math.max(1, cases));
        checkEnded(instances);
        return new Run(
                cases,
                cases / seconds,
                historyBytes(instances),
                node.capture().statements() / Math.max(1, cases),
                node.capture().commits() / Math.max(1, cases),
                node.capture().jdbcMillis() / Math.max(1, cases));
    }

    private void complete(String instance, String step) {
        node.bean(TaskService.class).complete(task(instance, step));
    }

    private String task(String instance, String step) {
        return node.bean(TaskService.class)
                .createTaskQuery()
                .processInstanceId(instance)
                .taskDefinitionKey(step)
                .singleResult()
                .getId();
    }

    private void timer(String instance) {
        ManagementService management = node.bean(ManagementService.class);
        for (Job job :
                management.createJobQuery().processInstanceId(instance).timers().list()) {
            if (job.getDuedate() != null
                    && job.getDuedate().getTime() - System.currentTimeMillis() < 10L * 86_400_000) {
                management.executeJob(job.getId());
                return;
            }
        }
        throw new IllegalStateException("no notice timer in " + instance);
    }

    private void checkEnded(List<String> instances) {
        long open = node.bean(RuntimeService.class)
                .createProcessInstanceQuery()
                .processInstanceIds(Set.copyOf(instances))
                .count();
        if (open > 0) {
            throw new IllegalStateException(open + " of " + instances.size() + " instances did not end");
        }
    }

    /** Bytes (pg_column_size of the rows) in every history table and byte array of these instances. */
    private double historyBytes(List<String> instances) throws SQLException {
        long bytes = 0;
        try (Connection c = node.raw().getConnection()) {
            List<String> tables = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("select table_name from information_schema.columns"
                            + " where table_schema = 'public' and column_name = 'root_proc_inst_id_'"
                            + " and (table_name like 'act_hi_%' or table_name = 'act_ge_bytearray')");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                try (PreparedStatement ps = c.prepareStatement("select coalesce(sum(pg_column_size(t.*)), 0) from "
                        + table + " t where root_proc_inst_id_ = any (?)")) {
                    ps.setArray(1, c.createArrayOf("varchar", instances.toArray()));
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        bytes += rs.getLong(1);
                    }
                }
            }
        }
        return (double) bytes / Math.max(1, instances.size());
    }

    private List<long[]> ordinaryHouseholds(int n) throws SQLException {
        List<long[]> ids = new ArrayList<>();
        try (Connection c = node.raw().getConnection();
                PreparedStatement ps = c.prepareStatement("select h.id from household h where h.category is null"
                        + " and not exists (select 1 from identification_case c where c.household_id = h.id)"
                        + " order by h.id desc limit ?")) {
            ps.setInt(1, n);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(new long[] {rs.getLong(1)});
                }
            }
        }
        return ids;
    }

    private String villageOf(long household) throws SQLException {
        try (Connection c = node.raw().getConnection();
                PreparedStatement ps = c.prepareStatement("select village_code from household where id = ?")) {
            ps.setLong(1, household);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}
