package cn.jiandang.it;

import cn.jiandang.security.Masking;
import cn.jiandang.security.Officer;
import cn.jiandang.security.TestLogins;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import kotlin.jvm.functions.Function0;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;

/**
 * The views' part of the matrix: every route of the route registry (Karibu's discovery of the app's {@code @Route}s),
 * as every officer, with each record's id in the route's parameters. A view shown for a record outside the region, a
 * full number on any page or a failure is a finding; every refused view has its audit entry.
 */
final class MatrixViews {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("cn.jiandang");

    private final ApplicationContext ctx;
    private final JdbcTemplate jdbc;
    private final List<MatrixTry> tries;

    MatrixViews(ApplicationContext ctx, JdbcTemplate jdbc, List<MatrixTry> tries) {
        this.ctx = ctx;
        this.jdbc = jdbc;
        this.tries = tries;
    }

    void everyRoute(List<Officer> officers, List<MatrixTargets> targets) {
        List<Class<? extends Component>> routes = ROUTES.getRoutes().stream()
                .filter(r -> r.isAnnotationPresent(Route.class) && !r.isAnnotationPresent(AnonymousAllowed.class))
                .sorted(Comparator.comparing(Class::getName))
                .toList();
        for (Officer officer : officers) {
            Function0<UI> uiFactory = UI::new;
            MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, ctx, uiFactory));
            try {
                login(officer);
                for (Class<? extends Component> view : routes) {
                    String template = view.getAnnotation(Route.class).value();
                    if (!template.contains(":")) {
                        visit(officer, view, template, null);
                        continue;
                    }
                    for (MatrixTargets target : targets) {
                        String path = template.replace(":householdId", String.valueOf(target.householdId()))
                                .replace(":taskId", target.taskId())
                                .replace(":caseId", String.valueOf(target.caseId()));
                        visit(officer, view, path, target);
                    }
                }
            } finally {
                TestLogins.logout();
                MockVaadin.tearDown();
            }
        }
    }

    private void visit(Officer officer, Class<? extends Component> view, String path, MatrixTargets target) {
        long before = jdbc.queryForObject("select coalesce(max(id), 0) from audit_entry", Long.class);
        int status = 200;
        String leak = null;
        boolean shown = false;
        boolean refused = false;
        try {
            UI.getCurrent().navigate(path);
            List<?> chain = UI.getCurrent().getInternals().getActiveRouterTargetsChain();
            shown = chain.stream().anyMatch(view::isInstance);
            refused = !shown && chain.stream().anyMatch(c -> c instanceof HasErrorParameter<?>);
            String text = pageText();
            if (Masking.containsPersonalNumber(text)) {
                leak = "a full personal number on the page";
            }
        } catch (RuntimeException e) {
            status = 500;
            leak = "navigation failed: " + e;
        }
        boolean outside = target != null && !officer.region().contains(target.village());
        if (shown && outside) {
            leak = "the view shows a record outside the region";
        }
        boolean audited = refused
                && jdbc.queryForObject(
                                "select count(*) from audit_entry where id > ? and actor = ? and action = 'ACCESS_REFUSED'",
                                Integer.class,
                                before,
                                officer.username())
                        > 0;
        tries.add(new MatrixTry(
                "view",
                officer.username(),
                "/" + path + (target == null ? "" : " @" + target.village().value()),
                refused ? 403 : status,
                refused,
                audited,
                leak));
    }

    private static String pageText() {
        List<String> texts = new ArrayList<>();
        texts.add(UI.getCurrent().getElement().getTextRecursively());
        for (Grid<?> grid : _find(Grid.class)) {
            int rows = Math.min(GridKt._size(grid), 30);
            for (int i = 0; i < rows; i++) {
                texts.add(String.join(" ", GridKt._getFormattedRow(grid, i)));
            }
        }
        return String.join("\n", texts);
    }

    private static void login(Officer officer) {
        Authentication auth = TestLogins.login(officer);
        Set<String> roles = auth.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .map(a -> a.substring("ROLE_".length()))
                .collect(Collectors.toSet());
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(auth);
        request.setUserInRole((principal, role) -> roles.contains(role));
    }
}
