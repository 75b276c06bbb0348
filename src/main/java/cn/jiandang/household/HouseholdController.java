package cn.jiandang.household;

import cn.jiandang.common.BusinessException;
import cn.jiandang.region.RegionCode;
import cn.jiandang.region.RegionService;
import cn.jiandang.security.CurrentOfficer;
import cn.jiandang.security.Masking;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.extensions.Extension;
import io.swagger.v3.oas.annotations.extensions.ExtensionProperty;
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
    /** Offsets beyond this are no one's browsing (and overflow the database's int offset). */
    private static final long MAX_OFFSET = 1_000_000;
    /** Marks the operations that answer full personal numbers, for the authorisation matrix's leak check. */
    static final String REVEALS = "x-reveals-personal-numbers";

    private final HouseholdService households;
    private final BaseDataService baseData;
    private final PersonalNumbers numbers;
    private final RegionService regions;
    private final CurrentOfficer current;

    HouseholdController(
            HouseholdService households,
            BaseDataService baseData,
            PersonalNumbers numbers,
            RegionService regions,
            CurrentOfficer current) {
        this.households = households;
        this.baseData = baseData;
        this.numbers = numbers;
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
        if ((long) page * size > MAX_OFFSET) {
            throw BusinessException.invalidField("page", "页码过大：请缩小查询范围（region、category）");
        }
        return new PagedModel<>(households
                .search(scope, cat, PageRequest.of(page, size, Sort.by("id")))
                .map(HouseholdItem::of));
    }

    @GetMapping("/{id}")
    @Operation(
            summary = "一户的档案",
            description = "家庭成员、类别变化、现有致贫（返贫）原因与风险、收入、搬迁；身份证号码和电话号码已脱敏，完整号码另行请求（留痕）。" + "辖区外的户与不存在的户同样返回404")
    HouseholdDocument one(@PathVariable long id) {
        HouseholdDetails d = households.details(id);
        return new HouseholdDocument(
                d.id(),
                d.villageCode().value(),
                regions.path(d.villageCode()),
                d.category(),
                d.identificationMonth() == null ? null : d.identificationMonth().toString(),
                Masking.phone(d.contactPhone()),
                d.worksAway(),
                d.riskEliminated(),
                d.members().stream()
                        .map(m -> new MemberItem(
                                m.memberId(),
                                m.name(),
                                Masking.idNumber(m.idNumber()),
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

    @GetMapping("/{id}/members/{memberId}/id-number")
    @Operation(
            summary = "一名成员的完整身份证号码",
            description = "仅限该户所在辖区的各级扶贫干部；每次请求都记入操作日志",
            extensions = @Extension(properties = @ExtensionProperty(name = REVEALS, value = "true")))
    FullIdNumber idNumber(@PathVariable long id, @PathVariable long memberId) {
        return new FullIdNumber(memberId, numbers.revealIdNumber(id, memberId));
    }

    @GetMapping("/{id}/contact-phone")
    @Operation(
            summary = "该户完整的联系电话",
            description = "仅限该户所在辖区的各级扶贫干部；每次请求都记入操作日志",
            extensions = @Extension(properties = @ExtensionProperty(name = REVEALS, value = "true")))
    FullContactPhone contactPhone(@PathVariable long id) {
        return new FullContactPhone(numbers.revealContactPhone(id));
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
            String contactPhoneMasked,
            boolean worksAway,
            boolean riskEliminated,
            List<MemberItem> members,
            List<CategoryChangeItem> categoryHistory,
            Map<FactorKind, java.util.Set<PovertyFactor>> factors,
            List<IncomeItem> incomes,
            String incomePeriod,
            Relocation relocation) {}

    record FullIdNumber(long memberId, String idNumber) {}

    record FullContactPhone(String contactPhone) {}

    /** A member as the API lists it: the ID number masked; {@code id} for the audited full-number request. */
    record MemberItem(
            Long id,
            String name,
            String idNumberMasked,
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
