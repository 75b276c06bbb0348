package cn.jiandang.household.correction;

import cn.jiandang.household.Category;
import cn.jiandang.household.NaturalChangeKind;
import cn.jiandang.household.internal.Household;
import cn.jiandang.household.internal.HouseholdRepository;
import cn.jiandang.household.internal.Member;
import cn.jiandang.household.internal.MemberRepository;
import cn.jiandang.household.internal.MembershipRepository;
import cn.jiandang.household.internal.NaturalChange;
import cn.jiandang.household.internal.NaturalChangeRepository;
import cn.jiandang.household.internal.Versions;
import cn.jiandang.region.RegionCode;
import cn.jiandang.security.RegionAccess;
import cn.jiandang.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * R7: identification months October–December 2019 of newly-poor and returned households become September 2019;
 * natural-change months October–December 2019 become September 2019, except births of children whose birth date
 * (read from the ID number) lies in October–December 2019. A dry run reports first; applying is idempotent (a
 * second run finds nothing) and logged with who and when; every changed household gets a version (R8).
 */
@Service
@Transactional(readOnly = true)
public class MonthCorrectionService {

    /** The rule's name in the correction log and in the versions it leaves (R8). */
    public static final String RULE = "R7_MONTHS_2019Q4";

    static final YearMonth TARGET = YearMonth.of(2019, 9);
    static final YearMonth FIRST = YearMonth.of(2019, 10);
    static final YearMonth LAST = YearMonth.of(2019, 12);
    private static final EnumSet<Category> CORRECTED = EnumSet.of(Category.NEWLY_POOR, Category.RETURNED);

    private final HouseholdRepository households;
    private final NaturalChangeRepository changes;
    private final MemberRepository members;
    private final MembershipRepository memberships;
    private final CorrectionLogRepository log;
    private final CorrectionRuns runs;
    private final RegionAccess access;
    private final Versions versions;
    private final Clock clock;

    MonthCorrectionService(
            HouseholdRepository households,
            NaturalChangeRepository changes,
            MemberRepository members,
            MembershipRepository memberships,
            CorrectionLogRepository log,
            CorrectionRuns runs,
            RegionAccess access,
            Versions versions,
            Clock clock) {
        this.households = households;
        this.changes = changes;
        this.members = members;
        this.memberships = memberships;
        this.log = log;
        this.runs = runs;
        this.access = access;
        this.versions = versions;
        this.clock = clock;
    }

    /** What {@link #apply} would change in the region, without changing anything. */
    public CorrectionReport dryRun(RegionCode scope) {
        access.checkRead(scope);
        CorrectionPlan plan = plan(scope);
        return plan.report(false, null);
    }

    /** Applies the correction in the region and logs it; a second call finds nothing left to correct. */
    @Transactional
    public CorrectionReport apply(RegionCode scope) {
        access.checkChange(scope, Role.PROVINCE_OFFICER, Role.COUNTY_OFFICER, Role.CENTRE_ADMIN);
        CorrectionPlan plan = plan(scope);
        // the report's lines name the months before the correction
        CorrectionReport before = plan.report(true, null);
        List<CorrectionRuns.Item> items = plan.items();
        plan.households().forEach(h -> h.correctIdentificationMonth(TARGET));
        for (NaturalChange c : plan.changes()) {
            YearMonth old = c.month();
            c.correctMonth(TARGET);
            memberships.findOf(c.householdId(), c.memberId()).forEach(m -> {
                if (c.kind().joins() && old.equals(m.joinedMonth())) {
                    m.moveJoined(TARGET);
                } else if (!c.kind().joins() && old.equals(m.leftMonth())) {
                    m.moveLeft(TARGET);
                }
            });
        }
        if (!before.affectedHouseholds().isEmpty()) {
            households.findAllById(before.affectedHouseholds()).forEach(h -> versions.record(h, RULE, null));
        }
        CorrectionLog entry = log.save(new CorrectionLog(
                RULE,
                scope.value(),
                Instant.now(clock),
                versions.actor(),
                before.affectedHouseholds().size(),
                before.naturalChangeMonths(),
                "识别月份 " + before.identificationMonths() + " 户，自然变更月份 " + before.naturalChangeMonths()
                        + " 条，保留10-12月出生的新生儿 " + before.birthsKept() + " 条"));
        runs.keep(entry.id(), items);
        return new CorrectionReport(
                true,
                before.identificationMonths(),
                before.naturalChangeMonths(),
                before.birthsKept(),
                before.affectedHouseholds(),
                before.rows(),
                entry.id());
    }

    private CorrectionPlan plan(RegionCode scope) {
        LocalDate from = FIRST.atDay(1);
        LocalDate to = LAST.atDay(1);
        List<Household> months =
                households.findByMonthRange(scope.lowerBound(), scope.upperBound(), CORRECTED, from, to);
        List<NaturalChange> inRange = changes.findInRange(scope.lowerBound(), scope.upperBound(), from, to);
        Map<Long, Member> people = members
                .findAllById(inRange.stream().map(NaturalChange::memberId).toList())
                .stream()
                .collect(Collectors.toMap(Member::id, Function.identity()));
        List<NaturalChange> corrected = new ArrayList<>();
        List<NaturalChange> kept = new ArrayList<>();
        for (NaturalChange c : inRange) {
            YearMonth born = YearMonth.from(people.get(c.memberId()).birthDate());
            if (c.kind() == NaturalChangeKind.BIRTH && !born.isBefore(FIRST) && !born.isAfter(LAST)) {
                kept.add(c);
            } else {
                corrected.add(c);
            }
        }
        return new CorrectionPlan(months, corrected, kept, people);
    }
}
