package cn.jiandang.riskelimination.ui;

import cn.jiandang.KaribuTest;
import cn.jiandang.TestHouseholds;
import cn.jiandang.household.Category;
import cn.jiandang.household.HouseholdService;
import cn.jiandang.riskelimination.RiskCaseStatus;
import cn.jiandang.riskelimination.RiskEliminationCases;
import cn.jiandang.security.TestLogins;
import cn.jiandang.tasks.TaskListService;
import cn.jiandang.tasks.ui.TaskListView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The village proposes from the household page; every step is completed from its form by its role. */
class RiskEliminationFormsTest extends KaribuTest {

    @Autowired
    RiskEliminationCases riskElimination;

    @Autowired
    HouseholdService households;

    @Autowired
    TaskListService taskList;

    @Autowired
    ManagementService management;

    @Test
    void proposedByTheVillageAndApprovedStepByStepFromTheForms() {
        long householdId = TestHouseholds.register(households, "130125100201", Category.MONITORED);
        login("village1");
        UI.getCurrent().navigate("household/" + householdId);
        _click(_get(Button.class, spec -> spec.withId("action-riskelimination-start")));
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("risk-income")), new BigDecimal("6000"));
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("risk-line")), new BigDecimal("4500"));
        for (String id : new String[] {
            "schoolingSecure", "medicalSecure", "housingSecure", "drinkingWaterSecure", "riskGone", "noNewRisk"
        }) {
            _setValue(_get(Checkbox.class, spec -> spec.withId("risk-" + id)), true);
        }
        _click(_get(Button.class, spec -> spec.withId("risk-submit")));

        long caseId = step("village1", "homeVerification", householdId);
        submit();
        step("village1", "democraticAppraisal", householdId);
        _setValue(_get(TextArea.class, spec -> spec.withId("risk-minutes")), "一致同意");
        submit();
        String instance = riskElimination.find(caseId).processInstanceId();
        management.executeJob(management
                .createJobQuery()
                .processInstanceId(instance)
                .timers()
                .singleResult()
                .getId());
        step("township1", "townshipReview", householdId);
        submit();
        step("county1", "countyApproval", householdId);
        submit();

        TestLogins.login("county1");
        assertThat(riskElimination.find(caseId).status()).isEqualTo(RiskCaseStatus.ELIMINATED);
        assertThat(households.details(householdId).riskEliminated()).isTrue();
    }

    private long step(String user, String key, long householdId) {
        login(user);
        var row = taskList.page(0, 500).stream()
                .filter(r -> "riskElimination".equals(r.task().processDefinitionKey()))
                .filter(r -> r.task().taskDefinitionKey().equals(key)
                        && Long.valueOf(householdId).equals(r.task().householdId()))
                .findFirst()
                .orElseThrow();
        UI.getCurrent().navigate("task/" + row.task().id());
        assertThat(_get(Paragraph.class, spec -> spec.withId("risk-evidence"))
                        .getElement()
                        .getTextRecursively())
                .contains("6000");
        return row.task().caseId();
    }

    private void submit() {
        _click(_get(Button.class, spec -> spec.withId("task-submit")));
        assertThat(_get(TaskListView.class)).isNotNull();
    }
}
