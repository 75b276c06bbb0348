package cn.jiandang.household.api;

import cn.jiandang.household.HouseholdDetails;
import cn.jiandang.household.HouseholdService;
import cn.jiandang.household.VersionStamp;
import cn.jiandang.household.api.HouseholdDocument.CategoryChangeItem;
import cn.jiandang.household.api.HouseholdDocument.IncomeItem;
import cn.jiandang.household.api.HouseholdDocument.MemberItem;
import cn.jiandang.household.basedata.BaseDataEdits;
import cn.jiandang.household.basedata.BaseDataService;
import cn.jiandang.region.RegionService;
import cn.jiandang.security.Masking;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.TreeMap;

/** One household's record, with its ETag (the version an edit must name in If-Match). */
@RestController
@RequestMapping("/api/v1/households")
@Tag(name = "households")
class HouseholdDocumentController extends ApiErrors {

    private final HouseholdService households;
    private final BaseDataService baseData;
    private final BaseDataEdits edits;
    private final RegionService regions;

    HouseholdDocumentController(
            HouseholdService households, BaseDataService baseData, BaseDataEdits edits, RegionService regions) {
        this.households = households;
        this.baseData = baseData;
        this.edits = edits;
        this.regions = regions;
    }

    @GetMapping("/{id}")
    @Operation(
            summary = "一户的档案",
            description = "家庭成员、类别变化、现有致贫（返贫）原因与风险、收入、搬迁；身份证号码和电话号码已脱敏，完整号码另行请求（留痕）。" + "辖区外的户与不存在的户同样返回404")
    ResponseEntity<HouseholdDocument> one(@PathVariable long id) {
        HouseholdDetails d = households.details(id);
        VersionStamp version = edits.currentVersion(id);
        return ResponseEntity.ok()
                .eTag(version.etag())
                .body(new HouseholdDocument(
                        d.id(),
                        d.villageCode().value(),
                        regions.path(d.villageCode()),
                        d.category(),
                        d.identificationMonth() == null
                                ? null
                                : d.identificationMonth().toString(),
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
                                .map(c -> new CategoryChangeItem(
                                        c.from(), c.to(), c.changedAt(), c.changedBy(), c.procedure()))
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
                        baseData.incomePeriod(id)
                                .map(p -> p.from() + "/" + p.to())
                                .orElse(null),
                        d.relocation(),
                        version.number()));
    }
}
