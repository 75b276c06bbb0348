package cn.jiandang.security;

import cn.jiandang.JiandangSpringTest;
import cn.jiandang.TestHouseholds;
import cn.jiandang.household.Category;
import cn.jiandang.household.CategoryChangeRequest;
import cn.jiandang.household.HouseholdService;
import cn.jiandang.household.PovertyFactor;
import cn.jiandang.identification.Channel;
import cn.jiandang.identification.IdentificationCases;
import cn.jiandang.identification.IdentificationIntake;
import cn.jiandang.identification.IdentificationVariables;
import cn.jiandang.region.RegionCode;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 18: the system is an explicit actor; a caller without a login is refused, not taken for the system. */
@JiandangSpringTest
class SystemActorTest {

    static final RegionCode VILLAGE1 = RegionCode.of("130125100201");

    @Autowired
    RegionAccess access;

    @Autowired
    HouseholdService households;

    @Autowired
    IdentificationIntake identificationIntake;

    @Autowired
    IdentificationCases identification;

    @Autowired
    ManagementService management;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void logout() {
        TestLogins.logout();
    }

    @Test
    void anAnonymousCallerIsRefusedWhereTheSystemMayActAndEachRefusalIsAudited() {
        TestLogins.logout();
        long before = lastAuditId();
        assertThatThrownBy(() -> access.checkChangeOrSystem(VILLAGE1, Role.VILLAGE_OFFICER))
                .isInstanceOf(RegionAccessDeniedException.class);
        assertThatThrownBy(() -> access.checkReadOrSystem(VILLAGE1)).isInstanceOf(RegionAccessDeniedException.class);
        assertThatThrownBy(() -> households.register(TestPeople.household(VILLAGE1, "匿名户")))
                .isInstanceOf(RegionAccessDeniedException.class);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where id > ? and actor = 'anonymous' and action = 'ACCESS_REFUSED'",
                        Integer.class,
                        before))
                .isEqualTo(3);

        long id = SystemActor.call(() -> households.register(TestPeople.household(VILLAGE1, "系统户")));
        assertThatThrownBy(() -> households.changeCategory(change(id)))
                .as("a category change without any login")
                .isInstanceOf(RegionAccessDeniedException.class);
        SystemActor.run(() -> households.changeCategory(change(id)));
        TestLogins.login("village1");
        assertThat(households.categoryOf(id)).isEqualTo(Category.MARGINAL);
    }

    @Test
    void theSystemActsUnderItsOwnNameAndTheLoginComesBackAfterwards() {
        TestLogins.login("village2");
        CurrentOfficer current = new CurrentOfficer();
        assertThat(SystemActor.isActive()).isFalse();
        assertThat(SystemActor.call(() -> current.require().username())).isEqualTo(SystemActor.USERNAME);
        assertThat(SystemActor.call(SystemActor::isActive)).isTrue();
        assertThat(current.require().username()).isEqualTo("village2");
        // an officer outside the household's region may not change its category, unlike the system
        long id = SystemActor.call(() -> households.register(TestPeople.household(VILLAGE1, "他村户")));
        assertThatThrownBy(() -> households.changeCategory(change(id))).isInstanceOf(RegionAccessDeniedException.class);
    }

    @Test
    void aTimerRunByTheJobExecutorActsAsTheSystemAndItsStepStillWorks() throws Exception {
        TestLogins.login("village1");
        long householdId = TestHouseholds.register(households, VILLAGE1.value(), null);
        long caseId = identificationIntake.start(
                householdId, Category.NEWLY_POOR, Set.of(PovertyFactor.ILLNESS), Channel.VILLAGE);
        Job timer = escalationTimerOf(identification.find(caseId).processInstanceId());
        TestLogins.logout();

        ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutor();
        JobExecutorAsSystem.decorate(pool);
        pool.initialize();
        AtomicBoolean ranAsSystem = new AtomicBoolean();
        try {
            pool.submit(() -> {
                        ranAsSystem.set(SystemActor.isActive());
                        management.executeJob(timer.getId());
                    })
                    .get(60, TimeUnit.SECONDS);
        } finally {
            pool.shutdown();
        }
        assertThat(ranAsSystem).isTrue();
        ExecutorService plain = Executors.newSingleThreadExecutor();
        try {
            assertThat(plain.submit(SystemActor::isActive).get(60, TimeUnit.SECONDS))
                    .as("a thread not decorated is nobody")
                    .isFalse();
        } finally {
            plain.shutdown();
        }

        TestLogins.login("village1");
        assertThat(identification.find(caseId).escalatedTo()).isEqualTo("TOWNSHIP_OFFICER:130125100");
    }

    private Job escalationTimerOf(String processInstanceId) {
        List<String> definitions =
                management
                        .createJobDefinitionQuery()
                        .activityIdIn(IdentificationVariables.ESCALATION_TIMER)
                        .list()
                        .stream()
                        .map(JobDefinition::getId)
                        .toList();
        return management.createJobQuery().processInstanceId(processInstanceId).timers().list().stream()
                .filter(j -> definitions.contains(j.getJobDefinitionId()))
                .findFirst()
                .orElseThrow();
    }

    private static CategoryChangeRequest change(long householdId) {
        return new CategoryChangeRequest(
                householdId,
                Category.MARGINAL,
                YearMonth.of(2020, 3),
                Set.of(PovertyFactor.EPIDEMIC),
                "test",
                "TEST",
                null);
    }

    private long lastAuditId() {
        Long id = jdbc.queryForObject("select max(id) from audit_entry", Long.class);
        return id == null ? 0 : id;
    }
}
