package cn.jiandang.rectification.ui;

import cn.jiandang.KaribuTest;
import cn.jiandang.rectification.NewProblem;
import cn.jiandang.rectification.ProblemSource;
import cn.jiandang.rectification.ProblemType;
import cn.jiandang.rectification.RectificationCaseView;
import cn.jiandang.rectification.RectificationCases;
import cn.jiandang.rectification.RectificationIntake;
import cn.jiandang.rectification.RectificationStatus;
import cn.jiandang.rectification.RectificationVariables;
import cn.jiandang.security.TestLogins;
import cn.jiandang.tasks.TaskListService;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class RectificationViewsTest extends KaribuTest {

    @Autowired
    RectificationCases rectification;

    @Autowired
    RectificationIntake rectificationIntake;

    @Autowired
    TaskListService taskList;

    @Test
    void theCountyPassesACaseToTheTownshipFromItsTaskPage() {
        TestLogins.login("supervisor");
        long id = rectificationIntake.create(new NewProblem(
                null,
                "130125100000",
                ProblemType.ASSISTANCE_MISSING,
                "帮扶措施未录入",
                ProblemSource.DATA_CLEANSING,
                LocalDate.now().plusDays(20)));
        login("county1");
        String taskId = taskList.page(0, 500).stream()
                .filter(r -> RectificationVariables.PROCESS_KEY.equals(r.task().processDefinitionKey())
                        && r.task().caseId() == id)
                .findFirst()
                .orElseThrow()
                .task()
                .id();
        UI.getCurrent().navigate("task/" + taskId);
        _get(RadioButtonGroup.class, spec -> spec.withId("rectification-pass")).setValue(true);
        _click(_get(Button.class, spec -> spec.withId("task-submit")));
        assertThat(rectification.find(id).holderLevel()).isEqualTo("TOWNSHIP");
    }

    @Test
    void theSupervisorImportsAListAndSeesTheRowsThatFailed() {
        login("supervisor");
        UI.getCurrent().navigate("rectification");
        _setValue(
                _get(TextArea.class, spec -> spec.withId("rectification-csv")),
                "130125100201,OTHER,村级台账缺页\n130125999999,OTHER,不存在");
        _click(_get(Button.class, spec -> spec.withId("rectification-import")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("rectification-import-result"))
                        .getText())
                .contains("已下发 1 个问题")
                .contains("第2行：行政区划 130125999999 不存在");
        assertThat(_get(Grid.class, spec -> spec.withId("rectification-board"))).isNotNull();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theCentreSeesTheSupervisorsCasesNationallyAndTheStatusFilterSaysAllStatuses() {
        TestLogins.login("supervisor");
        long bySupervisor = rectificationIntake.create(new NewProblem(
                null,
                "130126100201",
                ProblemType.INSPECTION_FINDING,
                "巡视回头看：帮扶台账不全",
                ProblemSource.INSPECTION,
                LocalDate.now().plusDays(15)));
        TestLogins.login("centre");
        long byCentre = rectificationIntake.create(new NewProblem(
                null,
                "130125100201",
                ProblemType.INFO_INCOMPLETE,
                "数据清洗：家庭成员信息不完整",
                ProblemSource.DATA_CLEANSING,
                LocalDate.now().plusDays(15)));

        login("centre");
        UI.getCurrent().navigate("rectification");
        Select<Optional<RectificationStatus>> status =
                _get(Select.class, spec -> spec.withId("rectification-status-filter"));
        assertThat(status.getItemLabelGenerator().apply(Optional.empty())).isEqualTo("全部状态");
        assertThat(boardCases()).contains(bySupervisor, byCentre);

        // the supervisor keeps to the cases it issued
        login("supervisor");
        UI.getCurrent().navigate("tasks");
        UI.getCurrent().navigate("rectification");
        assertThat(boardCases()).contains(bySupervisor).doesNotContain(byCentre);
    }

    @SuppressWarnings("unchecked")
    private static List<Long> boardCases() {
        Grid<RectificationCaseView> board = _get(Grid.class, spec -> spec.withId("rectification-board"));
        return GridKt._findAll(board).stream().map(RectificationCaseView::id).toList();
    }

    @Test
    void aCountyOfficerIsRefusedTheBoard() {
        login("county1");
        UI.getCurrent().navigate("rectification");
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain())
                .isNotEmpty()
                .noneMatch(RectificationBoardView.class::isInstance);
    }

    @Test
    void theProvinceSeesAppReportsAndTheSupervisorIsRefusedThatPage() {
        login("province1");
        UI.getCurrent().navigate("rectification/app-reports");
        assertThat(_get(AppReportsView.class)).isNotNull();
        assertThat(_get(Paragraph.class, spec -> spec.withText("按规定，手机APP反映的问题仅以脱敏方式向省级提供（地名已隐去），不得另作他用。")))
                .isNotNull();
        login("supervisor");
        UI.getCurrent().navigate("rectification/app-reports");
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain())
                .noneMatch(AppReportsView.class::isInstance);
    }
}
