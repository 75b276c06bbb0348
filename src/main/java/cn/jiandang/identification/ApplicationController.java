package cn.jiandang.identification;

import cn.jiandang.household.Category;
import cn.jiandang.household.PovertyFactor;
import cn.jiandang.household.Relation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The intake that the mobile app, the 12317 hotline and the online service hall call: an application starts an
 * identification. Same authentication as the rest of {@code /api/v1}; errors are RFC 9457 problem details.
 */
@RestController
@RequestMapping("/api/v1/applications")
@Tag(name = "识别申请", description = "手机APP、12317热线、网上服务大厅提交的识别申请")
class ApplicationController {

    private final IdentificationIntake intake;
    private final IdentificationCases cases;

    ApplicationController(IdentificationIntake intake, IdentificationCases cases) {
        this.intake = intake;
        this.cases = cases;
    }

    @PostMapping
    @Operation(
            summary = "提交识别申请",
            description = "为已登记农户（householdId）或尚未登记的农户（household，县级批准后才登记入库）" + "启动识别。同一户已有办理中的识别时返回409。")
    @ApiResponse(responseCode = "201", description = "已受理，返回申请编号和流程实例编号")
    @ApiResponse(
            responseCode = "400",
            description = "字段无效，errors 逐项说明",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(
            responseCode = "403",
            description = "不属于调用者的辖区或角色",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(
            responseCode = "409",
            description = "已有办理中的识别，或该户的类别不能识别为所申请的类型",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<Created> apply(@Valid @RequestBody ApplicationRequest request) {
        StartedIdentification started = intake.apply(request.toApplication());
        return ResponseEntity.created(URI.create("/api/v1/applications/" + started.id()))
                .body(new Created(started.id(), started.processInstanceId()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "查询识别申请的办理状态")
    Status status(@PathVariable long id) {
        IdentificationCaseView c = cases.find(id);
        return new Status(
                c.id(), c.processInstanceId(), c.kind(), c.channel(), c.status(), c.householdId(), c.decisionComment());
    }

    record ApplicationRequest(
            @NotNull(message = "请选择申请渠道") @Schema(example = "APP")
            Channel channel,

            @NotNull(message = "请选择识别类型") @Schema(example = "MARGINAL")
            Category kind,

            @Schema(description = "已登记农户的户编号；与 household 二选一")
            Long householdId,

            @Valid @Schema(description = "尚未登记的农户；与 householdId 二选一")
            NewHouseholdRequest household,

            @Schema(description = "致贫原因或风险（监测户、边缘户）") Set<PovertyFactor> causes,
            @Schema(description = "返贫原因，仅返贫户填写") PovertyFactor returnCause) {

        IdentificationApplication toApplication() {
            return new IdentificationApplication(
                    channel,
                    kind,
                    householdId,
                    household == null
                            ? null
                            : new IdentificationApplication.Applicant(
                                    household.villageCode(),
                                    household.contactPhone(),
                                    household.members().stream()
                                            .map(m -> new IdentificationApplication.ApplicantMember(
                                                    m.name(), m.idNumber(), m.relation()))
                                            .toList()),
                    causes == null || causes.isEmpty() ? EnumSet.noneOf(PovertyFactor.class) : EnumSet.copyOf(causes),
                    returnCause);
        }
    }

    record NewHouseholdRequest(
            @NotBlank(message = "请填写所在村的行政区划代码") @Pattern(regexp = "\\d{12}", message = "行政区划代码必须是12位数字") String villageCode,

            @NotBlank(message = "请填写真实的联系电话") @Size(max = 20, message = "联系电话过长") String contactPhone,

            @NotEmpty(message = "一户至少要有一名成员（户主）") List<@Valid MemberRequest> members) {}

    record MemberRequest(
            @NotBlank(message = "请填写姓名") @Size(max = 50, message = "姓名过长") String name,

            @NotBlank(message = "请填写身份证号码") String idNumber,
            @NotNull(message = "请填写与户主关系") Relation relation) {}

    record Created(long id, String processInstanceId) {}

    record Status(
            long id,
            String processInstanceId,
            Category kind,
            Channel channel,
            CaseStatus status,
            Long householdId,
            String reason) {}
}
