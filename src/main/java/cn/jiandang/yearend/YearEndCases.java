package cn.jiandang.yearend;

import cn.jiandang.household.HouseholdService;
import cn.jiandang.household.HouseholdSummary;
import cn.jiandang.region.RegionCode;
import cn.jiandang.security.CurrentOfficer;
import cn.jiandang.security.RegionAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;

/** Reads year-end rounds, village cases and their candidates within the caller's region. */
@Service
@Transactional(readOnly = true)
public class YearEndCases {

    private final YearEndRoundRepository rounds;
    private final YearEndCaseRepository cases;
    private final HouseholdService households;
    private final RegionAccess access;
    private final CurrentOfficer current;

    YearEndCases(
            YearEndRoundRepository rounds,
            YearEndCaseRepository cases,
            HouseholdService households,
            RegionAccess access,
            CurrentOfficer current) {
        this.rounds = rounds;
        this.cases = cases;
        this.households = households;
        this.access = access;
        this.current = current;
    }

    public YearEndCaseView find(long caseId) {
        YearEndCase c = cases.require(caseId);
        access.checkRead(RegionCode.of(c.villageCode()));
        return c.view();
    }

    /**
     * Whether the village's exit list is in its public notice (objections are taken): what the public board asks,
     * without a login; it says nothing else of the case.
     */
    public boolean inNotice(long caseId) {
        return cases.findById(caseId)
                .map(c -> c.status() == YearEndStatus.NOTICE)
                .orElse(false);
    }

    public List<CandidateView> candidates(long caseId) {
        YearEndCase c = cases.require(caseId);
        access.checkRead(RegionCode.of(c.villageCode()));
        Map<Long, HouseholdSummary> summaries = households.summaries(
                c.candidates().stream().map(YearEndCandidate::householdId).toList());
        return c.candidates().stream()
                .map(x -> x.view(
                        summaries.containsKey(x.householdId())
                                ? summaries.get(x.householdId()).headName()
                                : ""))
                .toList();
    }

    /** Village cases in the officer's region, newest first. */
    public List<YearEndCaseView> cases() {
        RegionCode scope = current.require().region();
        return cases.findInRange(scope.lowerBound(), scope.upperBound()).stream()
                .map(YearEndCase::view)
                .toList();
    }

    public List<RoundView> rounds() {
        RegionCode scope = current.require().region();
        return rounds.findAllByOrderByIdDesc().stream()
                .filter(r -> scope.contains(RegionCode.of(r.areaCode()))
                        || RegionCode.of(r.areaCode()).contains(scope))
                .map(r -> r.view((int) cases.countByRoundId(r.id())))
                .toList();
    }
}
