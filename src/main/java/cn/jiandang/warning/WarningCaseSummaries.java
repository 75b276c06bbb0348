package cn.jiandang.warning;

import cn.jiandang.household.HouseholdService;
import cn.jiandang.household.ui.HouseholdCaseSummaries;
import org.springframework.stereotype.Component;

/** Names the household of each warning verification task for the task list: one registry query for a page's tasks. */
@Component
class WarningCaseSummaries extends HouseholdCaseSummaries {

    WarningCaseSummaries(HouseholdService households) {
        super(households);
    }

    @Override
    public String processKey() {
        return WarningVariables.PROCESS_KEY;
    }
}
