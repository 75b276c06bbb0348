package cn.jiandang.featureaccess;

import cn.jiandang.JiandangSpringTest;
import cn.jiandang.TestHouseholds;
import cn.jiandang.assistance.AssistanceCases;
import cn.jiandang.assistance.AssistanceIntake;
import cn.jiandang.assistance.AssistanceSteps;
import cn.jiandang.assistance.MeasureType;
import cn.jiandang.assistance.NewMeasure;
import cn.jiandang.common.BusinessException;
import cn.jiandang.functionopening.DemoFunctions;
import cn.jiandang.functionopening.FunctionOpeningIntake;
import cn.jiandang.functionopening.FunctionOpeningSteps;
import cn.jiandang.household.Category;
import cn.jiandang.household.Coordinates;
import cn.jiandang.household.HouseholdService;
import cn.jiandang.household.IncomeRecord;
import cn.jiandang.household.NaturalChangeKind;
import cn.jiandang.household.NewHousehold;
import cn.jiandang.household.Relation;
import cn.jiandang.household.Relocation;
import cn.jiandang.household.basedata.BaseDataService;
import cn.jiandang.household.naturalchange.NaturalChangeRequest;
import cn.jiandang.household.naturalchange.NaturalChangeService;
import cn.jiandang.region.RegionCode;
import cn.jiandang.riskelimination.RiskEliminationIntake;
import cn.jiandang.riskelimination.RiskEvidence;
import cn.jiandang.security.TestLogins;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.function.LongSupplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * R12 in the services: natural changes, base-data editing, assistance entry and risk elimination are refused with a
 * clear message, and write nothing, while the household's province has the function closed; they work once it is
 * open again. Closes the demo province's function through the real procedure and reopens it after each test.
 */
@JiandangSpringTest
class FeatureGatingTest {

    private static final String VILLAGE = "130125100201";

    @Autowired
    HouseholdService households;

    @Autowired
    NaturalChangeService naturalChanges;

    @Autowired
    BaseDataService baseData;

    @Autowired
    AssistanceCases assistance;

    @Autowired
    AssistanceSteps assistanceSteps;

    @Autowired
    AssistanceIntake assistanceIntake;

    @Autowired
    RiskEliminationIntake riskEliminationIntake;

    @Autowired
    FunctionOpeningSteps opening;

    @Autowired
    FunctionOpeningIntake openingIntake;

    @Autowired
    FeatureGrants grants;

    @Autowired
    FeatureAccess access;

    @Autowired
    TaskService taskService;

    @Autowired
    JdbcTemplate jdbc;

    private Feature closed;
    private LocalDate until;

    @AfterEach
    void reopenAndLogout() {
        if (closed != null) {
            functions().reopen(closed, until);
            closed = null;
        }
        TestLogins.logout();
    }

    @ParameterizedTest
    @EnumSource(
            value = Feature.class,
            names = {"NATURAL_CHANGE", "BASE_DATA_EDIT", "ASSISTANCE", "RISK_ELIMINATION"})
    void aGatedFunctionIsRefusedWhileClosedWritesNothingAndWorksOnceOpen(Feature feature) {
        TestLogins.login("village1");
        long id = TestHouseholds.register(
                households, VILLAGE, feature == Feature.RISK_ELIMINATION ? Category.MONITORED : Category.POOR);
        Gated gated = gated(feature, id);
        close(feature);

        long before = gated.written().getAsLong();
        int refusalsBefore = featureRefusals(feature);
        for (Runnable attempt : gated.attempts()) {
            TestLogins.login(gated.user());
            assertThatThrownBy(attempt::run)
                    .isInstanceOf(FeatureClosedException.class)
                    .hasMessage("本省尚未开放" + feature.label() + "功能，请省级扶贫办向信息中心申请开放")
                    .satisfies(e ->
                            assertThat(((BusinessException) e).kind()).isEqualTo(BusinessException.Kind.FORBIDDEN));
        }
        assertThat(gated.written().getAsLong())
                .as("nothing written while closed")
                .isEqualTo(before);
        assertThat(featureRefusals(feature) - refusalsBefore)
                .as("every R12 refusal is audited")
                .isEqualTo(gated.attempts().size());

        reopen();
        TestLogins.login(gated.user());
        gated.attempts().get(0).run();
        assertThat(gated.written().getAsLong()).as("written once open").isGreaterThan(before);
    }

