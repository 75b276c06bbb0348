package cn.jiandang.base.ui;

import cn.jiandang.KaribuTest;
import cn.jiandang.TestHouseholds;
import cn.jiandang.exchange.ui.DibaoView;
import cn.jiandang.exchange.ui.ImportView;
import cn.jiandang.functionopening.ui.FunctionOpeningView;
import cn.jiandang.household.Category;
import cn.jiandang.household.HouseholdService;
import cn.jiandang.household.PovertyFactor;
import cn.jiandang.household.ui.HouseholdListView;
import cn.jiandang.household.ui.HouseholdView;
import cn.jiandang.household.ui.admin.CorrectionView;
import cn.jiandang.household.ui.admin.ProjectsView;
import cn.jiandang.household.ui.admin.RegionAdjustmentView;
import cn.jiandang.identification.Channel;
import cn.jiandang.identification.IdentificationCases;
import cn.jiandang.identification.IdentificationIntake;
import cn.jiandang.identification.IdentificationVariables;
import cn.jiandang.identification.ui.ApplyForNewHouseholdView;
import cn.jiandang.quality.ui.QualityView;
import cn.jiandang.rectification.ui.AppReportsView;
import cn.jiandang.rectification.ui.RectificationBoardView;
import cn.jiandang.security.TestLogins;
import cn.jiandang.security.ui.LoginRefusedView;
import cn.jiandang.security.ui.LoginView;
import cn.jiandang.statistics.ui.DashboardView;
import cn.jiandang.statistics.ui.MonitoringScaleView;
import cn.jiandang.tasks.Procedures;
import cn.jiandang.tasks.ui.TaskListView;
import cn.jiandang.tasks.ui.TaskView;
import cn.jiandang.villageexit.ui.VillageExitView;
import cn.jiandang.yearend.ui.YearEndView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasErrorParameter;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Every route of the application, opened as each role that may use it (the view shows) and as roles that may not
 * (the route refuses: an error view or a refused navigation, never the view). Keep in step with the {@code @Route}s.
 */
class RouteAccessTest extends KaribuTest {

    static final String ANONYMOUS = "";
    static final List<String> OFFICERS =
            List.of("village1", "township1", "county1", "province1", "centre", "supervisor");

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    IdentificationCases identification;

    @Autowired
    IdentificationIntake identificationIntake;

    @Autowired
    HouseholdService households;

    @Autowired
    TaskService engineTasks;

    static Stream<Arguments> routes() {
        return Stream.of(
                        route("", TaskListView.class, OFFICERS, ANONYMOUS),
                        route("tasks", TaskListView.class, OFFICERS, ANONYMOUS),
                        route("dashboard", DashboardView.class, OFFICERS, ANONYMOUS),
                        route(
                                "statistics/scale",
                                MonitoringScaleView.class,
                                List.of("province1", "centre"),
                                "village1",
                                "township1",
                                "county1",
                                "supervisor",
                                ANONYMOUS),
                        route(
                                "quality",
                                QualityView.class,
                                List.of("province1", "centre"),
                                "village1",
                                "township1",
                                "county1",
                                "supervisor",
                                ANONYMOUS),
                        route(
                                "imports",
                                ImportView.class,
                                List.of("village1", "township1", "county1"),
                                "province1",
                                "centre",
                                "supervisor",
                                ANONYMOUS),
                        route(
                                "dibao",
                                DibaoView.class,
                                List.of("province1", "centre"),
                                "village1",
                                "township1",
                                "county1",
                                "supervisor",
                                ANONYMOUS),
                        route("households", HouseholdListView.class, OFFICERS, ANONYMOUS),
                        route(
                                "household/{village1}",
                                HouseholdView.class,
                                List.of("village1", "township1", "county1", "province1", "supervisor"),
                                "village2",
                                ANONYMOUS),
                        route(
                                "identification/apply",
                                ApplyForNewHouseholdView.class,
                                List.of("village1"),
                                "township1",
                                "county1",
                                "province1",
                                "centre",
                                "supervisor"),
                        route(
                                "function-opening",
                                FunctionOpeningView.class,
                                List.of("province1", "centre"),
                                "village1",
                                "township1",
                                "county1",
                                "supervisor"),
                        route(
                                "village-exit",
                                VillageExitView.class,
                                List.of("township1", "county1", "province1"),
                                "village1",
                                "centre",
                                "supervisor"),
                        route(
                                "year-end",
                                YearEndView.class,
                                List.of("village1", "township1", "county1", "province1"),
                                "centre",
                                "supervisor"),
                        route(
                                "rectification",
                                RectificationBoardView.class,
                                List.of("supervisor", "centre"),
                                "village1",
                                "township1",
                                "county1",
                                "province1"),
                        route(
                                "rectification/app-reports",
                                AppReportsView.class,
                                List.of("province1"),
                                "village1",
                                "township1",
                                "county1",
                                "centre",
                                "supervisor"),
                        route(
                                "registry/corrections",
                                CorrectionView.class,
                                List.of("province1", "county1", "centre"),
                                "village1",
                                "township1",
                                "supervisor"),
                        route(
                                "registry/regions",
                                RegionAdjustmentView.class,
                                List.of("province1"),
                                "village1",
                                "township1",
                                "county1",
                                "centre",
                                "supervisor"),
                        route(
                                "registry/projects",
                                ProjectsView.class,
                                List.of("county1", "province1", "centre"),
                                "village1",
                                "township1",
                                "supervisor"),
                        route("login", LoginView.class, List.of(ANONYMOUS)),
                        route(LoginRefusedView.ROUTE, LoginRefusedView.class, List.of(ANONYMOUS)))
                .flatMap(s -> s);
    }

