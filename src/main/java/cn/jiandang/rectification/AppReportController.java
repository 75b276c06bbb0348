package cn.jiandang.rectification;

import cn.jiandang.common.BusinessException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.LocalDate;

/**
 * The intake the national centre's mobile-app gateway calls (R14): a problem a household reported through the app
 * becomes a rectification case (账实不符) owned by the centre. Only the centre's account (CENTRE_ADMIN) may call it;
 * provinces see such problems only desensitised, in the app-reports view. Errors are RFC 9457 problem details.
 */
@RestController
@RequestMapping("/api/v1/app-reports")
@Tag(name = "手机APP反映问题", description = "信息中心的手机APP网关转来的群众反映问题（R14：向省级只提供脱敏信息）")
class AppReportController {

    private final AppReports reports;
    private final RectificationCases cases;

    AppReportController(AppReports reports, RectificationCases cases) {
        this.reports = reports;
        this.cases = cases;
    }

    @PostMapping
    @Operation(
            summary = "登记手机APP反映的问题",
            description =
                    "按户编号（householdId）或户主身份证号码（headIdNumber，" + "二者填一项）登记一户反映的问题，生成整改问题（账实不符），由信息中心跟踪。省级只看到隐去地名的描述。")
    @ApiResponse(responseCode = "201", description = "已登记，返回整改问题编号")
    @ApiResponse(
            responseCode = "400",
            description = "字段无效（描述为空或过长、户编号与身份证号码都未填写或都填写、" + "身份证号码无效、期限早于今天），errors 逐项说明",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(
            responseCode = "401",
            description = "未登录",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(
            responseCode = "403",
            description = "只有信息中心（CENTRE_ADMIN）可以登记",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(
            responseCode = "404",
            description = "档案中没有该户",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<Created> report(@RequestBody ReportRequest request) {
        long id = reports.reportFromApp(new AppReport(
                request.householdId(), request.headIdNumber(), request.description(), request.deadline()));
        return ResponseEntity.created(URI.create("/api/v1/app-reports/" + id)).body(new Created(id));
    }

    @GetMapping("/{id}")
    @Operation(summary = "查询手机APP反映问题的整改状态（信息中心）")
    Status status(@PathVariable long id) {
        RectificationCaseView c = cases.find(id);
        if (c.source() != ProblemSource.APP_REPORT) {
            throw BusinessException.notFound("手机APP反映的问题 " + id + " 不存在");
        }
        return new Status(c.id(), c.status(), c.deadline(), c.overdue());
    }

    record ReportRequest(
            @Schema(description = "户编号；与 headIdNumber 二选一") Long householdId,

            @Schema(description = "户主的身份证号码（18位）；与 householdId 二选一")
            String headIdNumber,

            @Schema(description = "群众反映的问题，不超过1000字", requiredMode = Schema.RequiredMode.REQUIRED)
            String description,

            @Schema(description = "整改期限，不填则为登记之日起30天") LocalDate deadline) {}

    record Created(long id) {}

    record Status(long id, RectificationStatus status, LocalDate deadline, boolean overdue) {}
}
