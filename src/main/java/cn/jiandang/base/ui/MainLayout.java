package cn.jiandang.base.ui;

import cn.jiandang.base.Texts;
import cn.jiandang.region.RegionService;
import cn.jiandang.security.CurrentOfficer;
import cn.jiandang.security.Officer;
import cn.jiandang.security.Role;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

import java.util.Locale;

/** Every officer's frame: brand, menu by role (from the views' @Menu and their access rules), user and region. */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    public MainLayout(CurrentOfficer current, RegionService regions, AuthenticationContext auth) {
        Span brand = new Span(getTranslation("app.name"));
        brand.addClassName("jd-brand");
        Officer officer = current.require();
        // the officer's name and region are data; the role is a label in the officer's language
        Span user = new Span(
                Texts.data(new Span(officer.displayName() + "（" + officer.username() + "）")),
                new Span(" · "
                        + officer.roles().stream()
                                .sorted()
                                .map(Texts::of)
                                .findFirst()
                                .orElse("") + " · "),
                Texts.data(new Span(regionName(regions, officer))));
        user.addClassName("jd-user");
        user.setId("current-user");
        Button logout = new Button(getTranslation("logout"), e -> auth.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.setId("logout");
        boolean chinese =
                LanguageSetting.CHINESE.getLanguage().equals(getLocale().getLanguage());
        Button language = new Button(
                chinese ? "English" : "中文",
                e -> LanguageSetting.choose(UI.getCurrent(), chinese ? Locale.ENGLISH : LanguageSetting.CHINESE));
        language.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        // each language is offered in itself: "中文" is Chinese text in the English UI, and says so
        language.getElement().setAttribute("lang", chinese ? "en" : "zh-CN");
        language.setId("language");
        addToNavbar(new DrawerToggle(), brand, user, language, logout);

        SideNav nav = new SideNav();
        MenuConfiguration.getMenuEntries()
                .forEach(entry -> nav.addItem(new SideNavItem(getTranslation(entry.title()), entry.path())));
        if (officer.has(Role.CENTRE_ADMIN)) {
            // Cockpit is not a Vaadin route: a full page load, in the same login session
            SideNavItem cockpit = new SideNavItem(getTranslation("menu.cockpit"), "/camunda/app/cockpit/default/");
            cockpit.setRouterIgnore(true);
            nav.addItem(cockpit);
        }
        addToDrawer(nav);
        setPrimarySection(Section.DRAWER);
    }

    /** The session's attribute holding its officer's region code and name. */
    static final String REGION_NAME = "jiandang.regionName";

    /**
     * The officer's region is fixed for its login: its name is read once per session (the first page after the
     * login), not on every page load, each of which builds a new layout.
     */
    private static String regionName(RegionService regions, Officer officer) {
        VaadinSession session = VaadinSession.getCurrent();
        String code = officer.region().value();
        if (session != null && session.getAttribute(REGION_NAME) instanceof String[] cached && cached[0].equals(code)) {
            return cached[1];
        }
        String name = regions.name(officer.region());
        if (session != null) {
            session.setAttribute(REGION_NAME, new String[] {code, name});
        }
        return name;
    }
}
