package cn.jiandang.bench.measure;

import cn.jiandang.bench.AppNode;
import cn.jiandang.bench.Login;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.QueryParameters;
import kotlin.jvm.functions.Function0;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A user action as the server does it: the officer opens a route of the app (the view is built with its counts),
 * optionally picks a tab, and the grid's page is fetched as the browser would ask for it (offset, 50 rows). Driven
 * through the real views with Karibu-Testing (no browser), so that whatever a view calls — today's engine queries
 * or tomorrow's projection table — is what is timed. Each sample is a fresh UI and login; the first is a warm-up.
 */
public final class UserActions {

    /** What to open: route (with an optional query, {@code households?q=王建}), tab id or null, page offset. */
    public record Action(String name, Login officer, String route, String tabId, int offset) {}

    private static final Routes ROUTES = new Routes().autoDiscoverViews("cn.jiandang");
    private static final int PAGE = 50;

    private final AppNode node;
    private final ServerStatements server;

    public UserActions(AppNode node, ServerStatements server) {
        this.node = node;
        this.server = server;
    }

    public ActionResult measure(Action action, int samples, long budgetMillis) {
        List<Double> millis = new ArrayList<>();
        long statements = 0;
        long commits = 0;
        List<ServerStatements.Row> serverRows = List.of();
        List<PlanCheck.Finding> findings = List.of();
        long started = System.currentTimeMillis();
        try {
            for (int i = 0; i <= samples; i++) {
                boolean observed = i == 1;
                Map<Long, ServerStatements.Row> before = observed ? server.snapshot() : Map.of();
                node.capture().start();
                double ms = once(action);
                node.capture().stop();
                if (observed) {
                    serverRows = ServerStatements.diff(before, server.snapshot());
                    statements = node.capture().statements();
                    commits = node.capture().commits();
                    SqlDump.write(
                            node.label() + "-" + action.name(), node.capture().histogram(), 1);
                    findings = PlanCheck.check(node.raw(), node.capture().executed(), 50_000);
                }
                if (i > 0) {
                    millis.add(ms);
                }
                if (i >= 3 && System.currentTimeMillis() - started > budgetMillis) {
                    break;
                }
            }
            return new ActionResult(action.name(), millis, statements, commits, serverRows, findings, null);
        } catch (Exception | AssertionError e) {
            node.capture().stop();
            return new ActionResult(action.name(), millis, statements, commits, serverRows, findings, e.toString());
        }
    }

    private double once(Action action) {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, node.context(), uiFactory));
        try {
            action.officer().view();
            long t0 = System.nanoTime();
            // a route may carry a query (households?q=王建): UI.navigate(String) would take it as part of the path
            String[] route = action.route().split("\\?", 2);
            UI.getCurrent()
                    .navigate(
                            route[0],
                            route.length > 1 ? QueryParameters.fromString(route[1]) : QueryParameters.empty());
            if (action.tabId() != null) {
                Tab tab = LocatorJ._get(Tab.class, spec -> spec.withId(action.tabId()));
                Tabs tabs = (Tabs) tab.getParent().orElseThrow();
                tabs.setSelectedTab(tab);
            }
            MockVaadin.clientRoundtrip();
            for (Grid<?> grid : LocatorJ._find(Grid.class)) {
                if (!grid.getDataProvider().isInMemory()) {
                    GridKt._fetch(grid, action.offset(), PAGE);
                }
            }
            // a list paged by key (the household list) has no offset: its "next" button is pressed to the offset
            String nextId = route[0] + "-next";
            for (int page = 0; page < action.offset() / PAGE; page++) {
                List<Button> next = LocatorJ._find(Button.class, spec -> spec.withId(nextId));
                if (next.isEmpty() || !next.get(0).isEnabled()) {
                    break;
                }
                LocatorJ._click(next.get(0));
            }
            return (System.nanoTime() - t0) / 1e6;
        } finally {
            Login.logout();
            MockVaadin.tearDown();
        }
    }
}
