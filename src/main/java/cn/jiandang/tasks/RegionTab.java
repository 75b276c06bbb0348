package cn.jiandang.tasks;

import cn.jiandang.security.Officer;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.TaskQuery;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rule of "my region's open tasks" (辖区待办), in one place: the open tasks offered to a candidate group (role and
 * region, e.g. {@code VILLAGE_OFFICER:130125100201}) of the officer's region or of a region below it. Those of its
 * own groups it may act on; those of the levels below it watches (a township sees its villages' steps, a county its
 * townships' and villages'). A task of a level above the officer — the county's handling of a case about a village —
 * is not listed for the village: the service would refuse both its actions and its page ({@link WorkTasks}).
 * <p>
 * It is one condition of the engine's task query (candidate group LIKE ":" + region prefix); the indexed projection
 * of open tasks is to replace it with a range condition on the group's region.
 */
final class RegionTab {

    private RegionTab() {}

    /** Narrows the task query to the tasks the officer may act on or watch, claimed ones included. */
    static TaskQuery restrict(TaskQuery query, Officer officer) {
        // the prefix of the nation is "": every group, for supervisors and the centre
        return query.taskCandidateGroupLike("%:" + officer.region().prefix() + "%")
                .includeAssignedTasks();
    }

    /**
     * Of the given tasks, those the officer may act on, as {@link WorkTasks} decides: assigned to it, or unclaimed and
     * offered to one of its groups. One query for a page of tasks.
     */
    static Set<String> actionable(TaskService tasks, Officer officer, Collection<String> taskIds) {
        if (taskIds.isEmpty()) {
            return Set.of();
        }
        return tasks
                .createTaskQuery()
                .taskIdIn(taskIds.toArray(String[]::new))
                .or()
                .taskCandidateGroupIn(officer.candidateGroups())
                .taskAssignee(officer.username())
                .endOr()
                .list()
                .stream()
                .map(t -> t.getId())
                .collect(Collectors.toSet());
    }
}