    private int featureRefusals(Feature feature) {
        return jdbc.queryForObject(
                "select count(*) from audit_entry where action = 'ACCESS_REFUSED' and entity_type = 'Feature'"
                        + " and entity_id = ?",
                Integer.class,
                feature.name());
    }

    @Test
    void aMeasureCannotBeRecordedWhileAssistanceIsClosed() {
        TestLogins.login("township1");
        long id = TestHouseholds.register(households, VILLAGE, Category.POOR);
        long planId = assistanceIntake.assign(
                id, "王乡干", "龙州镇政府", List.of(new NewMeasure(MeasureType.EMPLOYMENT, "推荐到县城工业园区务工", null)));
        String pi = assistance.find(planId).processInstanceId();
        close(Feature.ASSISTANCE);

        TestLogins.login("village1");
        String taskId = taskService
                .createTaskQuery()
                .processInstanceId(pi)
                .taskDefinitionKey("recordMeasure")
                .singleResult()
                .getId();
        assertThatThrownBy(() -> assistanceSteps.recordMeasure(taskId, LocalDate.now(), BigDecimal.ZERO, null))
                .isInstanceOf(FeatureClosedException.class)
                .hasMessageStartingWith("本省尚未开放帮扶信息录入功能");
        assertThat(assistance.find(planId).measures())
                .allSatisfy(m -> assertThat(m.carriedOutOn()).isNull());
        assertThat(taskService.createTaskQuery().taskId(taskId).count())
                .as("the task stays open")
                .isEqualTo(1);

        reopen();
        TestLogins.login("village1");
        assistanceSteps.recordMeasure(taskId, LocalDate.now(), BigDecimal.ZERO, null);
        assertThat(assistance.find(planId).measures())
                .allSatisfy(m -> assertThat(m.carriedOutOn()).isNotNull());
    }

    /** What a function does, who does it, and how many rows it has written so far. */
    private record Gated(String user, List<Runnable> attempts, LongSupplier written) {}

    private Gated gated(Feature feature, long id) {
        return switch (feature) {
            case NATURAL_CHANGE ->
                new Gated(
                        "village1",
                        List.of(() -> naturalChanges.record(new NaturalChangeRequest(
                                id,
                                NaturalChangeKind.MARRIAGE_IN,
                                YearMonth.of(2020, 6),
                                new NewHousehold.NewMember("婚入成员", TestHouseholds.newIdNumber(), Relation.OTHER)))),
                        () -> count("natural_change", id));
            case BASE_DATA_EDIT ->
                new Gated(
                        "village1",
                        List.of(
                                () -> baseData.recordIncome(
                                        id, IncomeRecord.of(2020, "6000", "2000", "0", "1500", "500")),
                                () -> baseData.recordIncomes(
                                        id, List.of(IncomeRecord.of(2019, "5000", "0", "0", "0", "0"))),
                                () -> baseData.relocate(
                                        id,
                                        new Relocation(
                                                Coordinates.of("114.2", "38.4"), Coordinates.of("114.3", "38.5"))),
                                () -> households.updateContact(id, "0311-86012345", true)),
                        () -> count("household_version", id));
            case ASSISTANCE ->
                new Gated(
                        "township1",
                        List.of(() -> assistanceIntake.assign(
                                id,
                                "王乡干",
                                "龙州镇政府",
                                List.of(new NewMeasure(MeasureType.EMPLOYMENT, "推荐到县城工业园区务工", null)))),
                        () -> count("assistance_plan", id));
            case RISK_ELIMINATION ->
                new Gated(
                        "village1",
                        List.of(() -> riskEliminationIntake.propose(
                                id,
                                new RiskEvidence(
                                        new BigDecimal("6200.00"),
                                        new BigDecimal("4500.00"),
                                        true,
                                        true,
                                        true,
                                        true,
                                        true,
                                        true,
                                        "家庭成员稳定务工，大病已治愈"))),
                        () -> count("risk_elimination_case", id));
            default -> throw new IllegalArgumentException(feature.name());
        };
    }

    private long count(String table, long householdId) {
        return jdbc.queryForObject(
                "select count(*) from " + table + " where household_id = ?", Long.class, householdId);
    }

    private void close(Feature feature) {
        until = functions().close(feature);
        closed = feature;
        assertThat(access.isOpen(feature, RegionCode.of(VILLAGE))).isFalse();
    }

    private void reopen() {
        functions().reopen(closed, until);
        closed = null;
    }

    private DemoFunctions functions() {
        return new DemoFunctions(openingIntake, opening, grants, taskService);
    }
}
