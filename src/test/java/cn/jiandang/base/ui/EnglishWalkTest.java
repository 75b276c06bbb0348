package cn.jiandang.base.ui;

import cn.jiandang.KaribuTest;
import cn.jiandang.base.Texts;
import cn.jiandang.security.TestLogins;
import cn.jiandang.security.ui.LoginRefusedView;
import cn.jiandang.tasks.TaskFilter;
import cn.jiandang.tasks.TaskListService;
import cn.jiandang.tasks.TaskRow;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.RenderersKt;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBoxBase;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.renderer.Renderer;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.nodefeature.VirtualChildrenList;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.VaadinServletRequest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every view of the route registry, opened in English by every demo role that may open it (and anonymously), shows no
 * Chinese outside data. Data is what the view marks as such ({@link Texts#data}: names of people and places,
 * comments, notices, file names; {@link Texts#dataChoices}: a selection of villages or officers), what fields hold
 * as their value, and text that declares itself Chinese (lang="zh", the language switch); everything else is a
 * label and must come from the
 * English bundle: texts, labels, placeholders, titles, grid headers and the cells of grid columns not marked as data,
 * the choices of selects, radio groups and in-memory combo boxes, and the page title. A household page is opened for an
 * ordinary, a marginal and a registered poor household of the officer's region, each action's dialog opened on it;
 * a task page for every step of the officer's own open tasks; every tab and every collapsed section is opened. A new
 * route with a parameter this test cannot fill fails here until it says how.
 */
class EnglishWalkTest extends KaribuTest {

    static final List<String> OFFICERS =
            List.of("village1", "township1", "county1", "province1", "centre", "supervisor");
    private static final Routes ROUTES = new Routes().autoDiscoverViews("cn.jiandang");
    private static final int ROWS = 20;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TaskListService taskList;

    @Autowired
    EnglishWalkFixtures fixtures;

    /** Each text with Chinese outside data, and (up to three of) the places it showed. */
    private final Map<String, Set<String>> problems = new LinkedHashMap<>();

    @Test
    void everyViewSpeaksEnglishOutsideItsData() {
        fixtures.openTasksForEveryRole();
        List<RouteData> routes = RouteConfiguration.forApplicationScope().getAvailableRoutes();
        assertThat(routes).hasSizeGreaterThan(10);
        int shown = 0;
        int taskPages = 0;
        for (RouteData route : routes) {
            for (String user : users()) {
                for (String path : paths(route.getTemplate(), user)) {
                    freshUi(user);
                    if (!RouteAccessTest.shows(path, route.getNavigationTarget())) {
                        continue;
                    }
                    shown++;
                    taskPages += path.startsWith("task/") ? 1 : 0;
                    String where = route.getTemplate() + " (" + path + ") as " + (user.isEmpty() ? "anonymous" : user);
                    System.out.println("[english walk] " + where);
                    walk(where);
                }
            }
        }
        assertThat(shown).isGreaterThan(30);
        assertThat(taskPages)
                .as("the fixtures' steps: village, township, county")
                .isGreaterThanOrEqualTo(8);
        assertThat(problems).as("Chinese outside data in the English UI").isEmpty();
    }

    private static List<String> users() {
        List<String> users = new ArrayList<>(OFFICERS);
        users.add("");
        return users;
    }

    /** The paths that open the route as the user: parameters filled from the user's region and tasks. */
    private List<String> paths(String template, String user) {
        if (!template.contains(":")) {
            return List.of(template);
        }
        if (user.isEmpty()) {
            return List.of();
        }
        return switch (template) {
            case "household/:householdId" ->
                households(user).stream().map(id -> "household/" + id).toList();
            case "task/:taskId" -> tasks(user).stream().map(id -> "task/" + id).toList();
            default ->
                throw new AssertionError("EnglishWalkTest cannot fill the parameters of route " + template
                        + ": say in paths() which values open it");
        };
    }

    /** An ordinary, a marginal and a registered poor household of the officer's region. */
    private List<Long> households(String user) {
        String region = TestLogins.officer(user).region().prefix();
        List<Long> ids = new ArrayList<>();
        for (String category : new String[] {null, "MARGINAL", "POOR"}) {
            ids.addAll(jdbc.queryForList(
                    "select min(id) from household where village_code like ? and "
                            + (category == null ? "category is null" : "category = '" + category + "'"),
                    Long.class,
                    region + "%"));
        }
        return ids.stream().filter(Objects::nonNull).toList();
    }

    /** One open task of each step the officer has in "mine". */
    private List<String> tasks(String user) {
        TestLogins.login(user);
        Map<String, String> byStep = new LinkedHashMap<>();
        for (TaskRow r : taskList.page(TaskFilter.MINE, 0, 1000)) {
            byStep.putIfAbsent(
                    r.task().processDefinitionKey() + "/" + r.task().taskDefinitionKey(),
                    r.task().id());
        }
        TestLogins.logout();
        return List.copyOf(byStep.values());
    }

    /** A new UI in English for the user: a route shown before is never reused with another user's data. */
    private void freshUi(String user) {
        MockVaadin.tearDown();
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, ctx, UI::new));
        TestLogins.logout();
        if (!user.isEmpty()) {
            login(user);
        } else {
            ((FakeRequest) VaadinServletRequest.getCurrent().getRequest()).setUserPrincipalInt(null);
        }
        UI ui = UI.getCurrent();
        ui.getSession().setAttribute(LanguageSetting.SESSION_KEY, Locale.ENGLISH);
        ui.setLocale(Locale.ENGLISH);
        // the mock UI opened its first view (the login page) before the switch: leave it, so that none is reused
        ui.navigate(LoginRefusedView.ROUTE);
    }

    /** The page as shown, each tab, each section opened, and each household action's dialog. */
    private void walk(String where) {
        UI ui = UI.getCurrent();
        scanPage(where);
        for (Tabs tabs : _find(Tabs.class)) {
            for (int i = 0; i < tabs.getComponentCount(); i++) {
                tabs.setSelectedIndex(i);
                scanPage(where + ", tab " + i);
            }
        }
        List<Button> actions = _find(Button.class).stream()
                .filter(b -> b.getId().orElse("").startsWith("action-") && b.isEnabled())
                .toList();
        for (Button action : actions) {
            action.click();
            scanPage(where + ", " + action.getId().orElseThrow());
            _find(Dialog.class).forEach(Dialog::close);
        }
        check(where + ", page title", ui.getInternals().getTitle());
    }

    private void scanPage(String where) {
        _find(Details.class).forEach(d -> d.setOpened(true));
        scan(UI.getCurrent().getElement(), where);
    }

    private void scan(Element element, String where) {
        // data, and text that declares itself Chinese (the language switch names 中文 in Chinese)
        String lang = element.getAttribute("lang");
        if (element.hasAttribute(Texts.DATA) || (lang != null && lang.startsWith("zh"))) {
            return;
        }
        if (element.isTextNode()) {
            check(where, element.getText());
            return;
        }
        for (String name : List.of("label", "placeholder", "title", "helperText", "helper-text", "errorMessage")) {
            check(where + " [" + name + "]", element.getProperty(name));
            check(where + " [" + name + "]", element.getAttribute(name));
        }
        if (element.hasAttribute(Texts.DATA_CHOICES)) {
            // a selection of villages or officers: its label was checked above, its choices are data
            return;
        }
        element.getComponent().ifPresent(c -> scanComponent(c, where));
        element.getChildren().forEach(child -> scan(child, where));
        element.getNode()
                .getFeatureIfInitialized(VirtualChildrenList.class)
                .ifPresent(virtual -> virtual.forEachChild(node -> scan(Element.get(node), where)));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void scanComponent(Component c, String where) {
        if (c instanceof Grid grid) {
            scanGrid(grid, where + " " + grid.getId().orElse("grid"));
        } else if (c instanceof Select select) {
            choices(select.getGenericDataView().getItems().toList(), select.getItemLabelGenerator(), where);
        } else if (c instanceof ComboBoxBase combo && combo.getDataProvider() instanceof ListDataProvider list) {
            choices(
                    list.getItems(),
                    combo.getItemLabelGenerator(),
                    where + " " + combo.getId().orElse("combo"));
        } else if (c instanceof Tab tab) {
            check(where, tab.getLabel());
        }
    }

    private void choices(Collection<?> items, ItemLabelGenerator<Object> label, String where) {
        items.forEach(item -> check(where + " choice", label == null ? String.valueOf(item) : label.apply(item)));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void scanGrid(Grid grid, String where) {
        List<Grid.Column<?>> columns = grid.getColumns();
        List<?> items = GridKt._fetch(grid, 0, ROWS);
        for (Grid.Column column : columns) {
            check(where + " header", column.getHeaderText());
            if (column.getElement().hasAttribute(Texts.DATA)) {
                continue;
            }
            for (Object item : items) {
                Renderer renderer = column.getRenderer();
                if (renderer instanceof ComponentRenderer components) {
                    scan(components.createComponent(item).getElement(), where + " cell");
                } else if (renderer instanceof LitRenderer lit) {
                    // a template's data (a holder's name) is marked with the attribute a component's would carry
                    Document cell = Jsoup.parse(RenderersKt.renderLitTemplate(
                            com.github.mvysny.kaributools.RenderersKt.getTemplate(lit), lit.getValueProviders(), item));
                    cell.select("[" + Texts.DATA + "]").remove();
                    check(where + " cell", cell.text());
                } else {
                    check(where + " cell", GridKt._getFormatted(column, item));
                }
            }
        }
    }

    private void check(String where, String text) {
        if (text != null
                && text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
            Set<String> places = problems.computeIfAbsent(text, k -> new LinkedHashSet<>());
            if (places.size() < 3) {
                places.add(where);
            }
        }
    }
}
