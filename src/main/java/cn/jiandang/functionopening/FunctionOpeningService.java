package cn.jiandang.functionopening;

import cn.jiandang.featureaccess.Feature;
import cn.jiandang.featureaccess.FeatureGrantView;
import cn.jiandang.featureaccess.FeatureGrants;
import cn.jiandang.region.RegionCode;
import cn.jiandang.security.Role;
import cn.jiandang.tasks.WorkTasks;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;

import static cn.jiandang.functionopening.FunctionOpeningVariables.*;

/** A province asks the centre to open a function for a period; the centre decides; it closes early or on time. */
@Service
@Transactional
public class FunctionOpeningService {

    private final FeatureGrants grants;
    private final RuntimeService runtimeService;
    private final WorkTasks tasks;

    FunctionOpeningService(FeatureGrants grants, RuntimeService runtimeService, WorkTasks tasks) {
        this.grants = grants;
        this.runtimeService = runtimeService;
        this.tasks = tasks;
    }

    /** A province officer asks to open a function for its province, with reason and period. */
    public long request(Feature feature, String reason, LocalDate validFrom, LocalDate validUntil) {
        long id = grants.request(feature, reason, validFrom, validUntil);
        start(id);
        return id;
    }

    /** The centre approves or rejects; a rejection needs a reason. */
    public void decide(String taskId, long grantId, boolean approved, String comment) {
        grants.decide(grantId, approved, comment);
        tasks.complete(taskId, Map.of(APPROVED, approved), comment);
    }

    /** The province gives notice that it wants the function closed before the period ends. */
    public void requestClose(long grantId, String reason) {
        grants.requestClose(grantId, reason);
        runtimeService
                .createMessageCorrelation(MESSAGE_CLOSE_REQUESTED)
                .processInstanceBusinessKey(String.valueOf(grantId))
                .correlate();
    }

    /** The centre confirms the early close, or keeps the function open (with a reason). */
    public void confirmClose(String taskId, long grantId, boolean confirmed, String comment) {
        grants.confirmClose(grantId, confirmed, comment);
        tasks.complete(taskId, Map.of(CLOSE_CONFIRMED, confirmed), comment);
    }

    @Transactional(readOnly = true)
    public FeatureGrantView find(long grantId) {
        return grants.find(grantId);
    }

    /** Demo only: asks and approves as the system through the real process; returns the grant id. */
    long seedApproved(RegionCode province, Feature feature, String reason, LocalDate from, LocalDate until) {
        long id = grants.seedApproved(province, feature, reason, from, until);
        start(id);
        return id;
    }

    private void start(long grantId) {
        FeatureGrantView v = grants.findUnchecked(grantId);
        Map<String, Object> variables = new HashMap<>();
        variables.put(CASE_ID, grantId);
        variables.put(REGION_CODE, v.provinceCode());
        variables.put(PROVINCE_CODE, v.provinceCode());
        variables.put(FEATURE, v.feature().name());
        variables.put(CENTRE_GROUP, Role.CENTRE_ADMIN.group(RegionCode.NATIONAL));
        variables.put(
                CLOSES_AT, v.validUntil().plusDays(1).atStartOfDay().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
        grants.started(
                grantId,
                runtimeService
                        .startProcessInstanceByKey(PROCESS_KEY, String.valueOf(grantId), variables)
                        .getId());
    }
}
