package cn.jiandang.statistics.ui;

import cn.jiandang.region.RegionCode;
import cn.jiandang.region.RegionLevel;
import cn.jiandang.region.RegionService;
import cn.jiandang.statistics.StatisticsService;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The breadcrumb from the officer's own region down to the one shown: province › county › township › village. */
class RegionTrail extends Div {

    RegionTrail(RegionCode home, RegionCode shown, LocalDate day, RegionService regions) {
        addClassName("jd-trail");
        setId("region-trail");
        List<RegionCode> trail = path(home, shown);
        Map<RegionCode, String> names = regions.names(trail);
        for (int i = 0; i < trail.size(); i++) {
            RegionCode code = trail.get(i);
            String name = StatsTexts.region(this, code, names.getOrDefault(code, code.value()));
            if (i > 0) {
                Span sep = new Span("›");
                sep.addClassName("jd-trail-sep");
                add(sep);
            }
            add(i == trail.size() - 1 ? new Span(name) : new Anchor(StatsTexts.dashboard(code, day), name));
        }
    }

    /** The officer's region, then the shown region's ancestor at each level one drills down through. */
    static List<RegionCode> path(RegionCode home, RegionCode shown) {
        List<RegionCode> path = new ArrayList<>(List.of(home));
        RegionLevel level = StatisticsService.childLevel(home.level());
        while (level != null && level.ordinal() <= shown.level().ordinal()) {
            path.add(shown.ancestor(level));
            level = StatisticsService.childLevel(level);
        }
        if (!path.get(path.size() - 1).equals(shown)) {
            path.add(shown);
        }
        return path;
    }
}
