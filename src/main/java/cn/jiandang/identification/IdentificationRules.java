package cn.jiandang.identification;

import cn.jiandang.common.FieldErrors;
import cn.jiandang.household.Category;
import cn.jiandang.household.ContactPhone;
import cn.jiandang.household.FactorKind;
import cn.jiandang.household.IdNumber;
import cn.jiandang.household.PovertyFactor;
import cn.jiandang.household.Relation;
import cn.jiandang.region.RegionCode;
import cn.jiandang.region.RegionLevel;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** What an application and the home verification must satisfy: the kinds, causes or risks, and a new household. */
final class IdentificationRules {

    /** The categories an identification may give. */
    static final Set<Category> KINDS =
            EnumSet.of(Category.NEWLY_POOR, Category.RETURNED, Category.MONITORED, Category.MARGINAL);

    private IdentificationRules() {}

    /** Causes for the poor, risks (or causes) for monitoring objects; a return cause for the returned only. */
    static void checkFactors(
            FieldErrors errors, Category kind, Set<PovertyFactor> factors, PovertyFactor returnCause, String field) {
        if (kind == Category.RETURNED) {
            errors.require(returnCause != null, "returnCause", "返贫户须填写返贫原因");
            errors.require(
                    returnCause == null || returnCause.isCause(),
                    "returnCause",
                    returnCause == null ? "" : returnCause.label() + "是风险类型，不能作为返贫原因");
        } else {
            errors.require(returnCause == null, "returnCause", "只有返贫户填写返贫原因");
            errors.require(
                    !factors.isEmpty(),
                    field,
                    "请至少选择一项" + FactorKind.forCategory(kind).label());
        }
        if (!kind.isMonitoringObject()) {
            factors.stream()
                    .filter(f -> !f.isCause())
                    .findFirst()
                    .ifPresent(f -> errors.require(false, field, f.label() + "是风险类型，不能作为致贫或返贫原因"));
        }
    }

    /**
     * A household not yet registered: its village (a known village, {@code knownVillage}), a real contact phone
     * (R10), exactly one head, and members with valid, distinct ID numbers. Returns the village when its code is
     * well-formed.
     */
    static RegionCode checkApplicant(
            FieldErrors errors, IdentificationApplication.Applicant applicant, Predicate<RegionCode> knownVillage) {
        errors.requireText(applicant.villageCode(), "household.villageCode", "请填写所在村的行政区划代码");
        errors.requireText(applicant.contactPhone(), "household.contactPhone", "请填写真实的联系电话（R10）");
        if (applicant.contactPhone() != null && !applicant.contactPhone().isBlank()) {
            // R10: the registry's own phone rule, whatever the channel
            ContactPhone.problem(applicant.contactPhone())
                    .ifPresent(problem -> errors.require(false, "household.contactPhone", problem));
        }
        List<IdentificationApplication.ApplicantMember> members =
                applicant.members() == null ? List.of() : applicant.members();
        errors.require(!members.isEmpty(), "household.members", "一户至少要有一名成员（户主）");
        errors.require(
                members.stream().filter(m -> m.relation() == Relation.HEAD).count() == 1,
                "household.members",
                "须有且只有一名户主");
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < members.size(); i++) {
            IdentificationApplication.ApplicantMember m = members.get(i);
            String at = "household.members[" + i + "].";
            int number = i + 1;
            errors.requireText(m.name(), at + "name", "第" + (i + 1) + "名成员缺少姓名");
            errors.require(m.relation() != null, at + "relation", "第" + (i + 1) + "名成员缺少与户主关系");
            IdNumber.check(m.idNumber())
                    .ifPresent(v -> errors.require(false, at + "idNumber", "第" + number + "名成员：" + v.message()));
            if (m.idNumber() != null) {
                errors.require(seen.add(m.idNumber().toUpperCase()), at + "idNumber", "同一身份证号码在本户中出现两次");
            }
        }
        RegionCode village = null;
        if (applicant.villageCode() != null && applicant.villageCode().matches("\\d{12}")) {
            village = RegionCode.of(applicant.villageCode());
            errors.require(
                    village.level() == RegionLevel.VILLAGE && knownVillage.test(village),
                    "household.villageCode",
                    "行政区划代码 " + applicant.villageCode() + " 不是已知的村");
        } else if (applicant.villageCode() != null && !applicant.villageCode().isBlank()) {
            errors.require(false, "household.villageCode", "行政区划代码必须是12位数字");
        }
        return village;
    }
}
