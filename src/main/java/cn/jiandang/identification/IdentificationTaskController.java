package cn.jiandang.identification;

import cn.jiandang.common.BusinessException;
import cn.jiandang.household.Category;
import cn.jiandang.household.PovertyFactor;
import cn.jiandang.tasks.TaskRef;
import cn.jiandang.tasks.WorkTasks;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Set;

/**
 * The village's steps of an identification over REST, as its task forms submit them: the home verification and the
 * democratic appraisal of the task {@code taskId} of the caller's inbox. The task is checked as the form checks it (a
 * task of another region is "not there"); errors are problem details naming the field.
 */
@RestController
@RequestMapping("/api/v1/tasks/{taskId}")
@Tag(name = "tasks")
class IdentificationTaskController {

    private final WorkTasks tasks;
    private final IdentificationSteps steps;

    IdentificationTaskController(WorkTasks tasks, IdentificationSteps steps) {
        this.tasks = tasks;
        this.steps = steps;
    }

    @PostMapping("/home-verification")
    @Operation(summary = "完成入户核实（识别第一步）")
    ResponseEntity<Void> homeVerification(
            @PathVariable String taskId, @Valid @RequestBody HomeVerificationRequest request) {
        steps.completeHomeVerification(
                taskId,
                caseOf(taskId),
                new HomeVerification(
                        request.kind(),
                        request.causes(),
                        request.returnCause(),
                        request.signedCommitment(),
                        null,
                        request.comment()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/appraisal")
    @Operation(summary = "完成民主评议（识别第二步）")
    ResponseEntity<Void> appraisal(@PathVariable String taskId, @Valid @RequestBody AppraisalRequest request) {
        steps.completeAppraisal(taskId, caseOf(taskId), request.passed(), request.minutes(), request.reason());
        return ResponseEntity.noContent().build();
    }

    private long caseOf(String taskId) {
        TaskRef task = tasks.open(taskId);
        if (task.caseId() == null || !IdentificationVariables.PROCESS_KEY.equals(task.processDefinitionKey())) {
            throw BusinessException.notFound("该任务不是识别申请的步骤");
        }
        return task.caseId();
    }

    record HomeVerificationRequest(
            @Schema(description = "核实后的识别类型；不填则为申请的类型") Category kind,
            @Schema(description = "致贫原因或风险") Set<PovertyFactor> causes,
            @Schema(description = "返贫原因，仅返贫户填写") PovertyFactor returnCause,

            @NotNull(message = "请确认已收取户主签字的承诺授权书") @Schema(example = "true")
            Boolean signedCommitment,

            @Size(max = 500, message = "备注过长") String comment) {}

    record AppraisalRequest(
            @NotNull(message = "请选择评议是否通过") @Schema(example = "true")
            Boolean passed,

            @Size(max = 2000, message = "会议记录过长") @Schema(example = "村民代表会议同意")
            String minutes,

            @Size(max = 500, message = "理由过长") String reason) {}
}
