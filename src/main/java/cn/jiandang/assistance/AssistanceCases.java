package cn.jiandang.assistance;

import cn.jiandang.region.RegionCode;
import cn.jiandang.security.RegionAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads assistance plans within the caller's region. */
@Service
@Transactional(readOnly = true)
public class AssistanceCases {

    private final AssistancePlanRepository plans;
    private final RegionAccess access;

    AssistanceCases(AssistancePlanRepository plans, RegionAccess access) {
        this.plans = plans;
        this.access = access;
    }

    public AssistancePlanView find(long planId) {
        AssistancePlanView plan = plans.require(planId).view();
        access.checkRead(RegionCode.of(plan.villageCode()));
        return plan;
    }
}
