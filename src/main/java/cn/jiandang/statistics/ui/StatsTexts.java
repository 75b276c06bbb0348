package cn.jiandang.statistics.ui;

import cn.jiandang.household.Category;
import cn.jiandang.region.RegionCode;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Location;

import java.time.LocalDate;

/** Labels of codes kept in the snapshots, from the message bundles in the officer's language. */
final class StatsTexts {

    private StatsTexts() {}

    static String category(Component c, Category category) {
        return c.getTranslation("stats.category." + category.name());
    }

    /** A procedure code of category_change; a code without a label is shown as it is. */
    static String procedure(Component c, String code) {
        String key = "polish.procedure." + code;
        String label = c.getTranslation(key);
        return label == null || label.isBlank() || label.endsWith(key) ? code : label;
    }

    /** A region's name (data), the nation's from the bundle. */
    static String region(Component c, RegionCode code, String name) {
        return RegionCode.NATIONAL.equals(code) ? c.getTranslation("stats.national") : name;
    }

    /** "+3", "-2", "0"; the comparison's absence as such. */
    static String delta(Component c, Long now, Long before) {
        if (now == null || before == null) {
            return c.getTranslation("stats.noComparison");
        }
        long d = now - before;
        return d > 0 ? "+" + d : String.valueOf(d);
    }

    /** The dashboard of a region (and day), as a link target. */
    static String dashboard(RegionCode region, LocalDate day) {
        return "dashboard?region=" + region.value() + (day == null ? "" : "&day=" + day);
    }

    /** Navigates to a target with query parameters ("dashboard?region=…"), which UI.navigate(String) refuses. */
    static void go(String target) {
        Location location = new Location(target);
        UI.getCurrent().navigate(location.getPath(), location.getQueryParameters());
    }

    /** The household list filtered to a region and category. */
    static String households(RegionCode region, Category category) {
        return "households?region=" + region.value() + "&category=" + category.name();
    }
}
