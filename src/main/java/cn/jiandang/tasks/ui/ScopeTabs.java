package cn.jiandang.tasks.ui;

import cn.jiandang.tasks.TaskFilter;
import cn.jiandang.tasks.TaskTotal;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;

/** The list's two scopes, "mine" and "my region's open tasks", each labelled with its count. */
class ScopeTabs extends Tabs {

    private final Tab mine = new Tab();
    private final Tab region = new Tab();

    ScopeTabs(Runnable onChange) {
        add(mine, region);
        mine.setId("tab-mine");
        region.setId("tab-region");
        // after the tabs are in: their first selection is not a change the officer made
        addSelectedChangeListener(e -> onChange.run());
    }

    TaskFilter.Scope scope() {
        return getSelectedTab() == region ? TaskFilter.Scope.REGION : TaskFilter.Scope.MINE;
    }

    void show(TaskTotal mineTotal, TaskTotal regionTotal) {
        mine.setLabel(getTranslation("tasks.tab.mine", shown(mineTotal)));
        region.setLabel(getTranslation("tasks.tab.region", shown(regionTotal)));
    }

    /** A capped count as "1,000+": the list never counts a province's tasks to the last one. */
    static String shown(TaskTotal total) {
        return String.format("%,d", total.count()) + (total.capped() ? "+" : "");
    }
}
