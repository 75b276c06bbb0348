package cn.jiandang.tasks;

import cn.jiandang.region.RegionCode;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What {@link Procedures#start} needs of a saved case: its process, id and region, its household if any, and the
 * procedure's own variables (ids, codes, booleans, numbers and ISO-8601 strings only, never the shared names).
 */
public record ProcedureStart(
        String processKey, long caseId, RegionCode region, Long householdId, Map<String, Object> variables) {

    private static final Set<String> SHARED = Set.of(
            Procedures.CASE_ID,
            Procedures.REGION_CODE,
            Procedures.HOUSEHOLD_ID,
            Procedures.VILLAGE_GROUP,
            Procedures.TOWNSHIP_GROUP,
            Procedures.COUNTY_GROUP);

    public ProcedureStart {
        variables = Collections.unmodifiableMap(new LinkedHashMap<>(variables));
    }

    public static ProcedureStart of(String processKey, long caseId, RegionCode region) {
        return new ProcedureStart(processKey, caseId, region, null, Map.of());
    }

    /** The household the case is about (null: none, e.g. a new household's application). */
    public ProcedureStart household(Long id) {
        return new ProcedureStart(processKey, caseId, region, id, variables);
    }

    /** One of the procedure's own variables. */
    public ProcedureStart with(String name, Object value) {
        if (SHARED.contains(name)) {
            throw new IllegalArgumentException(name + " is set by Procedures.start, not by the procedure");
        }
        if (!(value instanceof String || value instanceof Number || value instanceof Boolean)) {
            throw new IllegalArgumentException(name + ": process variables hold ids, codes, booleans and numbers only");
        }
        Map<String, Object> more = new LinkedHashMap<>(variables);
        more.put(name, value);
        return new ProcedureStart(processKey, caseId, region, householdId, more);
    }
}
