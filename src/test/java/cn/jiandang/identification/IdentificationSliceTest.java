package cn.jiandang.identification;

import cn.jiandang.JiandangSpringTest;
import cn.jiandang.household.Category;
import cn.jiandang.household.HouseholdDetails;
import cn.jiandang.household.HouseholdService;
import cn.jiandang.household.PovertyFactor;
import cn.jiandang.household.TestHouseholds;
import cn.jiandang.region.RegionCode;
import cn.jiandang.security.RegionAccessDeniedException;
import cn.jiandang.security.TestLogins;
import cn.jiandang.tasks.TaskGoneException;
import cn.jiandang.tasks.TaskListService;
import cn.jiandang.tasks.TaskRow;
import cn.jiandang.tasks.ProcedureHistory;
import cn.jiandang.tasks.TimelineEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** The thin slice through the real services, engine and registry: village → township → registry. */
@JiandangSpringTest
class IdentificationSliceTest {

    static final RegionCode VILLAGE1 = RegionCode.of("130125100201");

    @Autowired
    IdentificationService identification;
    @Autowired
    TaskListService taskList;
    @Autowired
    HouseholdService households;
    @Autowired
    ProcedureHistory history;

    @AfterEach
    void logout() {
        TestLogins.logout();
    }

    @Test
    void village1AppliesAndTownship1ApprovesWhileOtherRegionsSeeNothing() {
        TestLogins.login("village1");
        long householdId = ordinaryHousehold(0);
        long caseId = identification.start(householdId, Category.NEWLY_POOR, Set.of(PovertyFactor.EPIDEMIC), Channel.VILLAGE);

        TaskRow verification = taskOf(caseId);
        assertThat(verification.task().taskDefinitionKey()).isEqualTo("homeVerification");
        assertThat(verification.villageName()).isEqualTo("东关村");
        identification.completeHomeVerification(verification.task().id(), caseId,
                Set.of(PovertyFactor.EPIDEMIC, PovertyFactor.ILLNESS), "入户核实属实");

        for (String outsider : List.of("village2", "township2")) {
            TestLogins.login(outsider);
            assertThat(taskList.page(0, 500)).noneMatch(r -> caseId == r.task().caseId());
        }
        TestLogins.login("township1");
        TaskRow review = taskOf(caseId);
        assertThat(review.task().taskDefinitionKey()).isEqualTo("townshipReview");
        identification.completeTownshipReview(review.task().id(), caseId, true, "同意");

        HouseholdDetails after = households.details(householdId);
        assertThat(after.category()).isEqualTo(Category.NEWLY_POOR);
        assertThat(after.categoryHistory()).last().satisfies(c -> {
            assertThat(c.to()).isEqualTo(Category.NEWLY_POOR);
            assertThat(c.changedBy()).isEqualTo("township1");
            assertThat(c.procedure()).isEqualTo("IDENTIFICATION");
        });
        assertThat(identification.find(caseId).status()).isEqualTo(CaseStatus.APPROVED);

        assertThat(history.forHousehold(householdId)).extracting(TimelineEntry::stepName, TimelineEntry::actor)
                .containsExactly(tuple("入户核实", "village1"), tuple("乡镇审核", "township1"));
        assertThat(history.forHousehold(householdId).get(0).comments()).containsExactly("入户核实属实");
    }

    @Test
    void aSecondOpenIdentificationOfTheSameHouseholdIsRefused() {
        TestLogins.login("village1");
        long householdId = ordinaryHousehold(1);
        identification.start(householdId, Category.MARGINAL, Set.of(PovertyFactor.HIGH_EXPENSES), Channel.VILLAGE);
        assertThatThrownBy(() -> identification.start(householdId, Category.NEWLY_POOR, Set.of(PovertyFactor.ILLNESS),
                Channel.VILLAGE)).isInstanceOf(DuplicateIdentificationException.class)
                .hasMessageContaining("办理中");
    }

    @Test
    void anotherVillagesOfficerCannotStartOrComplete() {
        TestLogins.login("village1");
        long householdId = ordinaryHousehold(2);
        long caseId = identification.start(householdId, Category.NEWLY_POOR, Set.of(PovertyFactor.DISASTER), Channel.VILLAGE);
        String taskId = taskOf(caseId).task().id();

        TestLogins.login("village2");
        assertThatThrownBy(() -> identification.start(householdId, Category.NEWLY_POOR, Set.of(PovertyFactor.ILLNESS),
                Channel.VILLAGE)).isInstanceOf(RegionAccessDeniedException.class);
        assertThatThrownBy(() -> identification.completeHomeVerification(taskId, caseId, Set.of(PovertyFactor.ILLNESS), ""))
                .isInstanceOf(RegionAccessDeniedException.class);
    }

    @Test
    void aTaskCompletedMeanwhileSaysSo() {
        TestLogins.login("village1");
        long householdId = ordinaryHousehold(3);
        long caseId = identification.start(householdId, Category.NEWLY_POOR, Set.of(PovertyFactor.DISASTER), Channel.VILLAGE);
        String taskId = taskOf(caseId).task().id();
        identification.completeHomeVerification(taskId, caseId, Set.of(PovertyFactor.DISASTER), "");
        assertThatThrownBy(() -> identification.completeHomeVerification(taskId, caseId, Set.of(PovertyFactor.DISASTER), ""))
                .isInstanceOf(TaskGoneException.class).hasMessageContaining("已由他人办理");
    }

    @Test
    void aKindThatTheCategoryDoesNotAllowIsRefusedWithTheReason() {
        TestLogins.login("village1");
        long poor = households.search(VILLAGE1, Category.POOR, PageRequest.of(0, 1)).getContent().get(0).id();
        assertThatThrownBy(() -> identification.start(poor, Category.MONITORED, Set.of(PovertyFactor.ILLNESS), Channel.VILLAGE))
                .isInstanceOf(IdentificationRefusedException.class).hasMessage("贫困户不能识别为脱贫监测户");
    }

    private long ordinaryHousehold(int index) {
        return TestHouseholds.register(households, VILLAGE1);
    }

    private TaskRow taskOf(long caseId) {
        return taskList.page(0, 500).stream().filter(r -> r.task().caseId() == caseId).findFirst().orElseThrow();
    }
}
