package cn.jiandang.functionopening;

import cn.jiandang.featureaccess.Feature;
import cn.jiandang.featureaccess.FeatureGrantView;
import cn.jiandang.featureaccess.FeatureGrants;
import cn.jiandang.region.RegionCode;
import cn.jiandang.security.Role;
import cn.jiandang.tasks.ProcedureStart;
import cn.jiandang.tasks.Procedures;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import static cn.jiandang.functionopening.FunctionOpeningVariables.*;

/** A province asks the centre to open a function for a period (R12); the grant is the procedure's case. */
@Service
@Transactional
public class FunctionOpeningIntake {

    private final FeatureGrants grants;
    private final Procedures procedures;

    FunctionOpeningIntake(FeatureGrants grants, Procedures procedures) {
        this.grants = grants;
        this.procedures = procedures;
    }

    /** A province officer asks to open a function for its province, with reason and period. */
    public long request(Feature feature, String reason, LocalDate validFrom, LocalDate validUntil) {
        long id = grants.request(feature, reason, validFrom, validUntil);
        start(id);
        return id;
    }

    /** Demo only: asks and approves as the system through the real process; returns the grant id. */
    long seedApproved(RegionCode province, Feature feature, String reason, LocalDate from, LocalDate until) {
        long id = grants.seedApproved(province, feature, reason, from, until);
        start(id);
        return id;
    }

    private void start(long grantId) {
        FeatureGrantView v = grants.findUnchecked(grantId);
        grants.started(
                grantId,
                procedures.start(ProcedureStart.of(PROCESS_KEY, grantId, RegionCode.of(v.provinceCode()))
                        .with(PROVINCE_CODE, v.provinceCode())
                        .with(FEATURE, v.feature().name())
                        .with(CENTRE_GROUP, Role.CENTRE_ADMIN.group(RegionCode.NATIONAL))
                        .with(
                                CLOSES_AT,
                                v.validUntil()
                                        .plusDays(1)
                                        .atStartOfDay()
                                        .format(DateTimeFormatter.ISO_LOCAL_DATE_TIME))));
    }
}
