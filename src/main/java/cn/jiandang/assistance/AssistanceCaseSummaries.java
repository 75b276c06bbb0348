package cn.jiandang.assistance;

import cn.jiandang.household.HouseholdService;
import cn.jiandang.household.ui.HouseholdCaseSummaries;
import org.springframework.stereotype.Component;

/** Names the household of each assistance task for the task list: one registry query for a page's tasks. */
@Component
class AssistanceCaseSummaries extends HouseholdCaseSummaries {

    AssistanceCaseSummaries(HouseholdService households) {
        super(households);
    }

    @Override
    public String processKey() {
        return AssistanceVariables.PROCESS_KEY;
    }
}
