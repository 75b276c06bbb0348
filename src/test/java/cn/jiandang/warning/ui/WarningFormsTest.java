package cn.jiandang.warning.ui;

import cn.jiandang.KaribuTest;
import cn.jiandang.TestHouseholds;
import cn.jiandang.TestIncomes;
import cn.jiandang.exchange.ImportMode;
import cn.jiandang.exchange.TestImports;
import cn.jiandang.household.Category;
import cn.jiandang.household.HouseholdService;
import cn.jiandang.household.basedata.BaseDataService;
import cn.jiandang.security.TestLogins;
import cn.jiandang.tasks.TaskFilter;
import cn.jiandang.tasks.TaskListService;
import cn.jiandang.tasks.TaskRow;
import cn.jiandang.tasks.ui.TaskListView;
import cn.jiandang.warning.SignalImport;
import cn.jiandang.warning.SignalView;
import cn.jiandang.warning.WarningStatus;
import cn.jiandang.warning.WarningVariables;
import cn.jiandang.warning.Warnings;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The village officer verifies a warning from its task form: household and signals shown masked, no risk kept. */
class WarningFormsTest extends KaribuTest {

    @Autowired
    HouseholdService households;

    @Autowired
    BaseDataService baseData;

    @Autowired
    SignalImport signals;

    @Autowired
    TaskListService taskList;

    @Autowired
    Warnings warnings;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theFormShowsTheMaskedSignalsAndRecordsNoRiskWithItsReason() {
        long household = TestHouseholds.register(households, "130125100201", Category.EXITED);
        String head = jdbc.queryForObject(
                "select id_number from member where household_id = ? and relation = 'HEAD'", String.class, household);
        TestLogins.login("village1");
        TestIncomes.record(baseData, household, LocalDate.now().getYear() - 1, new BigDecimal("8000"));
        TestLogins.login("county1");
        signals.submit(
                "signals.csv",
                ("来源,身份证号,日期,金额（元）\r\n灾害损失," + head + "," + LocalDate.now().minusDays(3) + ",5000\r\n")
                        .getBytes(StandardCharsets.UTF_8),
                ImportMode.ALL_OR_NOTHING);
        TestImports.runQueued(ctx);

        login("village1");
        TaskRow row = taskList
                .page(new TaskFilter(TaskFilter.Scope.MINE, WarningVariables.PROCESS_KEY, null, false), 0, 5000)
                .stream()
                .filter(r -> Long.valueOf(household).equals(r.task().householdId()))
                .findFirst()
                .orElseThrow();
        UI.getCurrent().navigate("task/" + row.task().id());
        assertThat(_get(Paragraph.class, spec -> spec.withId("warning-household"))
                        .getText())
                .contains("测试户主", "脱贫户")
                .doesNotContain(head);
        assertThat(_get(Paragraph.class, spec -> spec.withId("warning-reason")).getText())
                .contains("灾害损失", "因灾");
        @SuppressWarnings("unchecked")
        Grid<SignalView> grid = _get(Grid.class, spec -> spec.withId("warning-signals"));
        assertThat(_findAll(grid)).singleElement().satisfies(s -> {
            assertThat(s.idNumber()).isNotEqualTo(head).contains("*");
            assertThat(s.amount()).isEqualByComparingTo("5000");
        });

        @SuppressWarnings("unchecked")
        RadioButtonGroup<Boolean> outcome = _get(RadioButtonGroup.class, spec -> spec.withId("warning-outcome"));
        _setValue(outcome, true);
        _click(_get(Button.class, spec -> spec.withId("task-submit")));
        assertThat(_get(TextArea.class, spec -> spec.withId("task-comment")).isInvalid())
                .as("no risk needs its reason")
                .isTrue();
        _setValue(_get(TextArea.class, spec -> spec.withId("task-comment")), "已获灾后重建补助，生活无影响");
        _click(_get(Button.class, spec -> spec.withId("task-submit")));
        assertThat(_get(TaskListView.class)).isNotNull();

        long id = row.task().caseId();
        assertThat(warnings.find(id).status()).isEqualTo(WarningStatus.NO_RISK);
        assertThat(warnings.find(id).comment()).isEqualTo("已获灾后重建补助，生活无影响");
    }
}
