package cn.jiandang.publicnotice;

import cn.jiandang.TestHouseholds;
import cn.jiandang.household.Category;
import cn.jiandang.household.HouseholdService;
import cn.jiandang.household.PovertyFactor;
import cn.jiandang.identification.Channel;
import cn.jiandang.identification.HomeVerification;
import cn.jiandang.identification.IdentificationIntake;
import cn.jiandang.identification.IdentificationSteps;
import cn.jiandang.security.TestLogins;
import cn.jiandang.tasks.TaskListService;
import cn.jiandang.tasks.TaskRow;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Set;

/**
 * Brings a fresh household of 东关村 to its public notice through the real services, as village1 (the village officer
 * posts the notice by completing the democratic appraisal), and finds the board's copy of it.
 */
public final class NoticeCases {

    public static final String VILLAGE = "130125100201";

    private final IdentificationIntake intake;
    private final IdentificationSteps steps;
    private final TaskListService tasks;
    private final HouseholdService households;
    private final JdbcTemplate jdbc;

    public NoticeCases(
            IdentificationIntake intake,
            IdentificationSteps steps,
            TaskListService tasks,
            HouseholdService households,
            JdbcTemplate jdbc) {
        this.intake = intake;
        this.steps = steps;
        this.tasks = tasks;
        this.households = households;
        this.jdbc = jdbc;
    }

    /** The case on notice, its household and the board's notice id; logged out afterwards. */
    public OnNotice onNotice(PovertyFactor cause) {
        TestLogins.login("village1");
        try {
            long householdId = TestHouseholds.register(households, VILLAGE, null);
            long caseId = intake.start(householdId, Category.NEWLY_POOR, Set.of(cause), Channel.VILLAGE);
            steps.completeHomeVerification(
                    taskOf(caseId).task().id(),
                    caseId,
                    new HomeVerification(Category.NEWLY_POOR, Set.of(cause), null, true, "scan-001", "入户核实属实"));
            steps.completeAppraisal(taskOf(caseId).task().id(), caseId, true, "村民代表一致同意", null);
            Long noticeId = jdbc.queryForObject(
                    "select id from public_notice where source = 'IDENTIFICATION_NOTICE' and case_id = ?",
                    Long.class,
                    caseId);
            return new OnNotice(householdId, caseId, noticeId);
        } finally {
            TestLogins.logout();
        }
    }

    private TaskRow taskOf(long caseId) {
        return tasks.page(0, 500).stream()
                .filter(r -> "identification".equals(r.task().processDefinitionKey())
                        && r.task().caseId() != null
                        && r.task().caseId() == caseId)
                .findFirst()
                .orElseThrow();
    }

    public record OnNotice(long householdId, long caseId, long noticeId) {}
}
