package cn.jiandang.it;

import cn.jiandang.common.BusinessException;
import cn.jiandang.household.Category;
import cn.jiandang.household.HouseholdService;
import cn.jiandang.household.PovertyFactor;
import cn.jiandang.identification.Channel;
import cn.jiandang.identification.HomeVerification;
import cn.jiandang.identification.IdentificationIntake;
import cn.jiandang.identification.IdentificationSteps;
import cn.jiandang.region.RegionCode;
import cn.jiandang.security.Officer;
import cn.jiandang.security.Role;
import cn.jiandang.security.TestLogins;
import cn.jiandang.security.TestPeople;
import cn.jiandang.yearend.YearEndIntake;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * S2, concurrency on PostgreSQL: the same application posted 50 times at once (a registered household, and one not
 * yet registered) gives one case and 49 clear 409s; the same task completed by two officers at once has one winner
 * and the other is told who; two year-end rounds of the same or overlapping areas opened at once give one round.
 */
@PostgresAppTest
class ConcurrencyIT {

    static final String VILLAGE1 = "130125100201";
    static final int APPLICATIONS = 50;
    static final int TASK_RACES = 5;
    static final String DUPLICATE = "该户已有一个办理中的识别申请，不能重复申请";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    HouseholdService households;

    @Autowired
    IdentificationIntake identification;

    @Autowired
    IdentificationSteps steps;

    @Autowired
    YearEndIntake yearEnd;

    @Autowired
    TaskService tasks;

    static final List<String> SUMMARY = new ArrayList<>();

    @AfterEach
    void logout() {
        TestLogins.logout();
    }

