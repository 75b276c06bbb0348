package cn.jiandang.warning;

import cn.jiandang.household.Category;
import cn.jiandang.household.HouseholdService;
import cn.jiandang.household.HouseholdSummary;
import cn.jiandang.tasks.CaseSubject;
import cn.jiandang.tasks.CaseSummaries;
import cn.jiandang.tasks.TaskRef;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/** Names the household of each warning verification task for the task list: one registry query for a page's tasks. */
@Component
class WarningCaseSummaries implements CaseSummaries {

    private final HouseholdService households;

    WarningCaseSummaries(HouseholdService households) {
        this.households = households;
    }

    @Override
    public String processKey() {
        return WarningVariables.PROCESS_KEY;
    }

    @Override
    public Map<String, CaseSubject> subjects(Collection<TaskRef> tasks) {
        Map<Long, HouseholdSummary> found = households.summaries(tasks.stream()
                .map(TaskRef::householdId)
                .filter(Objects::nonNull)
                .toList());
        Map<String, CaseSubject> subjects = new HashMap<>();
        for (TaskRef task : tasks) {
            HouseholdSummary h = task.householdId() == null ? null : found.get(task.householdId());
            if (h != null) {
                subjects.put(
                        task.id(),
                        new CaseSubject(
                                h.headName(),
                                h.headIdMasked(),
                                h.villageCode(),
                                Category.labelOf(h.category()),
                                Category.labelKey(h.category())));
            }
        }
        return subjects;
    }
}
