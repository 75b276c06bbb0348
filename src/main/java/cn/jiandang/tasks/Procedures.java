package cn.jiandang.tasks;

import cn.jiandang.region.RegionCode;
import cn.jiandang.region.RegionLevel;
import cn.jiandang.security.Role;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.MessageCorrelationBuilder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.HashMap;
import java.util.Map;

/**
 * The one way every procedure starts, and the owner of the process variables all procedures share. A procedure
 * saves its case, then hands a {@link ProcedureStart} here: the case id, the case's region and household, and the
 * candidate group of each level from the case's region up to its county are set under the names below, and the
 * instance starts with the case id as its business key. The task list, the timeline and the delegates read these
 * names, so a procedure can no longer drift from them.
 */
@Service
@Transactional
public class Procedures {

    /** The procedure's own case (its table's id); also the instance's business key. */
    public static final String CASE_ID = "caseId";
    /** The 12-digit region of the case: the task list's region tab and village filter read it. */
    public static final String REGION_CODE = "regionCode";
    /** The household the case is about, when there is one: the household's timeline reads it. */
    public static final String HOUSEHOLD_ID = "householdId";
    /** Candidate groups of the levels at and above the case's region, up to the county. */
    public static final String VILLAGE_GROUP = "villageGroup";

    public static final String TOWNSHIP_GROUP = "townshipGroup";
    public static final String COUNTY_GROUP = "countyGroup";

    private final RuntimeService runtime;

    Procedures(RuntimeService runtime) {
        this.runtime = runtime;
    }

    /** Starts the procedure's instance for its saved case; returns the process instance id. */
    public String start(ProcedureStart start) {
        Map<String, Object> variables = new HashMap<>(start.variables());
        variables.put(CASE_ID, start.caseId());
        variables.put(REGION_CODE, start.region().value());
        if (start.householdId() != null) {
            variables.put(HOUSEHOLD_ID, start.householdId());
        }
        variables.putAll(groups(start.region()));
        return runtime.startProcessInstanceByKey(start.processKey(), String.valueOf(start.caseId()), variables)
                .getId();
    }

    /** Delivers a procedure's message (e.g. an objection during a notice) to the instance of its case. */
    public void correlate(String message, long caseId) {
        correlate(message, caseId, Map.of());
    }

    /** As {@link #correlate(String, long)}, with variables local to what the message starts. */
    public void correlate(String message, long caseId, Map<String, Object> localVariables) {
        MessageCorrelationBuilder correlation =
                runtime.createMessageCorrelation(message).processInstanceBusinessKey(String.valueOf(caseId));
        localVariables.forEach(correlation::setVariableLocal);
        correlation.correlateWithResult();
    }

    /** Whether a token of the instance waits at the activity (e.g. the timer of a public notice). */
    @Transactional(readOnly = true)
    public boolean isWaitingAt(String processInstanceId, String activityId) {
        return processInstanceId != null
                && runtime.createExecutionQuery()
                                .processInstanceId(processInstanceId)
                                .activityId(activityId)
                                .count()
                        > 0;
    }

    /** Officers of each level from the case's region up to its county (a county case has only the county's). */
    static Map<String, String> groups(RegionCode region) {
        Map<String, String> groups = new HashMap<>();
        int depth = region.level().ordinal();
        if (depth >= RegionLevel.VILLAGE.ordinal()) {
            groups.put(VILLAGE_GROUP, Role.VILLAGE_OFFICER.group(region));
        }
        if (depth >= RegionLevel.TOWNSHIP.ordinal()) {
            groups.put(TOWNSHIP_GROUP, Role.TOWNSHIP_OFFICER.group(region.ancestor(RegionLevel.TOWNSHIP)));
        }
        if (depth >= RegionLevel.COUNTY.ordinal()) {
            groups.put(COUNTY_GROUP, Role.COUNTY_OFFICER.group(region.ancestor(RegionLevel.COUNTY)));
        }
        return groups;
    }
}
