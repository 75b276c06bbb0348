package cn.jiandang.riskelimination;

import cn.jiandang.household.HouseholdService;
import cn.jiandang.household.ui.HouseholdCaseSummaries;
import org.springframework.stereotype.Component;

/** Names the household of each risk-elimination task for the task list: one registry query for a page's tasks. */
@Component
class RiskEliminationCaseSummaries extends HouseholdCaseSummaries {

    RiskEliminationCaseSummaries(HouseholdService households) {
        super(households);
    }

    @Override
    public String processKey() {
        return RiskEliminationVariables.PROCESS_KEY;
    }
}
