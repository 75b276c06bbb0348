package cn.jiandang.household.api;

import cn.jiandang.common.BusinessException;
import cn.jiandang.household.Category;
import cn.jiandang.household.HouseholdSummary;
import cn.jiandang.household.PovertyFactor;
import cn.jiandang.household.search.HouseholdQuery;
import cn.jiandang.household.search.HouseholdSearch;
import cn.jiandang.household.search.SearchCursor;
import cn.jiandang.household.search.SearchPage;
import cn.jiandang.household.search.SearchTotal;
import cn.jiandang.region.RegionCode;
import cn.jiandang.security.CurrentOfficer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The registry for the mobile app, the 12317 hotline and the online service hall: households of the caller's region.
 * This controller finds them; one household's record, its full numbers, edits and natural changes have their own.
 */
@RestController
@RequestMapping("/api/v1/households")
@Tag(name = "households", description = "建档立卡户：本辖区的农户、家庭成员、类别变化")
class HouseholdController extends ApiErrors {

    /** "1,000+": a capped total reads at most this many rows more than the page. */
    private static final int TOTAL_CAP = 1000;

    private final HouseholdSearch search;
    private final CurrentOfficer current;

    HouseholdController(HouseholdSearch search, CurrentOfficer current) {
        this.search = search;
        this.current = current;
    }

    @GetMapping
    @Operation(
            summary = "查找本辖区的农户（按键分页）",
            description = "q 为户主或任一现有成员姓名的开头（如 \"王建\"），或完整的18位身份证号码（精确，响应中仍脱敏）；"
                    + "可与 region（辖区内的乡镇或村代码）、category（六类之一或 NONE 一般农户）、factor（致贫原因或风险代码）、"
                    + "relocated、riskEliminated、openProcedure 组合。按村代码和户编号排序；下一页以响应中的 next 作为 after。"
                    + "total=capped 给出至多1000的户数（超过时 totalCapped 为 true），total=exact 给出准确户数（大范围较慢）")
    HouseholdList list(
            @Parameter(description = "12位行政区划代码，须在调用者辖区内") @RequestParam(required = false) String region,
            @Parameter(description = "姓名开头或完整身份证号码") @RequestParam(required = false) String q,
            @Parameter(description = "POOR, EXITED, RETURNED, NEWLY_POOR, MONITORED, MARGINAL, NONE")
                    @RequestParam(required = false)
                    String category,
            @Parameter(description = "致贫（返贫）原因或风险代码，如 ILLNESS、EPIDEMIC") @RequestParam(required = false) String factor,
            @RequestParam(required = false) Boolean relocated,
            @RequestParam(required = false) Boolean riskEliminated,
            @Parameter(description = "是否有正在办理的识别或风险消除") @RequestParam(required = false) Boolean openProcedure,
            @Parameter(description = "上一页响应中的 next") @RequestParam(required = false) String after,
            @RequestParam(defaultValue = "20") int size,
            @Parameter(description = "none（默认）、capped 或 exact") @RequestParam(defaultValue = "none") String total) {
        RegionCode scope =
                region == null || region.isBlank() ? current.require().region() : regionCode(region);
        HouseholdQuery query = HouseholdQuery.in(scope)
                .text(q)
                .factor(factor == null || factor.isBlank() ? null : factor(factor))
                .relocated(relocated)
                .riskEliminated(riskEliminated)
                .openProcedure(openProcedure);
        if ("NONE".equals(category)) {
            query = query.ordinaryOnly();
        } else if (category != null && !category.isBlank()) {
            query = query.category(category(category));
        }
        SearchCursor cursor = after == null || after.isBlank() ? null : SearchCursor.parse("after", after);
        SearchPage page = search.page(query, cursor, size);
        SearchTotal counted = switch (total) {
            case "none" -> null;
            case "capped" -> search.count(query, TOTAL_CAP);
            case "exact" -> search.count(query, Integer.MAX_VALUE - 1);
            default -> throw BusinessException.invalidField("total", "total 须为 none、capped 或 exact");
        };
        return new HouseholdList(
                page.rows().stream().map(HouseholdItem::of).toList(),
                page.next() == null ? null : page.next().token(),
                counted == null ? null : counted.count(),
                counted == null ? null : counted.capped());
    }

    private static RegionCode regionCode(String raw) {
        if (raw == null || !raw.matches("\\d{12}")) {
            throw BusinessException.invalidField("region", "行政区划代码必须是12位数字");
        }
        return RegionCode.of(raw);
    }

    private static Category category(String raw) {
        try {
            return Category.valueOf(raw);
        } catch (IllegalArgumentException e) {
            throw BusinessException.invalidField(
                    "category", "类别无效，可选 POOR, EXITED, RETURNED, NEWLY_POOR, MONITORED, MARGINAL, NONE");
        }
    }

    private static PovertyFactor factor(String raw) {
        try {
            return PovertyFactor.valueOf(raw);
        } catch (IllegalArgumentException e) {
            throw BusinessException.invalidField(
                    "factor",
                    "原因或风险代码无效，可选 "
                            + Arrays.stream(PovertyFactor.values())
                                    .map(Enum::name)
                                    .collect(Collectors.joining(", ")));
        }
    }

    /** A page of the list: {@code next} for the following page (null on the last), the total only when asked. */
    record HouseholdList(List<HouseholdItem> content, String next, Long total, Boolean totalCapped) {}

    record HouseholdItem(
            long id, String villageCode, Category category, String headName, String headIdMasked, int size) {
        static HouseholdItem of(HouseholdSummary s) {
            return new HouseholdItem(
                    s.id(), s.villageCode().value(), s.category(), s.headName(), s.headIdMasked(), s.size());
        }
    }
}
