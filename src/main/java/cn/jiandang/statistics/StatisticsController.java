package cn.jiandang.statistics;

import cn.jiandang.common.BusinessException;
import cn.jiandang.household.Category;
import cn.jiandang.region.RegionCode;
import cn.jiandang.security.CurrentOfficer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** The daily statistics (R13) for the centre's other systems: read from the snapshots, within the caller's region. */
@RestController
@RequestMapping("/api/v1/statistics")
@Tag(name = "statistics", description = "每日统计（R13）：返贫户、新致贫户、脱贫监测户、边缘户的户数、人数、变化、帮扶和风险消除，按行政区划")
class StatisticsController {

    private final StatisticsService statistics;
    private final CurrentOfficer current;

    StatisticsController(StatisticsService statistics, CurrentOfficer current) {
        this.statistics = statistics;
        this.current = current;
    }

    @GetMapping("/daily")
    @Operation(
            summary = "某行政区划在一段日期内的每日统计",
            description = "每个有快照的日期、四类各一行（没有的类别为0）；变化为当日进入和退出该类别的户数及其按程序的明细。"
                    + "region 默认为调用者的辖区，须在辖区内（否则403）；from、to 为 YYYY-MM-DD，默认为今天，最多366天；"
                    + "无效的参数返回400并指明字段")
    List<DailyRow> daily(
            @Parameter(description = "12位行政区划代码，须在调用者辖区内") @RequestParam(required = false) String region,
            @Parameter(description = "开始日期 YYYY-MM-DD") @RequestParam(required = false) String from,
            @Parameter(description = "结束日期 YYYY-MM-DD（含）") @RequestParam(required = false) String to) {
        RegionCode code = region == null || region.isBlank() ? current.require().region() : regionCode(region);
        LocalDate end = date("to", to, statistics.today());
        LocalDate start = date("from", from, end);
        List<DailyRow> rows = new ArrayList<>();
        for (DailyStatistics day : statistics.daily(code, start, end)) {
            for (Category category : StatisticsService.FOUR) {
                CategoryFigures f = day.figures().of(category);
                rows.add(new DailyRow(
                        day.day(),
                        code.value(),
                        category,
                        f.households(),
                        f.persons(),
                        f.entered(),
                        f.left(),
                        f.helped(),
                        f.newlyHelped(),
                        f.riskEliminated(),
                        f.newlyRiskEliminated(),
                        day.changes().stream()
                                .filter(c -> c.category() == category)
                                .map(c -> new ChangeItem(c.procedure(), c.entered(), c.left()))
                                .toList()));
            }
        }
        return rows;
    }

    @PostMapping("/daily/{day}/recompute")
    @Operation(summary = "重新计算某日的统计快照（信息中心）", description = "替换该日的全部统计；只能是今天或以前；仅 CENTRE_ADMIN，否则403")
    SnapshotRun recompute(@Parameter(description = "YYYY-MM-DD") @PathVariable String day) {
        return statistics.recompute(date("day", day, null));
    }

    private static RegionCode regionCode(String raw) {
        if (!raw.matches("\\d{12}")) {
            throw BusinessException.invalidField("region", "行政区划代码必须是12位数字");
        }
        return RegionCode.of(raw);
    }

    private static LocalDate date(String field, String raw, LocalDate otherwise) {
        if (raw == null || raw.isBlank()) {
            if (otherwise == null) {
                throw BusinessException.invalidField(field, "请填写日期（YYYY-MM-DD）");
            }
            return otherwise;
        }
        try {
            return LocalDate.parse(raw);
        } catch (DateTimeParseException e) {
            throw BusinessException.invalidField(field, "日期格式应为 YYYY-MM-DD: " + raw);
        }
    }

    /** One category of the region on one day. */
    record DailyRow(
            LocalDate day,
            String regionCode,
            Category category,
            long households,
            long persons,
            long entered,
            long left,
            long helped,
            long newlyHelped,
            long riskEliminated,
            long newlyRiskEliminated,
            List<ChangeItem> changes) {}

    /** Households that entered or left the category that day through one procedure. */
    record ChangeItem(String procedure, long entered, long left) {}
}