    @Test
    void theSameApplicationPostedFiftyTimesAtOnceGivesOneCase() throws Exception {
        TestLogins.login("village1");
        long registered = households.register(TestPeople.household(RegionCode.of(VILLAGE1), "并发户"));
        TestLogins.logout();
        String head = TestPeople.idNumber();
        HttpTries http = new HttpTries(port);
        Map<Integer, Long> forRegistered = atOnce(
                APPLICATIONS,
                i -> http.basic(
                        "village1",
                        "POST",
                        "/api/v1/applications",
                        "{\"channel\":\"APP\",\"kind\":\"MARGINAL\",\"householdId\":" + registered
                                + ",\"causes\":[\"EPIDEMIC\"]}"));
        Map<Integer, Long> forNew = atOnce(
                APPLICATIONS,
                i -> http.basic(
                        "township1",
                        "POST",
                        "/api/v1/applications",
                        "{\"channel\":\"HOTLINE_12317\",\"kind\":\"MARGINAL\",\"causes\":[\"EPIDEMIC\"],\"household\":"
                                + "{\"villageCode\":\"" + VILLAGE1 + "\",\"contactPhone\":\"13712345678\",\"members\":"
                                + "[{\"name\":\"并发新户\",\"idNumber\":\"" + head + "\",\"relation\":\"HEAD\"}]}}"));

        assertThat(forRegistered).containsOnlyKeys(201, 409).containsEntry(201, 1L);
        assertThat(forNew).containsOnlyKeys(201, 409).containsEntry(201, 1L);
        assertThat(jdbc.queryForObject(
                        "select count(*) from identification_case where household_id = ?", Integer.class, registered))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from identification_applicant where id_number = ?", Integer.class, head))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from act_ru_execution e join identification_case c"
                                + " on e.business_key_ = cast(c.id as varchar) and e.parent_id_ is null"
                                + " and e.proc_def_id_ like 'identification:%'"
                                + " where c.household_id = ? or c.id in (select case_id from identification_applicant"
                                + " where id_number = ?)",
                        Integer.class, registered, head))
                .as("one process instance each")
                .isEqualTo(2);
        SUMMARY.add("applications ×" + APPLICATIONS + ": registered " + forRegistered + ", new " + forNew);
    }

    @Test
    void theSameTaskCompletedByTwoOfficersAtOnceHasOneWinnerAndTheOtherIsToldWho() throws Exception {
        List<Officer> officers = List.of(
                TestLogins.officer("village1"), TestLogins.officer("village1b", Role.VILLAGE_OFFICER, VILLAGE1));
        Map<String, Integer> wins = new java.util.TreeMap<>();
        Set<String> told = new java.util.TreeSet<>();
        for (int round = 0; round < TASK_RACES; round++) {
            TestLogins.login("village1");
            long householdId = households.register(TestPeople.household(RegionCode.of(VILLAGE1), "同时户"));
            long caseId = identification.start(
                    householdId, Category.MARGINAL, Set.of(PovertyFactor.EPIDEMIC), Channel.VILLAGE);
            TestLogins.logout();
            Task task = tasks.createTaskQuery()
                    .processDefinitionKey("identification")
                    .processVariableValueEquals(cn.jiandang.tasks.Procedures.CASE_ID, caseId)
                    .singleResult();
            List<Object> outcomes = atOnceCalls(officers.size(), i -> {
                TestLogins.login(officers.get(i));
                try {
                    steps.completeHomeVerification(
                            task.getId(),
                            caseId,
                            new HomeVerification(
                                    Category.MARGINAL,
                                    Set.of(PovertyFactor.EPIDEMIC),
                                    null,
                                    true,
                                    null,
                                    "S2 " + officers.get(i).username()));
                    return officers.get(i).username();
                } catch (BusinessException e) {
                    return e;
                } finally {
                    TestLogins.logout();
                }
            });
            assertThat(outcomes).filteredOn(String.class::isInstance).hasSize(1);
            assertThat(outcomes).filteredOn(BusinessException.class::isInstance).hasSize(1);
            String winner = only(outcomes, String.class);
            BusinessException loser = only(outcomes, BusinessException.class);
            assertThat(loser.kind()).isIn(BusinessException.Kind.CONFLICT, BusinessException.Kind.FORBIDDEN);
            assertThat(loser.getMessage()).contains("已由 " + winner + " ");
            assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isZero();
            assertThat(tasks.getProcessInstanceComments(task.getProcessInstanceId()))
                    .as("only the winner's comment is saved")
                    .extracting(Comment::getFullMessage)
                    .containsExactly("S2 " + winner);
            wins.merge(winner, 1, Integer::sum);
            told.add(loser.getMessage().replace(winner, "<winner>"));
        }
        SUMMARY.add("task ×2 in " + TASK_RACES + " races: one winner each " + wins + ", the other told " + told);
    }

    @Test
    void twoYearEndRoundsOpenedAtOnceGiveOneRound() throws Exception {
        // the same county twice, and a county with its province: years no round has yet (the database may be reused)
        List<Integer> free = jdbc.queryForList(
                "select y from generate_series(2060, 2100) y"
                        + " where not exists (select 1 from year_end_round r where r.round_year = y) order by y",
                Integer.class);
        assertThat(free).as("years without a round").hasSizeGreaterThanOrEqualTo(2);
        for (Map.Entry<Integer, List<String>> race : Map.of(
                        free.get(0), List.of("county1", "county1"), free.get(1), List.of("county1", "province1"))
                .entrySet()) {
            List<Object> outcomes = atOnceCalls(2, i -> {
                TestLogins.login(race.getValue().get(i));
                try {
                    return yearEnd.openRound(race.getKey(), 7, new BigDecimal("4000.00"));
                } catch (BusinessException e) {
                    return e;
                } finally {
                    TestLogins.logout();
                }
            });
            assertThat(outcomes)
                    .filteredOn(BusinessException.class::isInstance)
                    .singleElement()
                    .satisfies(e -> {
                        assertThat(((BusinessException) e).kind()).isEqualTo(BusinessException.Kind.CONFLICT);
                        assertThat(((BusinessException) e).getMessage()).contains("已经开启");
                    });
            assertThat(jdbc.queryForObject(
                            "select count(*) from year_end_round where round_year = ?", Integer.class, race.getKey()))
                    .isEqualTo(1);
        }
        SUMMARY.add("year-end rounds ×2 (same area, overlapping areas): one round each");
    }

    @AfterAll
    static void summary() {
        System.out.println("S2 concurrency: " + String.join("; ", SUMMARY));
    }

    private static <T> T only(List<Object> outcomes, Class<T> type) {
        return outcomes.stream()
                .filter(type::isInstance)
                .map(type::cast)
                .findFirst()
                .orElseThrow();
    }

    /** Runs n calls released together; returns how many answers each status had (every 409 says why). */
    private static Map<Integer, Long> atOnce(int n, Function<Integer, HttpTries.Answer> call) throws Exception {
        List<HttpTries.Answer> answers = atOnceCalls(n, call);
        assertThat(answers)
                .filteredOn(a -> a.status() == 409)
                .allSatisfy(a -> assertThat(a.body()).contains(DUPLICATE));
        return answers.stream()
                .collect(
                        Collectors.groupingBy(HttpTries.Answer::status, java.util.TreeMap::new, Collectors.counting()));
    }

    private static <T> List<T> atOnceCalls(int n, Function<Integer, T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch ready = new CountDownLatch(n);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                Callable<T> task = () -> {
                    ready.countDown();
                    go.await();
                    return call.apply(index);
                };
                futures.add(pool.submit(task));
            }
            ready.await();
            go.countDown();
            List<T> out = new ArrayList<>();
            for (Future<T> f : futures) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }
}