    private static Stream<Arguments> route(
            String route, Class<? extends Component> view, List<String> allowed, String... refused) {
        return Stream.concat(
                allowed.stream().map(u -> Arguments.of(route, view, u, true)),
                Stream.of(refused).map(u -> Arguments.of(route, view, u, false)));
    }

    @ParameterizedTest(name = "{0} as {2}: shown {3}")
    @MethodSource("routes")
    void eachRouteShowsForTheRolesThatMayUseItAndRefusesTheOthers(
            String route, Class<? extends Component> view, String user, boolean allowed) {
        String path = route.replace("{village1}", String.valueOf(village1Household()));
        if (!user.isEmpty()) {
            login(user);
        }
        assertThat(shows(path, view))
                .as("%s shown to %s", path, user.isEmpty() ? "anonymous" : user)
                .isEqualTo(allowed);
    }

    @Test
    void aTaskOpensForItsOfficerAndAnotherRegionsLinkIsRefusedWithAMessage() {
        String taskId = homeVerificationTask();
        login("village1");
        assertThat(shows("task/" + taskId, TaskView.class)).isTrue();

        login("village2");
        assertThat(shows("task/" + taskId, TaskView.class)).isFalse();
        assertThat(_get(Paragraph.class, spec -> spec.withId("access-denied-message"))
                        .getText())
                .isNotBlank();

        login("county2");
        assertThat(shows("task/" + taskId, TaskView.class)).isFalse();
    }

    @Test
    void anotherVillagesHouseholdIsRefusedWithAMessage() {
        login("village2");
        assertThat(shows("household/" + village1Household(), HouseholdView.class))
                .isFalse();
        assertThat(_get(AccessDeniedView.class)).isNotNull();
        assertThat(_get(Paragraph.class, spec -> spec.withId("access-denied-message"))
                        .getText())
                .contains("无权查看本辖区以外的数据");
    }

    /** True when the view is shown; false when the navigation was refused or an error view shows instead. */
    static boolean shows(String path, Class<? extends Component> view) {
        Throwable refused = catchThrowable(() -> {
            UI.getCurrent().navigate(path);
            _find(view);
        });
        if (refused != null) {
            assertThat(refused).hasMessageContaining("AccessDenied");
            return false;
        }
        List<?> chain = UI.getCurrent().getInternals().getActiveRouterTargetsChain();
        boolean shown = chain.stream().anyMatch(view::isInstance);
        if (!shown) {
            assertThat(chain)
                    .as("an error or login view instead")
                    .anyMatch(c -> c instanceof HasErrorParameter<?> || c instanceof LoginView);
        }
        return shown;
    }

    private long village1Household() {
        return jdbc.queryForObject("select min(id) from household where village_code = '130125100201'", Long.class);
    }

    private String homeVerificationTask() {
        TestLogins.login("village1");
        long householdId = TestHouseholds.register(households, "130125100201", null);
        long caseId = identificationIntake.start(
                householdId, Category.NEWLY_POOR, Set.of(PovertyFactor.ILLNESS), Channel.VILLAGE);
        return engineTasks
                .createTaskQuery()
                .processDefinitionKey(IdentificationVariables.PROCESS_KEY)
                .processVariableValueEquals(Procedures.CASE_ID, caseId)
                .singleResult()
                .getId();
    }
}
