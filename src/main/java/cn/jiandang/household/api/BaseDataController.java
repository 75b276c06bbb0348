package cn.jiandang.household.api;

import cn.jiandang.common.BusinessException;
import cn.jiandang.common.FieldErrors;
import cn.jiandang.household.Coordinates;
import cn.jiandang.household.IncomeRecord;
import cn.jiandang.household.Relocation;
import cn.jiandang.household.VersionStamp;
import cn.jiandang.household.Wording;
import cn.jiandang.household.basedata.BaseDataEdits;
import cn.jiandang.household.basedata.BaseDataService;
import cn.jiandang.household.basedata.FieldDiff;
import cn.jiandang.household.basedata.HouseholdUpdate;
import cn.jiandang.household.basedata.IncomeView;
import cn.jiandang.household.basedata.MemberUpdate;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/**
 * Base data through the API: a year's income (R5, R6), contact (R10) and relocation (R9), a member's base data, and
 * the versions every change leaves (R8) with readable, masked differences. Overwriting writes need If-Match.
 */
@RestController
@RequestMapping("/api/v1/households/{id}")
@Tag(name = "households")
class BaseDataController extends ApiErrors {

    private final BaseDataEdits edits;
    private final BaseDataService baseData;
    private final Idempotency idempotency;

    BaseDataController(BaseDataEdits edits, BaseDataService baseData, Idempotency idempotency) {
        this.edits = edits;
        this.baseData = baseData;
        this.idempotency = idempotency;
    }

    @PutMapping("/incomes/{year}")
    @Operation(
            summary = "录入（或更新）一年的收入",
            description = "五项金额均须给出（元，最多两位小数，不能为负数）；年度不晚于今年。返回家庭纯收入、9月30日家庭人口和人均纯收入（R6）。"
                    + "须带 If-Match（该户当前的 ETag）；已被他人修改时返回412")
    ResponseEntity<?> income(
            @PathVariable long id,
            @PathVariable int year,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @RequestHeader(value = "Idempotency-Key", required = false) String key,
            @RequestBody RegistryBodies.IncomeBody body) {
        Integer expected = Preconditions.required(ifMatch);
        IncomeRecord income = new IncomeRecord(
                year, body.wages(), body.production(), body.property(), body.transfer(), body.productionCosts());
        String path = "/api/v1/households/" + id + "/incomes/" + year;
        return idempotency.run(key, "PUT", path, body, () -> {
            VersionStamp v = edits.recordIncome(id, income, expected);
            IncomeView view = baseData.incomes(id).stream()
                    .filter(i -> i.record().year() == year)
                    .findFirst()
                    .orElseThrow();
            return ResponseEntity.ok()
                    .eTag(v.etag())
                    .body(new IncomeSaved(
                            id, year, view.net(), view.sizeAtCountingDate(), view.perCapita(), v.number()));
        });
    }

    @PatchMapping
    @Operation(
            summary = "修改联系方式或易地扶贫搬迁信息",
            description = "contactPhone、worksAway、relocated、relocation 中给出的字段才修改，一次修改为一个版本。"
                    + "经纬度须在中国境内。须带 If-Match；已被他人修改时返回412")
    ResponseEntity<?> patch(
            @PathVariable long id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @RequestHeader(value = "Idempotency-Key", required = false) String key,
            @RequestBody RegistryBodies.HouseholdPatch body) {
        Integer expected = Preconditions.required(ifMatch);
        HouseholdUpdate update =
                new HouseholdUpdate(body.contactPhone(), body.worksAway(), body.relocated(), relocation(body));
        return idempotency.run(
                key,
                "PATCH",
                "/api/v1/households/" + id,
                body,
                () -> saved(id, () -> edits.update(id, update, expected)));
    }

    @PutMapping("/members/{memberId}")
    @Operation(
            summary = "修改一名成员的基础信息",
            description = "民族、文化程度、健康状况、劳动能力、是否外出务工（整体替换）；外出务工须给出本人真实的联系电话（R10）。须带 If-Match")
    ResponseEntity<?> member(
            @PathVariable long id,
            @PathVariable long memberId,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @RequestHeader(value = "Idempotency-Key", required = false) String key,
            @RequestBody RegistryBodies.MemberBody body) {
        Integer expected = Preconditions.required(ifMatch);
        MemberUpdate update = new MemberUpdate(
                body.ethnicity(),
                body.education(),
                body.health(),
                body.workingAbility(),
                Boolean.TRUE.equals(body.migrantWork()),
                body.contactPhone());
        String path = "/api/v1/households/" + id + "/members/" + memberId;
        return idempotency.run(
                key, "PUT", path, body, () -> saved(id, () -> edits.updateMember(id, memberId, update, expected)));
    }

    @GetMapping("/versions")
    @Operation(summary = "基础信息的各个版本（R8）", description = "每个版本：谁、何时、哪项业务，以及与上一版本相比改了什么（中文字段名和代码名称，身份证号码和电话号码已脱敏）")
    List<VersionItem> versions(@PathVariable long id) {
        Wording chinese = Wording.chinese();
        return baseData.changes(id, chinese).stream()
                .map(v -> new VersionItem(
                        v.version().number(),
                        v.version().changedAt(),
                        v.version().changedBy(),
                        v.version().procedure(),
                        chinese.textOr(
                                "polish.procedure." + v.version().procedure(),
                                () -> v.version().procedure()),
                        v.changes()))
                .toList();
    }

    private static ResponseEntity<?> saved(long id, Supplier<VersionStamp> write) {
        VersionStamp v = write.get();
        return ResponseEntity.ok().eTag(v.etag()).body(new Saved(id, v.number()));
    }

    /** The body's positions as a relocation, each coordinate refused under its own path (relocation.before.longitude). */
    private static Relocation relocation(RegistryBodies.HouseholdPatch body) {
        if (body.relocation() == null) {
            return null;
        }
        FieldErrors errors = new FieldErrors();
        Coordinates before = coordinates("relocation.before", body.relocation().before(), errors);
        Coordinates after = coordinates("relocation.after", body.relocation().after(), errors);
        errors.throwIfAny("搬迁位置有误");
        return new Relocation(before, after);
    }

    private static Coordinates coordinates(String path, RegistryBodies.Point p, FieldErrors errors) {
        if (p == null) {
            errors.require(false, path, "请给出" + (path.endsWith("before") ? "搬迁前" : "搬迁后") + "的经纬度");
            return null;
        }
        try {
            return new Coordinates(p.longitude(), p.latitude());
        } catch (BusinessException e) {
            e.fieldErrors().forEach((field, message) -> errors.require(false, path + "." + field, message));
            return null;
        }
    }

    record Saved(long householdId, int version) {}

    record IncomeSaved(
            long householdId,
            int year,
            BigDecimal net,
            long householdSizeAt30September,
            BigDecimal perCapita,
            int version) {}

    record VersionItem(
            int number,
            Instant changedAt,
            String changedBy,
            String procedure,
            String procedureLabel,
            List<FieldDiff> changes) {}
}
