package cn.jiandang.tasks;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;

import java.time.Duration;
import java.util.Date;
import java.util.Map;

/**
 * Every step of every procedure gets a due date when its task is created, so that the task list can show the
 * deadline and mark what is overdue: the step's own time limit ({@code jiandang.tasks.time-limits.<procedure>.<step>}),
 * else the default ({@code jiandang.tasks.default-time-limit}, 10 days). A step whose model already sets a due date
 * (a rectification case's deadline) keeps it. Counted from the task's creation in the engine's clock.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TaskTimeLimits.Settings.class)
class TaskTimeLimits {

    /** Before the other task listeners: they see the due date it sets ({@link TaskProjection}). */
    static final int ORDER = 0;

    private final Settings settings;

    TaskTimeLimits(Settings settings) {
        this.settings = settings;
    }

    @Order(ORDER)
    @EventListener(condition = "#task.eventName == '" + TaskListener.EVENTNAME_CREATE + "'")
    public void onCreate(DelegateTask task) {
        if (task.getDueDate() != null || task.getCreateTime() == null) {
            return;
        }
        String procedure = task.getProcessDefinitionId() == null
                ? ""
                : task.getProcessDefinitionId().split(":")[0];
        Duration limit = settings.limit(procedure, task.getTaskDefinitionKey());
        task.setDueDate(Date.from(task.getCreateTime().toInstant().plus(limit)));
    }

    /** Time limits of the steps; durations in ISO-8601 (P10D) or Spring's short form (10d). */
    @ConfigurationProperties("jiandang.tasks")
    record Settings(Duration defaultTimeLimit, Map<String, Map<String, Duration>> timeLimits) {

        Settings {
            defaultTimeLimit = defaultTimeLimit == null ? Duration.ofDays(10) : defaultTimeLimit;
            timeLimits = timeLimits == null ? Map.of() : timeLimits;
        }

        Duration limit(String procedure, String step) {
            return timeLimits.getOrDefault(procedure, Map.of()).getOrDefault(step, defaultTimeLimit);
        }
    }
}
