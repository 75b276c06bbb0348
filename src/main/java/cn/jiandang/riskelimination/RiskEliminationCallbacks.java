package cn.jiandang.riskelimination;

import cn.jiandang.household.HouseholdService;
import cn.jiandang.household.HouseholdSummary;
import cn.jiandang.household.RiskEliminationRecorder;
import cn.jiandang.region.RegionCode;
import cn.jiandang.region.RegionService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * What the risk-elimination process's service tasks do (called by {@link RiskEliminationDelegates} only): publish
 * the notice, set the flag on approval, keep the rejection.
 */
@Service
@Transactional
class RiskEliminationCallbacks {

    private final RiskEliminationCaseRepository cases;
    private final HouseholdService households;
    private final RiskEliminationRecorder recorder;
    private final RegionService regions;
    private final Clock clock;

    RiskEliminationCallbacks(
            RiskEliminationCaseRepository cases,
            HouseholdService households,
            RiskEliminationRecorder recorder,
            RegionService regions,
            Clock clock) {
        this.cases = cases;
        this.households = households;
        this.recorder = recorder;
        this.regions = regions;
        this.clock = clock;
    }

    /** The notice names the head, the village and the category; no ID, phone or bank numbers. */
    void publishNotice(long caseId) {
        RiskEliminationCase c = cases.require(caseId);
        RiskEliminationCaseView v = c.view();
        HouseholdSummary h = households.summaries(List.of(c.householdId())).get(c.householdId());
        c.noticePublished("公示：经入户核实和村民代表民主评议，" + regions.name(RegionCode.of(v.villageCode()))
                + (h == null ? "" : h.headName()) + "户（" + v.category().label()
                + "）经帮扶，致贫（返贫）风险已消除，拟予认定。如有异议，请向村委会或乡镇人民政府反映。");
    }

    /** Approved: the flag is set to yes with a new version of the household. */
    void markEliminated(long caseId, String actor) {
        RiskEliminationCase c = cases.require(caseId);
        recorder.markEliminated(c.householdId());
        c.decide(true, actor, Instant.now(clock));
    }

    /** Rejected: the flag stays no; the case keeps the reason. */
    void reject(long caseId, String actor) {
        cases.require(caseId).decide(false, actor, Instant.now(clock));
    }
}
