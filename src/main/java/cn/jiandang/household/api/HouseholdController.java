package cn.jiandang.household.api;

import cn.jiandang.common.BusinessException;
import cn.jiandang.household.Category;
import cn.jiandang.household.Education;
import cn.jiandang.household.FactorKind;
import cn.jiandang.household.Health;
import cn.jiandang.household.HouseholdDetails;
import cn.jiandang.household.HouseholdService;
import cn.jiandang.household.HouseholdSummary;
import cn.jiandang.household.PovertyFactor;
import cn.jiandang.household.Relation;
import cn.jiandang.household.Relocation;
import cn.jiandang.household.WorkingAbility;
import cn.jiandang.household.basedata.BaseDataService;
import cn.jiandang.region.RegionCode;
import cn.jiandang.region.RegionService;
import cn.jiandang.security.CurrentOfficer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PagedModel;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The registry for the mobile app, the 12317 hotline and the online service hall: households of the caller's region. */
@RestController
@RequestMapping("/api/v1/households")
@Tag(name = "households", description = "建档立卡户：本辖区的农户、家庭成员、类别变化")
class HouseholdController {

    private static final int MAX_PAGE_SIZE = 200;

    private final HouseholdService households;
    private final BaseDataService baseData;
    private final RegionService regions;
    private final CurrentOfficer current;

    HouseholdController(
            HouseholdService households, BaseDataService baseData, RegionService regions, CurrentOfficer current) {
        this.households = households;
        this.baseData = baseData;
        this.regions = regions;
        this.current = current;
    }

    @GetMapping
    @Operation(summary = "本辖区的农户（分页）", description = "region 默认为调用者的辖区，只能缩小不能扩大；category 为六类之一")
    PagedModel<HouseholdItem> list(
            @Parameter(description = "12位行政区划代码，须在调用者辖区内") @RequestParam(required = false) String region,
            @Parameter(description = "POOR, EXITED, RETURNED, NEWLY_POOR, MONITORED, MARGINAL")
                    @RequestParam(required = false)
                    String category,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        RegionCode scope =
                region == null || region.isBlank() ? current.require().region() : regionCode(region);
        Category cat = category == null || category.isBlank() ? null : category(category);
        if (page < 0) {
            throw BusinessException.invalidField("page", "页码不能为负数");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw BusinessException.invalidField("size", "每页条数须在1到" + MAX_PAGE_SIZE + "之间");
        }
        return new PagedModel<>(households
                .search(scope, cat, PageRequest.of(page, size, Sort.by("id")))
                .map(HouseholdItem::of));
    }

    @GetMapping("/{id}")
    @Operation(summary = "一户的档案", description = "家庭成员、类别变化、现有致贫（返贫）原因与风险、收入、搬迁；辖区外的户返回403")
    HouseholdDocument one(@PathVariable long id) {
        HouseholdDetails d = households.details(id);
        return new HouseholdDocument(
                d.id(),
                d.villageCode().value(),
                regions.path(d.villageCode()),
                d.category(),
                d.identificationMonth() == null ? null : d.identificationMonth().toString(),
                d.contactPhone(),
                d.worksAway(),
                d.riskEliminated(),
                d.members().stream()
                        .map(m -> new MemberItem(
                                m.name(),
                                m.idNumber(),
                                m.birthDate(),
                                m.sex(),
                                m.relation(),
                                m.ethnicity(),
                                m.education(),
                                m.health(),
                                m.workingAbility(),
                                m.migrantWork()))
                        .toList(),
                d.categoryHistory().stream()
                        .map(c -> new CategoryChangeItem(c.from(), c.to(), c.changedAt(), c.changedBy(), c.procedure()))
                        .toList(),
                new TreeMap<>(d.factors()),
                baseData.incomes(id).stream()
                        .map(i -> new IncomeItem(
                                i.record().year(),
                                i.record().wages(),
                                i.record().production(),
                                i.record().property(),
                                i.record().transfer(),
                                i.record().productionCosts(),
                                i.net(),
                                i.sizeAtCountingDate(),
                                i.perCapita()))
                        .toList(),
                baseData.incomePeriod(id).map(p -> p.from() + "/" + p.to()).orElse(null),
                d.relocation());
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
                    "category", "类别无效，可选 POOR, EXITED, RETURNED, NEWLY_POOR, MONITORED, MARGINAL");
        }
    }

    record HouseholdItem(
            long id, String villageCode, Category category, String headName, String headIdMasked, int size) {
        static HouseholdItem of(HouseholdSummary s) {
            return new HouseholdItem(
                    s.id(), s.villageCode().value(), s.category(), s.headName(), s.headIdMasked(), s.size());
        }
    }

    record HouseholdDocument(
            long id,
            String villageCode,
            String villagePath,
            Category category,
            String identificationMonth,
            String contactPhone,
            boolean worksAway,
            boolean riskEliminated,
            List<MemberItem> members,
            List<CategoryChangeItem> categoryHistory,
            Map<FactorKind, java.util.Set<PovertyFactor>> factors,
            List<IncomeItem> incomes,
            String incomePeriod,
            Relocation relocation) {}

    record MemberItem(
            String name,
            String idNumber,
            LocalDate birthDate,
            String sex,
            Relation relation,
            String ethnicity,
            Education education,
            Health health,
            WorkingAbility workingAbility,
            boolean migrantWork) {}

    record CategoryChangeItem(Category from, Category to, Instant changedAt, String changedBy, String procedure) {}

    record IncomeItem(
            int year,
            BigDecimal wages,
            BigDecimal production,
            BigDecimal property,
            BigDecimal transfer,
            BigDecimal productionCosts,
            BigDecimal net,
            long householdSizeAt30September,
            BigDecimal perCapita) {}
}
