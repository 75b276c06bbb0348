package cn.jiandang.tasks.ui;

import cn.jiandang.KaribuTest;
import cn.jiandang.TestHouseholds;
import cn.jiandang.featureaccess.Feature;
import cn.jiandang.featureaccess.FeatureGrants;
import cn.jiandang.functionopening.DemoFunctions;
import cn.jiandang.functionopening.FunctionOpeningIntake;
import cn.jiandang.functionopening.FunctionOpeningSteps;
import cn.jiandang.household.Category;
import cn.jiandang.household.HouseholdService;
import cn.jiandang.household.PovertyFactor;
import cn.jiandang.household.ui.HouseholdView;
import cn.jiandang.identification.Channel;
import cn.jiandang.identification.IdentificationCases;
import cn.jiandang.identification.IdentificationIntake;
import cn.jiandang.rectification.NewProblem;
import cn.jiandang.rectification.ProblemSource;
import cn.jiandang.rectification.ProblemType;
import cn.jiandang.rectification.RectificationCases;
import cn.jiandang.rectification.RectificationIntake;
import cn.jiandang.rectification.RectificationStatus;
import cn.jiandang.rectification.RectificationSteps;
import cn.jiandang.rectification.RectificationVariables;
import cn.jiandang.region.RegionCode;
import cn.jiandang.region.RegionService;
import cn.jiandang.region.RegionView;
import cn.jiandang.security.Colleague;
import cn.jiandang.security.TestLogins;
import cn.jiandang.tasks.TaskListFixtures;
import cn.jiandang.tasks.TaskListService;
import cn.jiandang.tasks.TaskRow;
import cn.jiandang.tasks.WorkTasks;
import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.provider.SortDirection;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class TaskListViewTest extends KaribuTest {

    @Autowired
    IdentificationCases identification;

    @Autowired
    IdentificationIntake identificationIntake;

    @Autowired
    HouseholdService households;

    @Autowired
    RectificationCases rectification;

    @Autowired
    RectificationSteps rectificationSteps;

    @Autowired
    RectificationIntake rectificationIntake;

    @Autowired
    TaskListService taskList;

    @Autowired
    WorkTasks work;

    @Autowired
    FunctionOpeningSteps opening;

    @Autowired
    FunctionOpeningIntake openingIntake;

    @Autowired
    FeatureGrants grants;

    @Autowired
    TaskService taskService;

    @Test
    void theVillageOfficerSeesItsTaskAndTheCountyItInTheRegionTabOnly() {
        long caseId = startIdentification();

        login("village1");
        UI.getCurrent().navigate(TaskListView.class);
        assertThat(caseIds()).contains(caseId);
        assertThat(_get(Tab.class, spec -> spec.withId("tab-mine")).getLabel()).startsWith("我的待办");

        login("county1");
        UI.getCurrent().navigate(TaskListView.class);
        assertThat(caseIds()).doesNotContain(caseId);
        Tabs tabs = _get(Tabs.class);
        tabs.setSelectedTab(_get(Tab.class, spec -> spec.withId("tab-region")));
        assertThat(caseIds()).contains(caseId);
        assertThat(_get(Span.class, spec -> spec.withId("task-count")).getText())
                .isNotBlank();
    }

    @Test
    void anotherVillagesOfficerSeesNeitherTab() {
        long caseId = startIdentification();
        login("village2");
        UI.getCurrent().navigate(TaskListView.class);
        assertThat(caseIds()).doesNotContain(caseId);
        _get(Tabs.class).setSelectedTab(_get(Tab.class, spec -> spec.withId("tab-region")));
        assertThat(caseIds()).doesNotContain(caseId);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aTaskIsHandedFromTheListToAColleagueOfTheSameTownshipOnly() {
        long caseId = problemOfLongzhou("列表转交测试");
        TestLogins.login("county1");
        rectificationSteps.handle(task(caseId, RectificationVariables.TASK_COUNTY_HANDLING), caseId, true, null, null);
        login("township1");
        UI.getCurrent().navigate(TaskListView.class);
        Grid<TaskRow> grid = _get(Grid.class, spec -> spec.withId("tasks"));
        int row = rowOf(grid, caseId);

        assertThat(LitCells.shown(grid, row, "actions").select("vaadin-button.jd-handover"))
                .as("the hand-over button is shown")
                .hasSize(1);
        LitCells.call(grid, row, "actions", "handOver");
        ComboBox<Colleague> colleague = _get(ComboBox.class, spec -> spec.withId("handover-colleague"));
        assertThat(colleague
                        .getListDataView()
                        .getItems()
                        .map(Colleague::username)
                        .toList())
                .contains("township1b")
                .doesNotContain("township1", "township2");
        _setValue(colleague, new Colleague("township1b", "钱乡干"));
        _click(_get(Button.class, spec -> spec.withId("handover-confirm")));

        assertThat(rowOf(_get(Grid.class, spec -> spec.withId("tasks")), caseId))
                .isEqualTo(-1);
        TestLogins.login("township1b");
        assertThat(taskList.page(0, 1000))
                .filteredOn(r -> isRectification(r, caseId))
                .singleElement()
                .satisfies(r -> assertThat(r.task().assignee()).isEqualTo("township1b"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theBulkButtonIsOfferedOnlyForTasksOfOneStepThatAllowsItAndReportsTheOutcome() {
        long first = problemOfLongzhou("批量核实测试一");
        long second = problemOfLongzhou("批量核实测试二");
        long stillToHandle = problemOfLongzhou("批量核实测试三");
        for (long id : List.of(first, second)) {
            TestLogins.login("county1");
            rectificationSteps.handle(task(id, RectificationVariables.TASK_COUNTY_HANDLING), id, true, null, null);
            TestLogins.login("township1");
            rectificationSteps.handle(
                    task(id, RectificationVariables.TASK_TOWNSHIP_HANDLING), id, false, "已补齐台账", "台账照片");
        }
        login("county1");
        UI.getCurrent().navigate(TaskListView.class);
        Grid<TaskRow> grid = _get(Grid.class, spec -> spec.withId("tasks"));
        _assertNone(Button.class, spec -> spec.withId("tasks-bulk"));

        grid.select(GridKt._get(grid, rowOf(grid, first)));
        grid.select(GridKt._get(grid, rowOf(grid, second)));
        Button bulk = _get(Button.class, spec -> spec.withId("tasks-bulk"));
        assertThat(bulk.isEnabled()).isTrue();
        assertThat(bulk.getText()).isEqualTo("批量办理（2 项）：整改核实通过");
        TaskRow other = GridKt._get(grid, rowOf(grid, stillToHandle));
        grid.select(other);
        assertThat(bulk.isEnabled()).isFalse();
        assertThat(bulk.getText()).isEqualTo("所选任务不能批量办理");
        grid.deselect(other);

        _click(bulk);
        assertThat(_get(Paragraph.class, spec -> spec.withId("bulk-question")).getText())
                .isEqualTo("将对所选 2 项任务执行“整改核实通过”。每项任务单独办理：某项失败不影响其他任务。");
        _setValue(_get(TextArea.class, spec -> spec.withId("bulk-comment")), "抽查属实");
        _click(_get(Button.class, spec -> spec.withId("bulk-confirm")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("bulk-summary")).getText())
                .isEqualTo("已办理 2 项任务。");
        assertThat(rectification.find(first).status()).isEqualTo(RectificationStatus.SUBMITTED);
        assertThat(rectification.find(second).status()).isEqualTo(RectificationStatus.SUBMITTED);
        assertThat(rowOf(grid, first)).isEqualTo(-1);
        assertThat(rowOf(grid, stillToHandle)).isNotEqualTo(-1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theTaskPageHandsTheTaskOverAndGoesBackToTheList() {
        long caseId = problemOfLongzhou("任务页转交测试");
        TestLogins.login("county1");
        rectificationSteps.handle(task(caseId, RectificationVariables.TASK_COUNTY_HANDLING), caseId, true, null, null);
        login("township1");
        String taskId = task(caseId, RectificationVariables.TASK_TOWNSHIP_HANDLING);
        UI.getCurrent().navigate("task/" + taskId);

        _click(_get(Button.class, spec -> spec.withId("task-handover")));
        _setValue(_get(ComboBox.class, spec -> spec.withId("handover-colleague")), new Colleague("township1b", "钱乡干"));
        _click(_get(Button.class, spec -> spec.withId("handover-confirm")));

        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain())
                .anyMatch(TaskListView.class::isInstance);
        TestLogins.login("township1b");
        assertThat(taskList.page(0, 1000))
                .filteredOn(r -> r.task().id().equals(taskId))
                .singleElement()
                .satisfies(r -> assertThat(r.task().assignee()).isEqualTo("township1b"));
    }

    @Test
    void anOldLinkToATaskDoneMeanwhileGoesBackToTheListAndSaysSoInsteadOfAnErrorPage() {
        long caseId = problemOfLongzhou("旧链接测试");
        TestLogins.login("county1");
        String taskId = task(caseId, RectificationVariables.TASK_COUNTY_HANDLING);
        rectificationSteps.handle(taskId, caseId, true, null, null);
        login("county1");
        NotificationsKt.clearNotifications();

        UI.getCurrent().navigate("task/" + taskId);

        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain())
                .anyMatch(TaskListView.class::isInstance);
        assertThat(NotificationsKt.getNotifications())
                .singleElement()
                .satisfies(n -> assertThat(n.getElement().getProperty("text")).contains("办理完毕"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCaseNotAboutOneHouseholdShowsItsRegionInsteadOfACaseNumber() {
        long caseId = problemOfLongzhou("列表地区名称测试");
        login("county1");
        UI.getCurrent().navigate(TaskListView.class);
        Grid<TaskRow> grid = _get(Grid.class, spec -> spec.withId("tasks"));
        int row = rowOf(grid, caseId);
        assertThat(row).isNotEqualTo(-1);
        TaskRow r = GridKt._get(grid, row);
        assertThat(r.headName()).isEmpty();
        assertThat(r.subject()).isEqualTo("龙州镇");
        assertThat(GridKt._getFormattedRow(grid, row)).contains("龙州镇").doesNotContain("案卷 " + caseId);
    }

    @Test
    void aProvincesRequestShowsTheProvinceNotACaseNumber() {
        DemoFunctions functions = new DemoFunctions(openingIntake, opening, grants, taskService);
        LocalDate until = functions.close(Feature.NATURAL_CHANGE);
        TestLogins.login("province1");
        long grant = openingIntake.request(Feature.NATURAL_CHANGE, "测试：列表显示省份", LocalDate.now(), until);
        try {
            TestLogins.login("centre");
            assertThat(taskList.page(0, 1000))
                    .filteredOn(r -> "functionOpening".equals(r.task().processDefinitionKey())
                            && r.task().caseId() == grant)
                    .singleElement()
                    .satisfies(r -> {
                        assertThat(r.subject()).isEqualTo("河北省");
                        assertThat(r.villageName()).isEmpty();
                    });
        } finally {
            TestLogins.login("centre");
            opening.decide(
                    taskService
                            .createTaskQuery()
                            .processInstanceId(opening.find(grant).processInstanceId())
                            .singleResult()
                            .getId(),
                    grant,
                    true,
                    "同意");
        }
    }

    @Test
    void aClaimedTaskNamesTheOfficerNotItsUsername() {
        long caseId = problemOfLongzhou("认领人姓名测试");
        TestLogins.login("county1");
        String taskId = task(caseId, RectificationVariables.TASK_COUNTY_HANDLING);
        TestLogins.login("county1");
        work.claim(taskId);
        TestLogins.login("county1");
        assertThat(taskList.page(0, 1000))
                .filteredOn(r -> r.task().id().equals(taskId))
                .singleElement()
                .satisfies(r -> assertThat(r.assigneeName()).isEqualTo("刘县干"));
    }

    @Autowired
    RegionService regions;

    @Test
    @SuppressWarnings("unchecked")
    void choosingAVillageNarrowsTheGridAndTheTabCounts() {
        RegionCode a = TaskListFixtures.freshVillage(regions);
        RegionCode b = TaskListFixtures.freshVillage(regions);
        long ofA = TaskListFixtures.identification(households, identificationIntake, a);
        long ofB = TaskListFixtures.identification(households, identificationIntake, b);
        long problemOfA = TaskListFixtures.problem(rectificationIntake, a, 20);
        // the county acts on the problem and watches the villages' identifications
        login("county1");
        UI.getCurrent().navigate(TaskListView.class);
        _get(Tabs.class).setSelectedTab(_get(Tab.class, spec -> spec.withId("tab-region")));
        Grid<TaskRow> grid = _get(Grid.class, spec -> spec.withId("tasks"));
        assertThat(rows(grid))
                .contains("identification:" + ofA, "identification:" + ofB, "rectification:" + problemOfA);
        assertThat(GridKt._size(grid)).isGreaterThan(2);

        ComboBox<RegionView> village = _get(ComboBox.class, spec -> spec.withId("filter-village"));
        _setValue(village, villageOf(a));

        assertThat(rows(grid)).containsExactlyInAnyOrder("identification:" + ofA, "rectification:" + problemOfA);
        assertThat(_get(Tab.class, spec -> spec.withId("tab-region")).getLabel())
                .isEqualTo("辖区待办（2）");
        assertThat(_get(Tab.class, spec -> spec.withId("tab-mine")).getLabel()).isEqualTo("我的待办（1）");
        assertThat(_get(Span.class, spec -> spec.withId("task-count")).getText())
                .isEqualTo("共 2 项待办");

        _setValue(village, villageOf(b));
        assertThat(rows(grid)).containsExactly("identification:" + ofB);
        assertThat(_get(Tab.class, spec -> spec.withId("tab-region")).getLabel())
                .isEqualTo("辖区待办（1）");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCountyOfficerTellsVillagesApartByTheirTownship() {
        RegionCode a = TaskListFixtures.freshVillage(regions);
        login("county1");
        UI.getCurrent().navigate(TaskListView.class);
        ComboBox<RegionView> village = _get(ComboBox.class, spec -> spec.withId("filter-village"));
        ComboBoxKt.setUserInput(village, TaskListFixtures.nameOf(a));
        assertThat(ComboBoxKt.getSuggestions(village)).containsExactly(TaskListFixtures.nameOf(a) + "（龙州镇）");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aVillageOfficerHasNoVillageToChoose() {
        login("village1");
        UI.getCurrent().navigate(TaskListView.class);
        _get(Select.class, spec -> spec.withId("filter-procedure"));
        _assertNone(ComboBox.class, spec -> spec.withId("filter-village"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void clickingASortableHeaderSortsTheGridInTheEngineAndTheDefaultIsTheMostUrgentFirst() {
        RegionCode v = TaskListFixtures.freshVillage(regions);
        String created1st = "identification:" + TaskListFixtures.identification(households, identificationIntake, v);
        String created2nd = "rectification:" + TaskListFixtures.problem(rectificationIntake, v, 60);
        String created3rd = "rectification:" + TaskListFixtures.problem(rectificationIntake, v, 3);
        login("county1");
        UI.getCurrent().navigate(TaskListView.class);
        _get(Tabs.class).setSelectedTab(_get(Tab.class, spec -> spec.withId("tab-region")));
        _setValue(_get(ComboBox.class, spec -> spec.withId("filter-village")), villageOf(v));
        Grid<TaskRow> grid = _get(Grid.class, spec -> spec.withId("tasks"));

        assertThat(rows(grid)).as("due soonest first").containsExactly(created3rd, created1st, created2nd);
        GridKt._sortByKey(grid, "due", SortDirection.DESCENDING);
        assertThat(rows(grid)).containsExactly(created2nd, created1st, created3rd);
        GridKt._sortByKey(grid, "days", SortDirection.DESCENDING);
        assertThat(rows(grid)).as("the longest in the step first").containsExactly(created1st, created2nd, created3rd);
        GridKt._sortByKey(grid, "days", SortDirection.ASCENDING);
        assertThat(rows(grid)).containsExactly(created3rd, created2nd, created1st);
        assertThat(grid.getColumnByKey("step").isSortable()).isTrue();
        assertThat(grid.getColumnByKey("subject").isSortable())
                .as("the household head lives outside the engine")
                .isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aTaskAVillageCouldNeitherClaimNorOpenIsNotInItsRegionTab() {
        long caseId = TaskListFixtures.problem(rectificationIntake, RegionCode.of("130125100201"), 30);
        login("village1");
        UI.getCurrent().navigate(TaskListView.class);
        _get(Tabs.class).setSelectedTab(_get(Tab.class, spec -> spec.withId("tab-region")));
        assertThat(rowOf(_get(Grid.class, spec -> spec.withId("tasks")), caseId))
                .as("the county's 县级整改或交办 of a problem of 东关村")
                .isEqualTo(-1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aWatchedTaskOffersNoActionNoSelectionAndOpensItsHouseholdNotTheTask() {
        long caseId = startIdentification();
        long householdId = identification.find(caseId).householdId();
        login("township1");
        UI.getCurrent().navigate(TaskListView.class);
        _get(Tabs.class).setSelectedTab(_get(Tab.class, spec -> spec.withId("tab-region")));
        Grid<TaskRow> grid = _get(Grid.class, spec -> spec.withId("tasks"));
        int row = IntStream.range(0, GridKt._size(grid))
                .filter(i -> "identification".equals(GridKt._get(grid, i).task().processDefinitionKey())
                        && GridKt._get(grid, i).task().caseId() == caseId)
                .findFirst()
                .orElseThrow();
        TaskRow watched = GridKt._get(grid, row);

        assertThat(LitCells.shown(grid, row, "actions").select("vaadin-button"))
                .as("no claim, no hand-over")
                .isEmpty();
        assertThat(LitCells.text(grid, row, "actions")).isEqualTo("下级办理中");
        grid.select(watched);
        Button bulk = _get(Button.class, spec -> spec.withId("tasks-bulk"));
        assertThat(bulk.isEnabled()).as("no bulk decision on a watched task").isFalse();
        grid.deselectAll();

        GridKt._clickItem(grid, row, "step");
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain())
                .as("the household, not the task page the service would refuse")
                .anyMatch(c -> c instanceof HouseholdView);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("household/" + householdId);
    }

    /** The village as the county's choice lists it (its pages are too many to pick it by label here). */
    private RegionView villageOf(RegionCode village) {
        return regions.villagesUnder(RegionCode.of("130125000000"), TaskListFixtures.nameOf(village), 0, 10).stream()
                .filter(v -> v.code().equals(village))
                .findFirst()
                .orElseThrow();
    }

    private static List<String> rows(Grid<TaskRow> grid) {
        return IntStream.range(0, GridKt._size(grid))
                .mapToObj(i -> TaskListFixtures.caseOf(GridKt._get(grid, i)))
                .toList();
    }

    /** A problem of 龙州镇 itself (no household): the county may pass it down to the township. */
    private long problemOfLongzhou(String description) {
        TestLogins.login("supervisor");
        return rectificationIntake.create(new NewProblem(
                null,
                "130125100000",
                ProblemType.OTHER,
                description,
                ProblemSource.INSPECTION,
                LocalDate.now().plusDays(30)));
    }

    private String task(long caseId, String step) {
        return taskList.page(0, 1000).stream()
                .filter(r -> isRectification(r, caseId) && step.equals(r.task().taskDefinitionKey()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no task " + step))
                .task()
                .id();
    }

    private static int rowOf(Grid<TaskRow> grid, long rectificationCase) {
        return IntStream.range(0, GridKt._size(grid))
                .filter(i -> isRectification(GridKt._get(grid, i), rectificationCase))
                .findFirst()
                .orElse(-1);
    }

    private static boolean isRectification(TaskRow r, long caseId) {
        return RectificationVariables.PROCESS_KEY.equals(r.task().processDefinitionKey())
                && r.task().caseId() == caseId;
    }

    @SuppressWarnings("unchecked")
    private List<Long> caseIds() {
        Grid<TaskRow> grid = _get(Grid.class, spec -> spec.withId("tasks"));
        return IntStream.range(0, GridKt._size(grid))
                .mapToObj(i -> GridKt._get(grid, i).task())
                .filter(t -> "identification".equals(t.processDefinitionKey()))
                .map(t -> t.caseId())
                .toList();
    }

    private long startIdentification() {
        TestLogins.login("village1");
        long householdId = TestHouseholds.register(households, "130125100201", null);
        return identificationIntake.start(
                householdId, Category.NEWLY_POOR, Set.of(PovertyFactor.ILLNESS), Channel.VILLAGE);
    }
}
