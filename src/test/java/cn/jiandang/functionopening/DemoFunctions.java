package cn.jiandang.functionopening;

import cn.jiandang.featureaccess.Feature;
import cn.jiandang.featureaccess.FeatureGrantView;
import cn.jiandang.featureaccess.FeatureGrants;
import cn.jiandang.security.TestLogins;
import org.camunda.bpm.engine.TaskService;

import java.time.LocalDate;

/**
 * Closes and reopens a function of the demo province (Hebei) through the real procedure, for tests of the R12 gate:
 * the province gives notice and the centre confirms; the province asks again and the centre approves. Tests share one
 * Spring context, so every test that closes a function must reopen it (in a finally block or @AfterEach). Leaves the
 * caller logged out.
 */
public final class DemoFunctions {

    private final FunctionOpeningIntake intake;
    private final FunctionOpeningSteps steps;
    private final FeatureGrants grants;
    private final TaskService taskService;

    public DemoFunctions(
            FunctionOpeningIntake intake, FunctionOpeningSteps steps, FeatureGrants grants, TaskService taskService) {
        this.intake = intake;
        this.steps = steps;
        this.grants = grants;
        this.taskService = taskService;
    }

    /** Closes the open function early; returns the end of its period, to reopen it as it was. */
    public LocalDate close(Feature feature) {
        TestLogins.login("province1");
        FeatureGrantView grant = grants.requests().stream()
                .filter(g -> g.feature() == feature && g.status().open())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(feature + " is not open in the demo province"));
        steps.requestClose(grant.id(), "测试：临时关闭");
        TestLogins.login("centre");
        steps.confirmClose(taskOf(grant.processInstanceId()), grant.id(), true, null);
        TestLogins.logout();
        return grant.validUntil();
    }

    /** Opens the function again from today until {@code until}. */
    public void reopen(Feature feature, LocalDate until) {
        TestLogins.login("province1");
        long id = intake.request(feature, "测试：重新开放", LocalDate.now(), until);
        TestLogins.login("centre");
        steps.decide(taskOf(steps.find(id).processInstanceId()), id, true, "同意");
        TestLogins.logout();
    }

    private String taskOf(String processInstanceId) {
        return taskService
                .createTaskQuery()
                .processInstanceId(processInstanceId)
                .singleResult()
                .getId();
    }
}
