package cn.jiandang.tasks;

import cn.jiandang.security.Officer;

/**
 * The rule of "my region's open tasks" (辖区待办), in one place: the open tasks offered to a candidate group (role and
 * region, e.g. {@code VILLAGE_OFFICER:130125100201}) of the officer's region or of a region below it. Those of its
 * own groups it may act on; those of the levels below it watches (a township sees its villages' steps, a county its
 * townships' and villages'). A task of a level above the officer — the county's handling of a case about a village —
 * is not listed for the village: the service would refuse both its actions and its page ({@link WorkTasks}).
 * <p>
 * The projection keeps the deepest region of each task's groups ({@code open_task.group_region}, padded to 12
 * digits), so the tab is one range of an index ({@link OpenTaskSql}): a task's groups are the levels of one case
 * (village, township, county of the same place), and the deepest of them lies in every region another of them does.
 */
final class RegionTab {

    private RegionTab() {}

    /** As {@link WorkTasks} decides: assigned to the officer, or unclaimed and offered to one of its groups. */
    static boolean mayAct(Officer officer, OpenTask task) {
        if (task.assignee() != null) {
            return task.assignee().equals(officer.username());
        }
        return task.candidateGroups().stream().anyMatch(officer.candidateGroups()::contains);
    }
}
