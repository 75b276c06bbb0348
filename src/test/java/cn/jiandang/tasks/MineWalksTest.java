package cn.jiandang.tasks;

import cn.jiandang.JiandangSpringTest;
import cn.jiandang.region.RegionCode;
import cn.jiandang.security.Officer;
import cn.jiandang.security.Role;
import cn.jiandang.security.TestLogins;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Mine" read as index walks (one for my claimed tasks, one per group of mine over the group's copy of the order keys):
 * paged by cursor, the pages are exactly the tasks assigned to me and the unclaimed ones of my groups, once each (a
 * task offered to two of my groups too), in the default order, with the filter applied inside each walk so that no
 * page comes up short; the counts agree; a new due date moves a task in its groups' order.
 */
@JiandangSpringTest
class MineWalksTest {

    @Autowired
    OpenTaskStore store;

    @Autowired
    TaskListService taskList;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    RepositoryService repository;

    @AfterEach
    void logout() {
        TestLogins.logout();
    }

    @Test
    void pagesByCursorGiveEachOfMyTasksOnceInTheDefaultOrderAndTheCountsAgree() {
        String run = Long.toString(System.nanoTime(), 36);
        // a township officer who is also a county officer (two roles: two groups)
        RegionCode township = RegionCode.of("130125100000");
        Officer me = new Officer("walks-" + run, "走查", Set.of(Role.TOWNSHIP_OFFICER, Role.COUNTY_OFFICER), township);
        String townshipGroup = Role.TOWNSHIP_OFFICER.group(township);
        String countyGroup = Role.COUNTY_OFFICER.group(township);
        String elsewhere = Role.TOWNSHIP_OFFICER.group(RegionCode.of("130125101000"));
        Instant base = Instant.parse("2001-03-01T00:00:00Z");
        List<OpenTask> expected = new ArrayList<>();
        List<OpenTask> all = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String key = i % 5 == 0 ? "rectification" : "identification";
            // due dates repeat (ties broken by created, then id), some tasks have none
            Instant due = i % 7 == 0 ? null : base.plusSeconds(3600L * (i % 9));
            Instant created = base.minusSeconds(60L * (i % 4));
            List<String> groups;
            String assignee = null;
            switch (i % 6) {
                case 0 -> groups = List.of(townshipGroup);
                case 1 -> groups = List.of(countyGroup);
                case 2 -> groups = List.of(townshipGroup, countyGroup); // both of mine: listed once
                case 3 -> {
                    groups = List.of(townshipGroup);
                    assignee = "someone-else-" + run; // claimed by another: not mine
                }
                case 4 -> {
                    groups = List.of(elsewhere);
                    assignee = me.username(); // assigned to me, offered elsewhere: mine
                }
                default -> groups = List.of(elsewhere); // not mine
            }
            OpenTask t = new OpenTask(
                    "walk-" + run + "-" + i,
                    "pi-" + run + "-" + i,
                    definition(key),
                    "step",
                    "步骤" + (i % 3),
                    null,
                    null,
                    "130125100201",
                    groups,
                    assignee,
                    created,
                    due);
            all.add(t);
            boolean mine = me.username().equals(assignee)
                    || (assignee == null && (groups.contains(townshipGroup) || groups.contains(countyGroup)));
            if (mine) {
                expected.add(t);
            }
        }
        tx.executeWithoutResult(s -> all.forEach(store::insert));
        Comparator<OpenTask> order = Comparator.comparing(OpenTask::sortDue)
                .thenComparing(OpenTask::created)
                .thenComparing(OpenTask::taskId);
        TestLogins.login(me);

        List<String> wanted = expected.stream()
                .filter(t -> t.taskId().startsWith("walk-" + run))
                .sorted(order)
                .map(OpenTask::taskId)
                .toList();
        assertThat(ours(pages(TaskFilter.MINE, 4), run)).containsExactlyElementsOf(wanted);
        // the grid's pages by offset, in the default order (the due column's sort) and by step, descending
        assertThat(ours(byOffset(List.of(TaskOrder.asc(TaskSort.DUE)), 4), run)).containsExactlyElementsOf(wanted);
        Comparator<OpenTask> byStep =
                Comparator.comparing(OpenTask::name).reversed().thenComparing(order);
        assertThat(ours(byOffset(List.of(new TaskOrder(TaskSort.STEP, false)), 4), run))
                .containsExactlyElementsOf(
                        expected.stream().sorted(byStep).map(OpenTask::taskId).toList());
        assertThat(taskList.count(TaskFilter.MINE)).isGreaterThanOrEqualTo(wanted.size());

