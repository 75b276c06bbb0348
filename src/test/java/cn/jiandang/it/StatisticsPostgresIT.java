package cn.jiandang.it;

import cn.jiandang.TestHouseholds;
import cn.jiandang.assistance.AssistanceCases;
import cn.jiandang.assistance.AssistanceIntake;
import cn.jiandang.assistance.AssistanceSteps;
import cn.jiandang.assistance.MeasureType;
import cn.jiandang.assistance.NewMeasure;
import cn.jiandang.household.Category;
import cn.jiandang.household.CategoryChangeRequest;
import cn.jiandang.household.HouseholdService;
import cn.jiandang.household.NaturalChangeKind;
import cn.jiandang.household.NewHousehold;
import cn.jiandang.household.PovertyFactor;
import cn.jiandang.household.Relation;
import cn.jiandang.household.naturalchange.NaturalChangeRequest;
import cn.jiandang.household.naturalchange.NaturalChangeService;
import cn.jiandang.identification.Channel;
import cn.jiandang.identification.HomeVerification;
import cn.jiandang.identification.IdentificationCases;
import cn.jiandang.identification.IdentificationIntake;
import cn.jiandang.identification.IdentificationSteps;
import cn.jiandang.identification.IdentificationVariables;
import cn.jiandang.identification.TownshipDecision;
import cn.jiandang.riskelimination.ReviewDecision;
import cn.jiandang.riskelimination.RiskEliminationCases;
import cn.jiandang.riskelimination.RiskEliminationIntake;
import cn.jiandang.riskelimination.RiskEliminationSteps;
import cn.jiandang.riskelimination.RiskEvidence;
import cn.jiandang.security.SystemActor;
import cn.jiandang.security.TestLogins;
import cn.jiandang.statistics.DailySnapshotJob;
import cn.jiandang.statistics.RegistryCounts;
import cn.jiandang.tasks.TaskListService;
import cn.jiandang.tasks.TaskRow;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On PostgreSQL, after a mix of procedures of the day (an identification through every level, a risk elimination
 * through every level, an assistance measure recorded, an exit, natural changes out and in), the day's snapshot
 * equals the registry counted directly, for every region of every level, and the day's changes name the procedures.
 */
@PostgresAppTest
class StatisticsPostgresIT {

    static final String VILLAGE = "130125100201";

    @Autowired
    DailySnapshotJob job;

    @Autowired
    HouseholdService households;

    @Autowired
    IdentificationIntake identificationIntake;

    @Autowired
    IdentificationSteps identificationSteps;

    @Autowired
    IdentificationCases identificationCases;

    @Autowired
    RiskEliminationIntake riskEliminationIntake;

    @Autowired
    RiskEliminationSteps riskEliminationSteps;

    @Autowired
    RiskEliminationCases riskEliminationCases;

    @Autowired
    AssistanceIntake assistanceIntake;

    @Autowired
    AssistanceSteps assistanceSteps;

    @Autowired
    AssistanceCases assistanceCases;

    @Autowired
    NaturalChangeService naturalChanges;

    @Autowired
    TaskListService taskList;

    @Autowired
    TaskService engineTasks;

    @Autowired
    ManagementService management;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void logout() {
        TestLogins.logout();
    }

