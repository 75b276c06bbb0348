package cn.jiandang.assistance;

import cn.jiandang.JiandangSpringTest;
import cn.jiandang.TestHouseholds;
import cn.jiandang.common.BusinessException;
import cn.jiandang.household.Category;
import cn.jiandang.household.HouseholdService;
import cn.jiandang.security.RegionAccessDeniedException;
import cn.jiandang.security.TestLogins;
import cn.jiandang.tasks.TaskListService;
import cn.jiandang.tasks.TaskRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Assistance through the real services and engine: township assigns, village records each measure, township confirms. */
@JiandangSpringTest
class AssistanceServicesTest {

    static final String VILLAGE1 = "130125100201";

    @Autowired
    AssistanceCases assistance;

    @Autowired
    AssistanceSteps assistanceSteps;

    @Autowired
    AssistanceIntake assistanceIntake;

    @Autowired
    HouseholdService households;

    @Autowired
    TaskListService taskList;

    @AfterEach
    void logout() {
        TestLogins.logout();
    }

    @Test
    void aMarginalHouseholdGetsMeasuresThroughTheSameChannel() {
        long householdId = TestHouseholds.register(households, VILLAGE1, Category.MARGINAL);
        TestLogins.login("township1");
        long planId = assistanceIntake.assign(
                householdId,
                "王乡干",
                "龙州镇人民政府",
                List.of(
                        new NewMeasure(MeasureType.EMPLOYMENT, "推荐到县城工业园区务工", null),
                        new NewMeasure(MeasureType.HOUSING_RENOVATION, "C级危房加固", new BigDecimal("12000"))));

        TestLogins.login("village1");
        List<TaskRow> records = tasksOf(planId);
        assertThat(records).hasSize(2);
        for (TaskRow row : records) {
            MeasureView m = assistanceSteps.measureOf(row.task().id());
            assistanceSteps.recordMeasure(
                    row.task().id(),
                    LocalDate.now().minusDays(3),
                    m.type() == MeasureType.EMPLOYMENT ? BigDecimal.ZERO : new BigDecimal("11800.5"),
                    m.type() == MeasureType.EMPLOYMENT ? null : "XM-2020-031");
        }
        TestLogins.login("township1");
        TaskRow review = tasksOf(planId).get(0);
        assertThat(review.task().taskDefinitionKey()).isEqualTo("reviewImplementation");
        long housing = assistance.find(planId).measures().stream()
                .filter(m -> m.type() == MeasureType.HOUSING_RENOVATION)
                .findFirst()
                .orElseThrow()
                .id();
        assistanceSteps.completeReview(review.task().id(), planId, false, Set.of(housing), "请补充项目验收日期");

        TestLogins.login("village1");
        TaskRow again = tasksOf(planId).get(0);
        assertThat(assistanceSteps.measureOf(again.task().id()).id()).isEqualTo(housing);
        assistanceSteps.recordMeasure(
                again.task().id(), LocalDate.now().minusDays(1), new BigDecimal("11800.50"), "XM-2020-031");
        TestLogins.login("township1");
        assistanceSteps.completeReview(tasksOf(planId).get(0).task().id(), planId, true, Set.of(), null);

        AssistancePlanView done = assistance.find(planId);
        assertThat(done.status()).isEqualTo("COMPLETED");
        assertThat(done.measures()).allSatisfy(m -> assertThat(m.status()).isEqualTo(MeasureStatus.CONFIRMED));
        assertThat(done.measures()).anySatisfy(m -> {
            assertThat(m.actualAmount()).isEqualByComparingTo("11800.50");
            assertThat(m.projectRef()).isEqualTo("XM-2020-031");
        });
    }

    @Test
    void anExitedHouseholdOrAVillageOfficerIsRefused() {
        long exited = TestHouseholds.register(households, VILLAGE1, Category.EXITED);
        long poor = TestHouseholds.register(households, VILLAGE1, Category.POOR);
        TestLogins.login("county1");
        assertThatThrownBy(() -> assistanceIntake.assign(
                        exited, "刘县干", null, List.of(new NewMeasure(MeasureType.INDUSTRY, "养殖", null))))
                .isInstanceOf(AssistanceRefusedException.class)
                .hasMessageStartingWith("脱贫户不在帮扶措施录入范围");
        TestLogins.login("village1");
        assertThatThrownBy(() -> assistanceIntake.assign(
                        poor, "张村官", null, List.of(new NewMeasure(MeasureType.INDUSTRY, "养殖", null))))
                .isInstanceOf(RegionAccessDeniedException.class);
    }

    @Test
    void missingItemsAreNamedFieldByField() {
        long poor = TestHouseholds.register(households, VILLAGE1, Category.RETURNED);
        TestLogins.login("county1");
        assertThatThrownBy(() -> assistanceIntake.assign(
                        poor, " ", null, List.of(new NewMeasure(null, "", new BigDecimal("-1")))))
                .isInstanceOfSatisfying(
                        BusinessException.class,
                        e -> assertThat(e.fieldErrors())
                                .containsOnlyKeys(
                                        "helperName",
                                        "measures[0].type",
                                        "measures[0].description",
                                        "measures[0].plannedAmount"));
        long planId = assistanceIntake.assign(
                poor, "刘县干", null, List.of(new NewMeasure(MeasureType.ACCESS_ROAD, "硬化入户路", null)));
        TestLogins.login("village1");
        String taskId = tasksOf(planId).get(0).task().id();
        assertThatThrownBy(() -> assistanceSteps.recordMeasure(taskId, null, null, null))
                .isInstanceOfSatisfying(
                        BusinessException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("carriedOutOn", "actualAmount"));
    }

    private List<TaskRow> tasksOf(long planId) {
        return taskList.page(0, 500).stream()
                .filter(r -> "assistance".equals(r.task().processDefinitionKey()))
                .filter(r -> r.task().caseId() != null && r.task().caseId() == planId)
                .toList();
    }
}
