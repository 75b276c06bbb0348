package cn.jiandang.quality;

import cn.jiandang.common.BusinessException;
import cn.jiandang.region.RegionCode;
import cn.jiandang.security.CurrentOfficer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Data-quality runs for other systems: the same service as the problem-list page. */
@RestController
@RequestMapping("/api/v1/quality")
@Tag(name = "quality", description = "数据清洗：按行政区划运行质量规则，查看问题清单")
class QualityController {

    private final QualityService quality;
    private final CurrentOfficer current;

    QualityController(QualityService quality, CurrentOfficer current) {
        this.quality = quality;
        this.current = current;
    }

    /** The body of a run request. */
    record RunRequest(String regionCode) {}

    @PostMapping("/runs")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "排队运行一次质量检查", description = "regionCode 为12位行政区划代码，须在调用者辖区内；检查在后台运行。")
    RunView request(@RequestBody RunRequest body) {
        if (body == null || body.regionCode() == null || !body.regionCode().matches("\\d{12}")) {
            throw BusinessException.invalidField("regionCode", "请填写12位行政区划代码");
        }
        return quality.request(RegionCode.of(body.regionCode()));
    }

    @GetMapping("/runs/{id}")
    @Operation(summary = "一次检查的状态和结果数")
    RunView run(@PathVariable long id) {
        return quality.run(id);
    }

    @GetMapping("/runs/{id}/problems")
    @Operation(summary = "一次检查发现的问题（调用者辖区内，按问题编号分页）")
    List<ProblemView> problems(
            @PathVariable long id,
            @RequestParam(required = false) String ruleCode,
            @RequestParam(defaultValue = "0") long after,
            @RequestParam(defaultValue = "200") int limit) {
        return quality.problems(id, current.require().region(), ruleCode, after, limit);
    }

    @GetMapping("/runs/{id}/counts")
    @Operation(summary = "一次检查按县和规则的问题数：未解决、新发现、已消除")
    List<RuleCount> counts(@PathVariable long id) {
        return quality.counts(id, current.require().region());
    }
}
