package cn.jiandang.tasks;

import cn.jiandang.common.BusinessException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

/**
 * The caller's inbox over REST: {@code GET /api/v1/tasks} pages it by key as the task list does (the page ends with
 * an opaque {@code next} to pass as {@code after}); {@code GET /api/v1/tasks/{id}} is one task of it, a task of
 * another region is refused. The steps themselves are completed through their procedure's endpoints.
 */
@RestController
@Tag(name = "tasks", description = "待办：本人或本岗位的任务，按紧急程度分页")
class TaskApi {

    static final int PAGE = 50;

    private final WorkTasks tasks;
    private final TaskListService list;

    TaskApi(WorkTasks tasks, TaskListService list) {
        this.tasks = tasks;
        this.list = list;
    }

    @GetMapping("/api/v1/tasks")
    @Operation(summary = "我的待办（每页50条，按办理期限、创建时间排序）")
    Page inbox(@Parameter(description = "上一页返回的 next") @RequestParam(required = false) String after) {
        List<TaskRow> rows = list.page(TaskFilter.MINE, decode(after), PAGE);
        String next = rows.size() < PAGE ? null : encode(TaskCursor.after(rows.get(rows.size() - 1)));
        return new Page(rows.stream().map(Item::of).toList(), next);
    }

    @GetMapping("/api/v1/tasks/{taskId}")
    TaskRef task(@PathVariable String taskId) {
        return tasks.open(taskId);
    }

    record Page(List<Item> tasks, String next) {}

    record Item(
            String id,
            String name,
            String procedure,
            String step,
            String processInstanceId,
            Long caseId,
            Long householdId,
            String subject,
            String headIdMasked,
            String villageName,
            Instant created,
            Instant due,
            boolean overdue,
            String assignee) {

        static Item of(TaskRow r) {
            TaskRef t = r.task();
            return new Item(
                    t.id(),
                    t.name(),
                    t.processDefinitionKey(),
                    t.taskDefinitionKey(),
                    t.processInstanceId(),
                    t.caseId(),
                    t.householdId(),
                    r.subject(),
                    r.headIdMasked(),
                    r.villageName(),
                    t.created(),
                    r.due(),
                    r.overdue(),
                    t.assignee());
        }
    }

    static String encode(TaskCursor c) {
        String raw = (c.due() == null ? "" : c.due().toString()) + "|" + c.created() + "|" + c.taskId();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    static TaskCursor decode(String after) {
        if (after == null || after.isEmpty()) {
            return null;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(after), StandardCharsets.UTF_8).split("\\|", -1);
            if (parts.length != 3 || parts[2].isBlank()) {
                throw new IllegalArgumentException(after);
            }
            return new TaskCursor(
                    parts[0].isEmpty() ? null : Instant.parse(parts[0]), Instant.parse(parts[1]), parts[2]);
        } catch (RuntimeException e) {
            throw BusinessException.invalidField("after", "分页位置无效，请使用上一页返回的 next");
        }
    }
}
