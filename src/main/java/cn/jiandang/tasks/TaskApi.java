package cn.jiandang.tasks;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/tasks/{id}}: one task of the caller's inbox; a task of another region is refused. */
@RestController
class TaskApi {

    private final WorkTasks tasks;

    TaskApi(WorkTasks tasks) {
        this.tasks = tasks;
    }

    @GetMapping("/api/v1/tasks/{taskId}")
    TaskRef task(@PathVariable String taskId) {
        return tasks.open(taskId);
    }
}
