package cn.jiandang.rectification;

import cn.jiandang.region.RegionCode;
import cn.jiandang.security.CurrentOfficer;
import cn.jiandang.security.Officer;
import cn.jiandang.security.RegionAccess;
import cn.jiandang.security.RegionAccessDeniedException;
import cn.jiandang.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Reads rectification cases: one case for its owner or an officer of its region (an app report never for a
 * province, R14), and the supervisor board.
 */
@Service
@Transactional(readOnly = true)
public class RectificationCases {

    private final RectificationCaseRepository cases;
    private final RegionAccess access;
    private final CurrentOfficer current;
    private final Clock clock;

    RectificationCases(RectificationCaseRepository cases, RegionAccess access, CurrentOfficer current, Clock clock) {
        this.cases = cases;
        this.access = access;
        this.current = current;
        this.clock = clock;
    }

    public RectificationCaseView find(long caseId) {
        RectificationCaseView c = cases.require(caseId).view().asOf(LocalDate.now(clock));
        Officer officer = current.require();
        if (officer.candidateGroups().contains(c.ownerGroup())) {
            return c;
        }
        if (c.source() == ProblemSource.APP_REPORT && officer.has(Role.PROVINCE_OFFICER)) {
            throw new RegionAccessDeniedException("手机APP反映的问题只以脱敏方式向省级提供");
        }
        access.checkRead(RegionCode.of(c.regionCode()));
        return c;
    }

    /**
     * The supervisor board: the officer's cases by status, region and deadline, overdue first. A supervisor sees the
     * cases it issued; the centre, which issues the data-cleansing cases and receives the app's reports, sees every
     * case it or the supervisors issued, nationally.
     */
    public List<RectificationCaseView> board(RectificationStatus status, RegionCode region, LocalDate dueBy) {
        Officer officer = access.checkChange(RegionCode.NATIONAL, Role.SUPERVISOR, Role.CENTRE_ADMIN);
        RegionCode scope = region == null ? officer.region() : region;
        LocalDate today = LocalDate.now(clock);
        // a typed bound instead of a nullable parameter: PostgreSQL cannot type "? is null" for a date
        return cases
                .board(
                        officer.has(Role.CENTRE_ADMIN),
                        officer.candidateGroups(),
                        scope.lowerBound(),
                        scope.upperBound(),
                        status,
                        dueBy == null ? LocalDate.of(9999, 12, 31) : dueBy,
                        today)
                .stream()
                .map(c -> c.view().asOf(today))
                .toList();
    }
}
