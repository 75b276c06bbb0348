package cn.jiandang.rectification;

import cn.jiandang.household.HouseholdService;
import cn.jiandang.household.ui.HouseholdCaseSummaries;
import org.springframework.stereotype.Component;

/** Names the household of each rectification task for the task list: one registry query for a page's tasks. */
@Component
class RectificationCaseSummaries extends HouseholdCaseSummaries {

    RectificationCaseSummaries(HouseholdService households) {
        super(households);
    }

    @Override
    public String processKey() {
        return RectificationVariables.PROCESS_KEY;
    }
}