    @Test
    void theDaysSnapshotEqualsTheRegistryAtEveryLevelAfterAMixOfProcedures() {
        LocalDate today = job.today();
        identify();
        eliminateRisk();
        recordAssistance();
        // year-end exit as its approval writes it (the same service call, procedure YEAR_END_EXIT)
        long poor = TestHouseholds.register(households, VILLAGE, Category.POOR);
        SystemActor.run(() -> households.changeCategory(
                new CategoryChangeRequest(poor, Category.EXITED, null, Set.of(), "county1", "YEAR_END_EXIT", null)));
        naturalChanges();

        SystemActor.call(() -> job.compute(today));

        assertThat(RegistryCounts.assertSnapshotEqualsRegistry(jdbc, today)).isGreaterThan(50);
        List<String> procedures = jdbc.queryForList(
                "select distinct procedure from stat_daily_change where snapshot_day = ? and region_code = ?",
                String.class,
                today,
                VILLAGE);
        assertThat(procedures).contains("IDENTIFICATION", "YEAR_END_EXIT");
        assertThat(jdbc.queryForObject("""
                        select sum(newly_risk_eliminated) + 0 from stat_daily_category
                        where snapshot_day = ? and region_code = ?""", Long.class, today, VILLAGE)).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select sum(newly_helped) + 0 from stat_daily_category where snapshot_day = ? and region_code = ?",
                        Long.class,
                        today,
                        VILLAGE))
                .isGreaterThanOrEqualTo(1);
    }

    private void identify() {
        long householdId = TestHouseholds.register(households, VILLAGE, Category.EXITED);
        TestLogins.login("village1");
        long caseId = identificationIntake.start(
                householdId, Category.MONITORED, Set.of(PovertyFactor.EPIDEMIC), Channel.VILLAGE);
        identificationSteps.completeHomeVerification(
                task("identification", caseId, "homeVerification"),
                caseId,
                new HomeVerification(
                        Category.MONITORED, identificationCases.find(caseId).factors(), null, true, null, null));
        identificationSteps.completeAppraisal(
                task("identification", caseId, "democraticAppraisal"), caseId, true, "同意", null);
        runTimer(identificationCases.find(caseId).processInstanceId(), IdentificationVariables.NOTICE_TIMER);
        TestLogins.login("township1");
        identificationSteps.completeTownshipReview(
                task("identification", caseId, "townshipReview"), caseId, TownshipDecision.APPROVE, "材料齐全，同意");
        TestLogins.login("county1");
        identificationSteps.completeCountyApproval(
                task("identification", caseId, "countyApproval"), caseId, true, "疫情影响，经研究同意", "同意");
        assertThat(households.details(householdId).category()).isEqualTo(Category.MONITORED);
        TestLogins.logout();
    }

    private void eliminateRisk() {
        long householdId = TestHouseholds.register(households, VILLAGE, Category.MARGINAL);
        TestLogins.login("village1");
        long caseId = riskEliminationIntake.propose(
                householdId,
                new RiskEvidence(
                        new BigDecimal("9000.00"),
                        new BigDecimal("6000.00"),
                        true,
                        true,
                        true,
                        true,
                        true,
                        true,
                        "家庭成员稳定务工，大病已治愈"));
        riskEliminationSteps.completeHomeVerification(task("riskElimination", caseId, null), caseId, true, "属实");
        riskEliminationSteps.completeAppraisal(task("riskElimination", caseId, null), caseId, true, "同意", null);
        runTimer(riskEliminationCases.find(caseId).processInstanceId(), null);
        TestLogins.login("township1");
        riskEliminationSteps.completeTownshipReview(
                task("riskElimination", caseId, null), caseId, ReviewDecision.APPROVE, "材料齐全，同意");
        TestLogins.login("county1");
        riskEliminationSteps.completeCountyApproval(task("riskElimination", caseId, null), caseId, true, "同意");
        assertThat(households.details(householdId).riskEliminated()).isTrue();
        TestLogins.logout();
    }

    private void recordAssistance() {
        TestLogins.login("township1");
        long id = TestHouseholds.register(households, VILLAGE, Category.NEWLY_POOR);
        long planId = assistanceIntake.assign(
                id, "王乡干", "龙州镇政府", List.of(new NewMeasure(MeasureType.EMPLOYMENT, "推荐到县城工业园区务工", null)));
        String pi = assistanceCases.find(planId).processInstanceId();
        TestLogins.login("village1");
        String taskId = engineTasks
                .createTaskQuery()
                .processInstanceId(pi)
                .taskDefinitionKey("recordMeasure")
                .singleResult()
                .getId();
        assistanceSteps.recordMeasure(taskId, LocalDate.now(), BigDecimal.ZERO, null);
        TestLogins.logout();
    }

    private void naturalChanges() {
        TestLogins.login("village1");
        long household = TestHouseholds.register(households, VILLAGE, Category.RETURNED);
        String spouse = jdbc.queryForObject(
                "select id_number from member where household_id = ? and relation = 'SPOUSE'", String.class, household);
        YearMonth month = YearMonth.now();
        naturalChanges.record(new NaturalChangeRequest(
                household,
                NaturalChangeKind.OTHER_OUT,
                month,
                new NewHousehold.NewMember("测试配偶", spouse, Relation.SPOUSE)));
        naturalChanges.record(new NaturalChangeRequest(
                household,
                NaturalChangeKind.MARRIAGE_IN,
                month,
                new NewHousehold.NewMember("新成员", TestHouseholds.newIdNumber(), Relation.OTHER)));
        TestLogins.logout();
    }

    private String task(String process, long caseId, String key) {
        return taskList.page(0, 500).stream()
                .map(TaskRow::task)
                .filter(t -> process.equals(t.processDefinitionKey()) && t.caseId() != null && t.caseId() == caseId)
                .filter(t -> key == null || key.equals(t.taskDefinitionKey()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no task " + process + " " + key))
                .id();
    }

    private void runTimer(String processInstanceId, String activityId) {
        List<String> definitions = activityId == null
                ? null
                : management.createJobDefinitionQuery().activityIdIn(activityId).list().stream()
                        .map(d -> d.getId())
                        .toList();
        management.executeJob(management.createJobQuery().processInstanceId(processInstanceId).timers().list().stream()
                .filter(j -> definitions == null || definitions.contains(j.getJobDefinitionId()))
                .findFirst()
                .orElseThrow()
                .getId());
    }
}
