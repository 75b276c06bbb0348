package cn.jiandang.tasks;

import cn.jiandang.JiandangSpringTest;
import cn.jiandang.rectification.NewProblem;
import cn.jiandang.rectification.ProblemSource;
import cn.jiandang.rectification.ProblemType;
import cn.jiandang.rectification.RectificationIntake;
import cn.jiandang.rectification.RectificationSteps;
import cn.jiandang.rectification.RectificationVariables;
import cn.jiandang.security.RegionAccessDeniedException;
import cn.jiandang.security.TestLogins;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A step as the services do it since issue 14's P1 work: {@link WorkTasks#open} reads the task's projection row
 * instead of the engine (same answer, same refusals), and the completion claims, comments and completes in one engine
 * command, which still leaves the officer as the task's holder in the history, its comment, no projection row, and,
 * when someone else completed the task meanwhile, says who and saves nothing.
 */
@JiandangSpringTest
class WorkTasksOneCommandTest {

    /** The township rectified the problem itself (what {@link RectificationSteps#handle} completes with). */
    private static final Map<String, Object> HANDLED =
            Map.of(RectificationVariables.PASS_DOWN, false, RectificationVariables.HANDLER_LEVEL, "TOWNSHIP");

    @Autowired
    WorkTasks work;

    @Autowired
    RectificationIntake rectificationIntake;

    @Autowired
    RectificationSteps rectificationSteps;

    @Autowired
    TaskService engineTasks;

    @Autowired
    HistoryService history;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @AfterEach
    void logout() {
        TestLogins.logout();
    }

    @Test
    void openFromTheProjectionAnswersAsTheEngineAndRefusesAsBefore() {
        String taskId = townshipTask("一次命令测试：读取");
        Task engine = engineTasks.createTaskQuery().taskId(taskId).singleResult();
        TestLogins.login("township1");

        TaskRef ref = work.open(taskId);

        assertThat(ref)
                .isEqualTo(new TaskRef(
                        taskId,
                        engine.getName(),
                        RectificationVariables.PROCESS_KEY,
                        RectificationVariables.TASK_TOWNSHIP_HANDLING,
                        engine.getProcessInstanceId(),
                        null,
                        TaskQueries.asLong(engineTasks.getVariable(taskId, TaskQueries.CASE_ID)),
                        ref.created(),
                        null));
        assertThat(ref.created().toEpochMilli() / 1000)
                .isEqualTo(engine.getCreateTime().getTime() / 1000);
        TestLogins.login("township2");
        assertThatThrownBy(() -> work.open(taskId))
                .isInstanceOf(RegionAccessDeniedException.class)
                .hasMessage("您无权办理该任务（不属于您的角色或辖区）");
        TestLogins.login("township1");
        work.claim(taskId);
        TestLogins.login("township1b");
        assertThatThrownBy(() -> work.open(taskId))
                .isInstanceOf(RegionAccessDeniedException.class)
                .hasMessage("该任务已由 township1 认领");
    }

    @Test
    void anUnclaimedTaskIsClaimedCommentedAndCompletedAsOne() {
        String taskId = townshipTask("一次命令测试：办理");
        TestLogins.login("township1");
        TaskRef ref = work.open(taskId);

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            work.open(taskId);
            work.complete(taskId, HANDLED, "乡镇已整改");
        });

        HistoricTaskInstance done =
                history.createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
        assertThat(done.getAssignee()).isEqualTo("township1");
        assertThat(done.getDeleteReason()).isEqualTo("completed");
        assertThat(engineTasks.getTaskComments(taskId))
                .extracting(Comment::getFullMessage)
                .containsExactly("乡镇已整改");
        assertThat(jdbc.queryForObject("select count(*) from open_task where task_id = ?", Integer.class, taskId))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from open_task where process_instance_id = ? and assignee is null",
                        Integer.class,
                        ref.processInstanceId()))
                .as("the next step's row, unclaimed")
                .isEqualTo(1);
    }

    @Test
    void aTaskCompletedByAColleagueSinceOpenIsReportedAndNothingOfTheSecondIsSaved() {
        String taskId = townshipTask("一次命令测试：同时办理");
        TransactionTemplate second = new TransactionTemplate(transactions);
        second.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);

        assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
                    TestLogins.login("township1");
                    work.open(taskId);
                    TestLogins.login("township1b");
                    second.executeWithoutResult(s -> {
                        work.open(taskId);
                        work.complete(taskId, HANDLED, null);
                    });
                    TestLogins.login("township1");
                    work.complete(taskId, HANDLED, "迟到的意见");
                }))
                .isInstanceOf(TaskGoneException.class)
                .hasMessage("该任务已由 township1b 办理完毕，请刷新任务列表");

        assertThat(history.createHistoricTaskInstanceQuery()
                        .taskId(taskId)
                        .singleResult()
                        .getAssignee())
                .isEqualTo("township1b");
        assertThat(engineTasks.getTaskComments(taskId)).isEmpty();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where action = 'COMPLETE_TASK' and entity_id = ?",
                        Integer.class,
                        taskId))
                .isEqualTo(1);
    }

    /** A problem of 龙州镇 itself, passed down by the county: its township handling task, unclaimed. */
    private String townshipTask(String description) {
        TestLogins.login("supervisor");
        long id = rectificationIntake.create(new NewProblem(
                null,
                "130125100000",
                ProblemType.OTHER,
                description,
                ProblemSource.INSPECTION,
                LocalDate.now().plusDays(30)));
        TestLogins.login("county1");
        rectificationSteps.handle(taskOf(id, RectificationVariables.TASK_COUNTY_HANDLING), id, true, null, null);
        return taskOf(id, RectificationVariables.TASK_TOWNSHIP_HANDLING);
    }

    private String taskOf(long caseId, String step) {
        return engineTasks
                .createTaskQuery()
                .processVariableValueEquals(Procedures.CASE_ID, caseId)
                .processDefinitionKey(RectificationVariables.PROCESS_KEY)
                .taskDefinitionKey(step)
                .singleResult()
                .getId();
    }
}
