package cn.jiandang.riskelimination;

import cn.jiandang.common.FieldErrors;
import cn.jiandang.featureaccess.Feature;
import cn.jiandang.featureaccess.FeatureAccess;
import cn.jiandang.household.Category;
import cn.jiandang.household.HouseholdService;
import cn.jiandang.household.RiskEliminationRecorder;
import cn.jiandang.region.RegionCode;
import cn.jiandang.security.Officer;
import cn.jiandang.security.RegionAccess;
import cn.jiandang.security.Role;
import cn.jiandang.tasks.ProcedureStart;
import cn.jiandang.tasks.Procedures;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;

import static cn.jiandang.riskelimination.RiskEliminationVariables.*;

/**
 * R3: monitored and marginal households never exit; the village proposes that their risk is eliminated, with the
 * evidence that it is (income above the monitoring line, the basic needs secure, no risk left or new).
 */
@Service
@Transactional
public class RiskEliminationIntake {

    private final RiskEliminationCaseRepository cases;
    private final HouseholdService households;
    private final RiskEliminationRecorder recorder;
    private final RegionAccess access;
    private final FeatureAccess features;
    private final Procedures procedures;
    private final String noticeDuration;
    private final Clock clock;

    RiskEliminationIntake(
            RiskEliminationCaseRepository cases,
            HouseholdService households,
            RiskEliminationRecorder recorder,
            RegionAccess access,
            FeatureAccess features,
            Procedures procedures,
            @Value("${jiandang.riskelimination.notice-duration:P7D}") String noticeDuration,
            Clock clock) {
        this.cases = cases;
        this.households = households;
        this.recorder = recorder;
        this.access = access;
        this.features = features;
        this.procedures = procedures;
        this.noticeDuration = noticeDuration;
        this.clock = clock;
    }

    /** Whether the household may be proposed at all (for the household page's button). */
    @Transactional(readOnly = true)
    public boolean mayPropose(long householdId, Category category, boolean riskEliminated) {
        return category != null
                && category.isMonitoringObject()
                && !riskEliminated
                && !cases.existsByOpenHouseholdId(householdId);
    }

    /** The village proposes with its evidence; every missing item is named. R12: risk elimination open. */
    public long propose(long householdId, RiskEvidence evidence) {
        RegionCode village = households.villageOf(householdId);
        Officer officer = access.checkChange(village, Role.VILLAGE_OFFICER);
        features.checkOpen(Feature.RISK_ELIMINATION, village);
        Category category = households.categoryOf(householdId);
        if (category == null || !category.isMonitoringObject()) {
            throw new RiskEliminationRefusedException(Category.labelOf(category) + "不能申请风险消除：只有脱贫监测户和边缘户标注风险消除（R3）");
        }
        if (recorder.isRiskEliminated(householdId)) {
            throw new RiskEliminationRefusedException("该户已标注致贫（返贫）风险已消除");
        }
        checkEvidence(evidence);
        if (cases.existsByOpenHouseholdId(householdId)) {
            throw new RiskEliminationRefusedException("该户已有一个办理中的风险消除申请，不能重复申请");
        }
        // the income period of the proposal: the twelve months before the month of the proposal
        YearMonth month = YearMonth.now(clock);
        RiskEliminationCase c;
        try {
            c = cases.saveAndFlush(new RiskEliminationCase(
                    householdId,
                    village.value(),
                    category,
                    evidence,
                    month.minusYears(1).atDay(1),
                    month.minusMonths(1).atEndOfMonth(),
                    officer.username(),
                    Instant.now(clock)));
        } catch (DataIntegrityViolationException e) {
            throw new RiskEliminationRefusedException("该户已有一个办理中的风险消除申请，不能重复申请");
        }
        c.started(procedures.start(ProcedureStart.of(PROCESS_KEY, c.id(), village)
                .household(householdId)
                .with(VILLAGE_CODE, village.value())
                .with(NOTICE_DURATION, noticeDuration)));
        return c.id();
    }

    private static void checkEvidence(RiskEvidence e) {
        new FieldErrors()
                .require(e.perCapitaIncome() != null, "perCapitaIncome", "请填写收入计算周期内的人均纯收入")
                .require(e.monitoringLine() != null, "monitoringLine", "请填写监测标准")
                .require(
                        e.perCapitaIncome() == null
                                || e.monitoringLine() == null
                                || e.perCapitaIncome().compareTo(e.monitoringLine()) > 0,
                        "perCapitaIncome",
                        "人均纯收入须高于监测标准")
                .require(e.schoolingSecure(), "schoolingSecure", "义务教育须有保障")
                .require(e.medicalSecure(), "medicalSecure", "基本医疗须有保障")
                .require(e.housingSecure(), "housingSecure", "住房安全须有保障")
                .require(e.drinkingWaterSecure(), "drinkingWaterSecure", "饮水安全须有保障")
                .require(e.riskGone(), "riskGone", "原有致贫（返贫）风险须已消除")
                .require(e.noNewRisk(), "noNewRisk", "须无新的致贫（返贫）风险")
                .throwIfAny("风险消除的佐证不全");
    }
}
