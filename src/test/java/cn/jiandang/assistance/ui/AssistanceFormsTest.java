package cn.jiandang.assistance.ui;

import cn.jiandang.KaribuTest;
import cn.jiandang.TestHouseholds;
import cn.jiandang.assistance.AssistanceCases;
import cn.jiandang.assistance.MeasureType;
import cn.jiandang.household.Category;
import cn.jiandang.household.HouseholdService;
import cn.jiandang.security.TestLogins;
import cn.jiandang.tasks.TaskListService;
import cn.jiandang.tasks.TaskRow;
import cn.jiandang.tasks.ui.TaskListView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.LocalDate;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The township assigns from the household page, the village records from its task, the township confirms. */
class AssistanceFormsTest extends KaribuTest {

    @Autowired
    AssistanceCases assistance;

    @Autowired
    HouseholdService households;

    @Autowired
    TaskListService taskList;

    @Test
    @SuppressWarnings("unchecked")
    void assignedRecordedAndConfirmedFromTheForms() {
        long householdId = TestHouseholds.register(households, "130125100201", Category.NEWLY_POOR);
        login("township1");
        UI.getCurrent().navigate("household/" + householdId);
        _click(_get(Button.class, spec -> spec.withId("action-assistance-start")));
        _setValue(_get(TextField.class, spec -> spec.withId("assistance-helper")), "王乡干");
        _setValue(
                (Select<MeasureType>) _get(Select.class, spec -> spec.withId("assistance-type-0")),
                MeasureType.DRINKING_WATER);
        _setValue(_get(TextField.class, spec -> spec.withId("assistance-description-0")), "自来水入户");
        _click(_get(Button.class, spec -> spec.withId("assistance-submit")));

        long planId = open("village1", "recordMeasure", householdId).task().caseId();
        _setValue(_get(DatePicker.class, spec -> spec.withId("measure-date")), LocalDate.now());
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("measure-amount")), new BigDecimal("800"));
        submit();
        open("township1", "reviewImplementation", householdId);
        submit();

        TestLogins.login("township1");
        assertThat(assistance.find(planId).status()).isEqualTo("COMPLETED");
    }

    private TaskRow open(String user, String key, long householdId) {
        login(user);
        TaskRow row = taskList.page(0, 500).stream()
                .filter(r -> "assistance".equals(r.task().processDefinitionKey()))
                .filter(r -> r.task().taskDefinitionKey().equals(key)
                        && Long.valueOf(householdId).equals(r.task().householdId()))
                .findFirst()
                .orElseThrow();
        UI.getCurrent().navigate("task/" + row.task().id());
        return row;
    }

    private void submit() {
        _click(_get(Button.class, spec -> spec.withId("task-submit")));
        assertThat(_get(TaskListView.class)).isNotNull();
    }
}
