package cn.jiandang.rectification;

import cn.jiandang.region.RegionCode;
import cn.jiandang.region.RegionLevel;
import cn.jiandang.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;

/** What the rectification process's service tasks do (called by {@link RectificationDelegates} only). */
@Service
@Transactional
class RectificationCallbacks {

    private final RectificationCaseRepository cases;
    private final Clock clock;

    RectificationCallbacks(RectificationCaseRepository cases, Clock clock) {
        this.cases = cases;
        this.clock = clock;
    }

    /** Accepted: the case is closed (销号). */
    void closed(long caseId, String actor) {
        cases.require(caseId).closed(actor, Instant.now(clock));
    }

    /** The deadline passed: marks the case overdue and names the group above its current holder. */
    String escalate(long caseId) {
        RectificationCase c = cases.require(caseId);
        RectificationCaseView v = c.view();
        RegionCode region = RegionCode.of(v.regionCode());
        String group = switch (v.holderLevel()) {
            case "VILLAGE" -> Role.TOWNSHIP_OFFICER.group(region.ancestor(RegionLevel.TOWNSHIP));
            case "TOWNSHIP" -> Role.COUNTY_OFFICER.group(region.ancestor(RegionLevel.COUNTY));
            // app reports stay away from provinces (R14): their owner, the centre, urges the county
            case "COUNTY" ->
                v.source() == ProblemSource.APP_REPORT
                        ? v.ownerGroup()
                        : Role.PROVINCE_OFFICER.group(region.ancestor(RegionLevel.PROVINCE));
            default -> Role.CENTRE_ADMIN.group(RegionCode.NATIONAL);
        };
        c.escalated(group);
        return group;
    }
}
