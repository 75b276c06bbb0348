package cn.jiandang.warning;

import cn.jiandang.audit.AuditActions;
import cn.jiandang.audit.AuditLog;
import cn.jiandang.household.Category;
import cn.jiandang.household.PovertyFactor;
import cn.jiandang.identification.Channel;
import cn.jiandang.identification.IdentificationApplication;
import cn.jiandang.identification.IdentificationIntake;
import cn.jiandang.identification.StartedIdentification;
import cn.jiandang.region.RegionCode;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the verification's service tasks do (called by {@link WarningDelegates} only): close the warning as no risk, or
 * start the identification through the identification's own intake (its preconditions and rights apply), with the
 * warning's risk as the cause and a note naming the signals on the identification's first step.
 */
@Service
@Transactional
class WarningCallbacks {

    private final WarningStore store;
    private final IdentificationIntake intake;
    private final TaskService taskService;
    private final AuditLog audit;
    private final Clock clock;

    WarningCallbacks(
            WarningStore store, IdentificationIntake intake, TaskService taskService, AuditLog audit, Clock clock) {
        this.store = store;
        this.intake = intake;
        this.taskService = taskService;
        this.audit = audit;
        this.clock = clock;
    }

    void noRisk(long warningId, String actor) {
        WarningStore.Stored w = store.require(warningId);
        store.decide(warningId, WarningStatus.NO_RISK, actor, clock.instant(), null, null);
        audit.record(
                AuditActions.UPDATE,
                "Warning",
                String.valueOf(warningId),
                w.householdId(),
                RegionCode.of(w.villageCode()),
                "预警核实无风险：" + w.comment());
    }

    void identify(long warningId, Category kind, String actor) {
        WarningStore.Stored w = store.require(warningId);
        PovertyFactor risk = PovertyFactor.valueOf(w.risk());
        // a poor household's identification takes causes only: a risk that is no cause is named as "other"
        PovertyFactor factor = kind.isMonitoringObject() || risk.isCause() ? risk : PovertyFactor.OTHER;
        StartedIdentification started = intake.apply(
                new IdentificationApplication(Channel.VILLAGE, kind, w.householdId(), null, Set.of(factor), null));
        String description = "由预警 " + warningId + " 启动（" + w.reason() + "）："
                + store.signals(warningId).stream().map(SignalView::describe).collect(Collectors.joining("；"));
        taskService
                .createTaskQuery()
                .processInstanceId(started.processInstanceId())
                .list()
                .forEach(t -> taskService.createComment(t.getId(), started.processInstanceId(), description));
        store.decide(warningId, WarningStatus.IDENTIFICATION, actor, clock.instant(), kind.name(), started.id());
        audit.record(
                AuditActions.UPDATE,
                "Warning",
                String.valueOf(warningId),
                w.householdId(),
                RegionCode.of(w.villageCode()),
                "预警核实有风险，启动识别（" + kind.label() + "，识别 " + started.id() + "）：" + description);
    }
}
