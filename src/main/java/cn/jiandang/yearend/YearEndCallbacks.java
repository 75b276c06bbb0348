package cn.jiandang.yearend;

import cn.jiandang.household.Category;
import cn.jiandang.household.CategoryChangeRequest;
import cn.jiandang.household.HouseholdService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;

/** What the year-end process's service tasks do (called by {@link YearEndDelegates} only). */
@Service
@Transactional
class YearEndCallbacks {

    static final String PROCEDURE = "YEAR_END_EXIT";

    private final YearEndCaseRepository cases;
    private final HouseholdService households;
    private final Clock clock;

    YearEndCallbacks(YearEndCaseRepository cases, HouseholdService households, Clock clock) {
        this.cases = cases;
        this.households = households;
        this.clock = clock;
    }

    /** The notice period ended without objection: the township verifies next. */
    void noticeEnded(long caseId) {
        cases.require(caseId).moved(YearEndStatus.TOWNSHIP, Instant.now(clock));
    }

    /** After the announcement: the included households exit, with history and version. */
    int exitHouseholds(long caseId, String processInstanceId, String actor) {
        YearEndCase c = cases.require(caseId);
        int exited = 0;
        for (YearEndCandidate candidate : c.candidates()) {
            if (candidate.included()) {
                households.changeCategory(new CategoryChangeRequest(
                        candidate.householdId(), Category.EXITED, null, Set.of(), actor, PROCEDURE, processInstanceId));
                candidate.exited();
                exited++;
            }
        }
        c.announced(actor, Instant.now(clock));
        return exited;
    }
}
