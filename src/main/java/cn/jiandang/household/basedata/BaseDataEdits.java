package cn.jiandang.household.basedata;

import cn.jiandang.common.BusinessException;
import cn.jiandang.common.FieldErrors;
import cn.jiandang.featureaccess.Feature;
import cn.jiandang.featureaccess.FeatureAccess;
import cn.jiandang.household.ContactPhone;
import cn.jiandang.household.HouseholdNotFoundException;
import cn.jiandang.household.IncomeRecord;
import cn.jiandang.household.Relocation;
import cn.jiandang.household.VersionStamp;
import cn.jiandang.household.internal.Household;
import cn.jiandang.household.internal.HouseholdRepository;
import cn.jiandang.household.internal.Income;
import cn.jiandang.household.internal.Member;
import cn.jiandang.household.internal.RegistryRules;
import cn.jiandang.household.internal.Versions;
import cn.jiandang.region.RegionCode;
import cn.jiandang.security.Masking;
import cn.jiandang.security.RegionAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Year;

/**
 * The edits officials make on the household page and through the API, each one version (R8) based on the version
 * the official saw ({@code expectedVersion}, null: unchecked): a member's base data, a year's income (R5, R6), the
 * contact (R10) and the relocation (R9). Every edit needs an editor of the household's region and base-data editing
 * open in its province (R12); nothing is written when a field is wrong.
 */
@Service
@Transactional(readOnly = true)
public class BaseDataEdits {

    private static final int ETHNICITY_LENGTH = 20;

    private final HouseholdRepository households;
    private final RegionAccess access;
    private final FeatureAccess features;
    private final Versions versions;
    private final Clock clock;

    BaseDataEdits(
            HouseholdRepository households,
            RegionAccess access,
            FeatureAccess features,
            Versions versions,
            Clock clock) {
        this.households = households;
        this.access = access;
        this.features = features;
        this.versions = versions;
        this.clock = clock;
    }

    /** The household's current version: what an edit form or an API client bases its change on. */
    public VersionStamp currentVersion(long householdId) {
        Household h = find(householdId);
        access.checkRead(RegionCode.of(h.villageCode()), "Household", String.valueOf(householdId));
        return versions.current(householdId);
    }

    /** A current member's base data, for the edit form. */
    public MemberData member(long householdId, long memberId) {
        Household h = find(householdId);
        access.checkRead(RegionCode.of(h.villageCode()), "Household", String.valueOf(householdId));
        Member m = currentMember(h, memberId);
        return new MemberData(
                m.id(),
                m.name(),
                Masking.idNumber(m.idNumber()),
                m.relation(),
                new MemberUpdate(
                        m.ethnicity(),
                        m.education(),
                        m.health(),
                        m.workingAbility(),
                        m.migrantWork(),
                        m.contactPhone()));
    }

    /**
     * A member's ethnicity, education, health, working ability and migrant work (R10: then a real phone of the member's
     * own; a phone not given keeps the one on record).
     */
    @Transactional
    public VersionStamp updateMember(long householdId, long memberId, MemberUpdate update, Integer expectedVersion) {
        Household h = writable(householdId);
        Member m = currentMember(h, memberId);
        FieldErrors errors = new FieldErrors();
        String ethnicity = update.ethnicity() == null || update.ethnicity().isBlank()
                ? null
                : update.ethnicity().strip();
        errors.require(
                ethnicity == null || ethnicity.length() <= ETHNICITY_LENGTH,
                "ethnicity",
                "民族最多" + ETHNICITY_LENGTH + "个字");
        // a phone not given again is kept: the form never shows the full number it would have to be retyped from
        String phone = m.contactPhone();
        if (update.contactPhone() != null && !update.contactPhone().isBlank()) {
            try {
                phone = ContactPhone.checked("contactPhone", update.contactPhone());
            } catch (BusinessException e) {
                errors.require(false, "contactPhone", e.getMessage());
            }
        }
        errors.require(!update.migrantWork() || phone != null, "contactPhone", "外出务工成员须有本人真实的联系电话（R10），以便普查员联系到本人");
        errors.throwIfAny("成员信息有误");
        versions.checkCurrent(h, expectedVersion);
        m.updateBaseData(
                ethnicity, update.education(), update.health(), update.workingAbility(), update.migrantWork(), phone);
        return record(h, "BASE_DATA");
    }

    /** Records (or replaces) one year's income; per-capita income follows from it (R6). No year after this one. */
    @Transactional
    public VersionStamp recordIncome(long householdId, IncomeRecord income, Integer expectedVersion) {
        Household h = writable(householdId);
        if (income.year() > Year.now(clock).getValue()) {
            throw BusinessException.invalidField("year", "收入年度 " + income.year() + " 尚未到来");
        }
        versions.checkCurrent(h, expectedVersion);
        h.recordIncome(new Income(income));
        return record(h, "INCOME");
    }

    /** Contact (R10) and relocation (R9) in one version; positions must lie in China. */
    @Transactional
    public VersionStamp update(long householdId, HouseholdUpdate update, Integer expectedVersion) {
        Household h = writable(householdId);
        FieldErrors errors = new FieldErrors();
        errors.require(
                update.contactPhone() != null || update.worksAway() != null || update.relocated() != null,
                "body",
                "请求中没有要修改的内容（contactPhone、worksAway、relocated、relocation）");
        String phone = null;
        if (update.contactPhone() != null) {
            try {
                phone = ContactPhone.checked("contactPhone", update.contactPhone());
            } catch (BusinessException e) {
                errors.require(false, "contactPhone", e.getMessage());
            }
        }
        Relocation relocation = update.relocation();
        if (Boolean.TRUE.equals(update.relocated())) {
            errors.require(relocation != null, "relocation", "搬迁户须填写搬迁前和搬迁后的经纬度");
        }
        errors.require(
                relocation == null || !Boolean.FALSE.equals(update.relocated()), "relocated", "取消搬迁标记时不能同时填写经纬度");
        if (relocation != null) {
            ChinaBounds.check("relocation.before", relocation.before(), errors);
            ChinaBounds.check("relocation.after", relocation.after(), errors);
        }
        errors.throwIfAny("基础信息有误");
        versions.checkCurrent(h, expectedVersion);
        if (update.contactPhone() != null || update.worksAway() != null) {
            h.updateContact(
                    phone != null ? phone : h.contactPhone(),
                    update.worksAway() != null ? update.worksAway() : h.worksAway());
        }
        if (update.relocated() != null) {
            h.relocate(update.relocated() ? relocation : null);
        }
        return record(h, update.relocated() != null && update.contactPhone() == null ? "RELOCATION" : "BASE_DATA");
    }

    private VersionStamp record(Household h, String procedure) {
        versions.record(h, procedure, null);
        return versions.current(h.id());
    }

    private Household find(long id) {
        return households.findById(id).orElseThrow(() -> new HouseholdNotFoundException(id));
    }

    private Household writable(long id) {
        Household h = find(id);
        access.checkChange(RegionCode.of(h.villageCode()), RegistryRules.editors());
        features.checkOpen(Feature.BASE_DATA_EDIT, RegionCode.of(h.villageCode()));
        return h;
    }

    private static Member currentMember(Household h, long memberId) {
        return h.currentMembers().stream()
                .filter(m -> m.id() == memberId)
                .findFirst()
                .orElseThrow(() -> BusinessException.invalidField("memberId", "该人员不是本户的现有成员"));
    }
}
