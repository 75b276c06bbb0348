package cn.jiandang.tasks;

import cn.jiandang.JiandangSpringTest;
import cn.jiandang.common.BusinessException;
import cn.jiandang.rectification.NewProblem;
import cn.jiandang.rectification.ProblemSource;
import cn.jiandang.rectification.ProblemType;
import cn.jiandang.rectification.RectificationIntake;
import cn.jiandang.rectification.RectificationSteps;
import cn.jiandang.rectification.RectificationVariables;
import cn.jiandang.security.Colleague;
import cn.jiandang.security.RegionAccessDeniedException;
import cn.jiandang.security.TestLogins;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Comment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Handing a task to a colleague: a township problem passed down by the county waits for 龙州镇's township officers
 * (group TOWNSHIP_OFFICER:130125100, demo users township1 and township1b); 南桥镇's township2 is no colleague.
 */
@JiandangSpringTest
class WorkTasksHandOverTest {

    @Autowired
    WorkTasks work;

    @Autowired
    TaskListService taskList;

    @Autowired
    RectificationSteps rectificationSteps;

    @Autowired
    RectificationIntake rectificationIntake;

    @Autowired
    TaskService engineTasks;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void logout() {
        TestLogins.logout();
    }

    @Test
    void aColleagueOfTheSameGroupGetsTheTaskUnderMine() {
        String taskId = townshipTask("交接测试：台账缺失");
        TestLogins.login("township1");
        assertThat(work.colleagues(taskId))
                .extracting(Colleague::username)
                .contains("township1b")
                .doesNotContain("township1", "township2");
        work.claim(taskId);

        work.handOver(taskId, "township1b");

        assertThat(mine(taskId)).isNull();
        TestLogins.login("township1b");
        TaskRow row = mine(taskId);
        assertThat(row).isNotNull();
        assertThat(row.task().assignee()).isEqualTo("township1b");
        assertThat(engineTasks.getTaskComments(taskId))
                .extracting(Comment::getFullMessage)
                .containsExactly("【转交】王乡干（township1） 转交给 钱乡干（township1b）");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where action = 'HAND_OVER_TASK'"
                                + " and entity_id = ? and actor = 'township1'",
                        Integer.class,
                        taskId))
                .isEqualTo(1);
        // the new assignee may work on it, the former one no longer
        assertThat(work.open(taskId).assignee()).isEqualTo("township1b");
        TestLogins.login("township1");
        assertThatThrownBy(() -> work.open(taskId))
                .isInstanceOf(RegionAccessDeniedException.class)
                .hasMessage("该任务已由 township1b 认领");
    }

    @Test
    void anOfficerOfAnotherTownshipOrAnUnknownUserIsRefused() {
        String taskId = townshipTask("交接测试：他乡");
        TestLogins.login("township1");
        assertThatThrownBy(() -> work.handOver(taskId, "township2"))
                .isInstanceOf(BusinessException.class)
                .hasMessage("赵乡干（township2） 不是本任务办理岗位（同一角色、同一辖区）的同事，不能转交");
        assertThatThrownBy(() -> work.handOver(taskId, "nobody"))
                .isInstanceOf(BusinessException.class)
                .hasMessage("用户 nobody 不存在或尚未登录过本系统，不能转交");
        assertThatThrownBy(() -> work.handOver(taskId, "township1")).hasMessage("不能转交给自己，请选择另一位同事");
        // nor may an officer hand over what it may not work on
        TestLogins.login("township2");
        assertThatThrownBy(() -> work.handOver(taskId, "township1b")).isInstanceOf(RegionAccessDeniedException.class);
        TestLogins.login("township1");
        assertThat(mine(taskId).task().assignee()).isNull();
    }

    @Test
    void aTaskCompletedMeanwhileCannotBeHandedOver() {
        String taskId = townshipTask("交接测试：已办结");
        TestLogins.login("township1");
        long caseId = mine(taskId).task().caseId();
        rectificationSteps.handle(taskId, caseId, false, "已补齐台账", "台账照片");
        assertThatThrownBy(() -> work.handOver(taskId, "township1b"))
                .isInstanceOf(TaskGoneException.class)
                .hasMessage("该任务已由 township1 办理完毕，请刷新任务列表");
    }

    /** A problem of 龙州镇 itself, passed down by the county: its township handling task. */
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
        TestLogins.login("township1");
        return taskOf(id, RectificationVariables.TASK_TOWNSHIP_HANDLING);
    }

    private String taskOf(long caseId, String step) {
        return taskList.page(0, 1000).stream()
                .filter(r -> RectificationVariables.PROCESS_KEY.equals(r.task().processDefinitionKey())
                        && r.task().caseId() == caseId
                        && step.equals(r.task().taskDefinitionKey()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no task " + step))
                .task()
                .id();
    }

    private TaskRow mine(String taskId) {
        return taskList.page(0, 1000).stream()
                .filter(r -> r.task().id().equals(taskId))
                .findFirst()
                .orElse(null);
    }
}