        // a filter goes into every walk: a page of 3 rectifications is 3 rectifications, not fewer
        TaskFilter rectifications = new TaskFilter(TaskFilter.Scope.MINE, "rectification", null, false, null);
        List<String> wantedRectifications = expected.stream()
                .filter(t -> t.processKey().equals("rectification"))
                .sorted(order)
                .map(OpenTask::taskId)
                .toList();
        List<String> firstPage = ours(
                taskList.page(rectifications, (TaskCursor) null, 3).stream()
                        .map(r -> r.task().id())
                        .toList(),
                run);
        assertThat(firstPage).containsExactlyElementsOf(wantedRectifications.subList(0, 3));
        assertThat(ours(pages(rectifications, 3), run)).containsExactlyElementsOf(wantedRectifications);

        // the capped count stops at the cap but still says "more"
        TaskTotal capped = taskList.total(TaskFilter.MINE, 5);
        assertThat(capped.capped()).isTrue();

        // a new due date moves the task in its groups' order: the last becomes the first
        OpenTask last =
                expected.stream().filter(t -> t.assignee() == null).max(order).orElseThrow();
        OpenTask moved = new OpenTask(
                last.taskId(),
                last.processInstanceId(),
                last.processDefinitionId(),
                last.stepKey(),
                last.name(),
                null,
                null,
                last.regionCode(),
                last.candidateGroups(),
                null,
                last.created(),
                base.minusSeconds(86_400L * 365 * 5));
        tx.executeWithoutResult(s -> store.update(moved, true));
        assertThat(taskList.page(TaskFilter.MINE, (TaskCursor) null, 1)
                        .get(0)
                        .task()
                        .id())
                .isEqualTo(last.taskId());

        // claimed by another officer, it leaves my groups' walks (and their counts); released, it is back
        OpenTask claimed = new OpenTask(
                moved.taskId(),
                moved.processInstanceId(),
                moved.processDefinitionId(),
                moved.stepKey(),
                moved.name(),
                null,
                null,
                moved.regionCode(),
                moved.candidateGroups(),
                "someone-else-" + run,
                moved.created(),
                moved.due());
        long before = taskList.count(TaskFilter.MINE);
        tx.executeWithoutResult(s -> store.update(claimed, true));
        assertThat(ours(pages(TaskFilter.MINE, 4), run)).doesNotContain(moved.taskId());
        assertThat(taskList.count(TaskFilter.MINE)).isEqualTo(before - 1);
        tx.executeWithoutResult(s -> store.update(moved, true));
        assertThat(ours(pages(TaskFilter.MINE, 4), run)).contains(moved.taskId());
        assertThat(taskList.count(TaskFilter.MINE)).isEqualTo(before);
    }

    private String definition(String key) {
        return repository
                .createProcessDefinitionQuery()
                .processDefinitionKey(key)
                .latestVersion()
                .singleResult()
                .getId();
    }

    private List<String> byOffset(List<TaskOrder> order, int size) {
        List<String> ids = new ArrayList<>();
        for (int offset = 0; offset < 10_000; offset += size) {
            List<TaskRow> page = taskList.page(TaskFilter.MINE, order, offset, size);
            page.forEach(r -> ids.add(r.task().id()));
            if (page.size() < size) {
                return ids;
            }
        }
        throw new AssertionError("no end of pages");
    }

    private List<String> pages(TaskFilter filter, int size) {
        List<String> ids = new ArrayList<>();
        TaskCursor cursor = null;
        for (int guard = 0; guard < 1000; guard++) {
            List<TaskRow> page = taskList.page(filter, cursor, size);
            page.forEach(r -> ids.add(r.task().id()));
            if (page.size() < size) {
                return ids;
            }
            cursor = TaskCursor.after(page.get(page.size() - 1));
        }
        throw new AssertionError("no end of pages");
    }

    private static List<String> ours(List<String> ids, String run) {
        return ids.stream().filter(id -> id.startsWith("walk-" + run)).toList();
    }
}
