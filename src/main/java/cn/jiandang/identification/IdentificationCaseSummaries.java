package cn.jiandang.identification;

import cn.jiandang.household.HouseholdService;
import cn.jiandang.household.ui.HouseholdCaseSummaries;
import org.springframework.stereotype.Component;

/** Names the household of each identification task for the task list: one registry query for a page's tasks. */
@Component
class IdentificationCaseSummaries extends HouseholdCaseSummaries {

    IdentificationCaseSummaries(HouseholdService households) {
        super(households);
    }

    @Override
    public String processKey() {
        return IdentificationVariables.PROCESS_KEY;
    }
}
