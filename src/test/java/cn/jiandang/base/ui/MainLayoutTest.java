package cn.jiandang.base.ui;

import cn.jiandang.KaribuTest;
import cn.jiandang.region.RegionCode;
import cn.jiandang.region.RegionService;
import cn.jiandang.security.CurrentOfficer;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16 item 13: every page load builds a new layout; the officer's region name it shows is read from the
 * database once per login session, not on every page.
 */
class MainLayoutTest extends KaribuTest {

    private static final String REGION_ENTITY = "cn.jiandang.region.Region";

    @Autowired
    CurrentOfficer current;

    @Autowired
    RegionService regions;

    @Autowired
    AuthenticationContext auth;

    @Autowired
    EntityManagerFactory emf;

    @Test
    void theRegionNameIsReadOncePerSessionNotOnEveryPageLoad() {
        login("county2");
        String name = regions.name(RegionCode.of("130126000000"));
        Statistics statistics = emf.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        statistics.setStatisticsEnabled(true);
        long firstPage;
        long secondPage;
        MainLayout second;
        try {
            new MainLayout(current, regions, auth);
            firstPage = statistics.getEntityStatistics(REGION_ENTITY).getLoadCount();
            second = new MainLayout(current, regions, auth);
            secondPage = statistics.getEntityStatistics(REGION_ENTITY).getLoadCount() - firstPage;
        } finally {
            statistics.setStatisticsEnabled(false);
        }

        assertThat(firstPage)
                .as("regions read by the first page of the session")
                .isEqualTo(1);
        assertThat(secondPage).as("regions read by the next page").isZero();
        assertThat(LocatorJ._get(second, Span.class, spec -> spec.withId("current-user"))
                        .getElement()
                        .getTextRecursively())
                .contains(name);
    }

    @Test
    void anotherOfficerInTheSameSessionSeesItsOwnRegion() {
        login("county2");
        new MainLayout(current, regions, auth);
        login("county1");
        new MainLayout(current, regions, auth);

        String[] cached = (String[]) VaadinSession.getCurrent().getAttribute(MainLayout.REGION_NAME);
        assertThat(cached[0]).isEqualTo("130125000000");
        assertThat(cached[1]).isEqualTo(regions.name(RegionCode.of("130125000000")));
    }
}
