package cn.jiandang.identification;

import cn.jiandang.common.FieldErrors;
import cn.jiandang.featureaccess.Feature;
import cn.jiandang.featureaccess.FeatureAccess;
import cn.jiandang.household.Category;
import cn.jiandang.household.HouseholdService;
import cn.jiandang.household.PovertyFactor;
import cn.jiandang.household.counts.HouseholdPopulation;
import cn.jiandang.region.RegionCode;
import cn.jiandang.region.RegionService;
import cn.jiandang.security.Masking;
import cn.jiandang.security.Officer;
import cn.jiandang.security.RegionAccess;
import cn.jiandang.security.Role;
import cn.jiandang.tasks.ProcedureStart;
import cn.jiandang.tasks.Procedures;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static cn.jiandang.identification.IdentificationVariables.*;

/**
 * Starts identifications: the village's own application for a registered household, and applications from the
 * app, the 12317 hotline and the online service hall, for a registered household or a new one (stored only when
 * the county approves). Every application is checked in full before anything is saved.
 */
@Service
@Transactional
public class IdentificationIntake {

    private final IdentificationCaseRepository cases;
    private final HouseholdService households;
    private final HouseholdPopulation population;
    private final RegionService regions;
    private final RegionAccess access;
    private final FeatureAccess features;
    private final Procedures procedures;
    private final IdentificationSettings settings;
    private final Clock clock;

    IdentificationIntake(
            IdentificationCaseRepository cases,
            HouseholdService households,
            HouseholdPopulation population,
            RegionService regions,
            RegionAccess access,
            FeatureAccess features,
            Procedures procedures,
            IdentificationSettings settings,
            Clock clock) {
        this.cases = cases;
        this.households = households;
        this.population = population;
        this.regions = regions;
        this.access = access;
        this.features = features;
        this.procedures = procedures;
        this.settings = settings;
        this.clock = clock;
    }

    /** A village officer applies for a registered household of its village. */
    public long start(long householdId, Category kind, Set<PovertyFactor> factors, Channel channel) {
        return apply(new IdentificationApplication(channel, kind, householdId, null, factors, null))
                .id();
    }

    /**
     * Starts an identification from any channel: the village's own entry (village officers only) or the app,
     * the 12317 hotline and the online service hall (officers of the household's region).
     */
    public StartedIdentification apply(IdentificationApplication application) {
        FieldErrors errors = new FieldErrors()
                .require(application.channel() != null, "channel", "请选择申请渠道")
                .require(application.kind() != null, "kind", "请选择识别类型")
                .require(
                        application.householdId() != null ^ application.applicant() != null,
                        "householdId",
                        "请填写已登记农户的户编号，或填写新申请户的信息（二者选一）");
        errors.throwIfAny("申请信息不完整");
        if (!IdentificationRules.KINDS.contains(application.kind())) {
            throw new IdentificationRefusedException(
                    "识别只能申请为新致贫户、返贫户、脱贫监测户或边缘户，不能申请为" + application.kind().label());
        }
        Set<PovertyFactor> factors = application.causes() == null ? Set.of() : application.causes();
        FieldErrors details = new FieldErrors();
        IdentificationRules.checkFactors(details, application.kind(), factors, application.returnCause(), "causes");
        RegionCode applicantVillage = application.applicant() == null
                ? null
                : IdentificationRules.checkApplicant(
                        details, application.applicant(), v -> regions.find(v).isPresent());
        details.throwIfAny("申请信息不完整");
        return application.householdId() != null
                ? startRegistered(application, factors)
                : startNew(application, applicantVillage, factors);
    }

    private StartedIdentification startRegistered(IdentificationApplication application, Set<PovertyFactor> factors) {
        long householdId = application.householdId();
        RegionCode village = households.villageOf(householdId);
        Officer officer = checkMayApply(village, application.channel());
        features.checkOpen(Feature.forIdentification(application.kind().name()), village);
        Category current = households.categoryOf(householdId);
        if (!Category.mayIdentify(current, application.kind())) {
            throw new IdentificationRefusedException(
                    Category.labelOf(current) + "不能识别为" + application.kind().label());
        }
        if (cases.existsByOpenHouseholdId(householdId)) {
            throw new DuplicateIdentificationException();
        }
        return launch(newCase(householdId, village, application, factors, officer), village);
    }

    private StartedIdentification startNew(
            IdentificationApplication application, RegionCode village, Set<PovertyFactor> factors) {
        IdentificationApplication.Applicant applicant = application.applicant();
        Officer officer = checkMayApply(village, application.channel());
        features.checkOpen(Feature.forIdentification(application.kind().name()), village);
        if (!Category.mayIdentify(null, application.kind())) {
            throw new IdentificationRefusedException(
                    "尚未登记的农户只能申请识别为新致贫户或边缘户，不能识别为" + application.kind().label());
        }
        List<String> idNumbers = applicant.members().stream()
                .map(m -> m.idNumber().toUpperCase())
                .toList();
        for (String idNumber : idNumbers) {
            if (population.isRegistered(idNumber)) {
                throw new IdentificationRefusedException(
                        "身份证号码 " + Masking.idNumber(idNumber) + " 已是已登记农户的成员，请对该户申请识别");
            }
        }
        if (cases.existsOpenWithApplicant(idNumbers)) {
            throw new DuplicateIdentificationException();
        }
        IdentificationCase c = newCase(null, village, application, factors, officer);
        c.applicant().describe(applicant.contactPhone().strip(), applicant.members());
        return launch(c, village);
    }

    private IdentificationCase newCase(
            Long householdId,
            RegionCode village,
            IdentificationApplication application,
            Set<PovertyFactor> factors,
            Officer officer) {
        return new IdentificationCase(
                householdId,
                village.value(),
                application.kind(),
                application.channel(),
                factors,
                application.returnCause(),
                officer.username(),
                Instant.now(clock));
    }

    private StartedIdentification launch(IdentificationCase draft, RegionCode village) {
        IdentificationCase c;
        try {
            c = cases.saveAndFlush(draft);
        } catch (DataIntegrityViolationException e) {
            // only the one-open-case keys mean "already applied"; any other refusal is not that
            if (OpenCaseKeys.violated(e)) {
                throw new DuplicateIdentificationException();
            }
            throw e;
        }
        String instance = procedures.start(ProcedureStart.of(PROCESS_KEY, c.id(), village)
                .household(c.householdId())
                // only what the model's expressions read: region, kind and channel are on the case (P2)
                .with(MONITORING_OBJECT, c.kind().isMonitoringObject())
                .with(NOTICE_DURATION, settings.noticeDuration())
                .with(ESCALATION_AFTER, settings.escalationAfter()));
        c.started(instance);
        return new StartedIdentification(c.id(), instance);
    }

    private Officer checkMayApply(RegionCode village, Channel channel) {
        return channel == Channel.VILLAGE
                ? access.checkChange(village, Role.VILLAGE_OFFICER)
                : access.checkChange(
                        village,
                        Role.VILLAGE_OFFICER,
                        Role.TOWNSHIP_OFFICER,
                        Role.COUNTY_OFFICER,
                        Role.PROVINCE_OFFICER,
                        Role.CENTRE_ADMIN);
    }
}
