package cn.jiandang.household.ui;

import cn.jiandang.household.Category;
import cn.jiandang.household.HouseholdService;
import cn.jiandang.household.HouseholdSummary;
import cn.jiandang.tasks.CaseSubject;
import cn.jiandang.tasks.CaseSummaries;
import cn.jiandang.tasks.TaskRef;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The {@link CaseSummaries} of a procedure whose tasks concern one household: names each task's household (head,
 * masked ID number, village, category) with one registry query for a page's tasks. A procedure extends it and names
 * its process key.
 */
public abstract class HouseholdCaseSummaries implements CaseSummaries {

    private final HouseholdService households;

    protected HouseholdCaseSummaries(HouseholdService households) {
        this.households = households;
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
