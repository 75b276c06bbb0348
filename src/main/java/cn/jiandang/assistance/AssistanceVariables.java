package cn.jiandang.assistance;

/** Process variables of {@code processes/assistance.bpmn}: ids, codes and booleans only. */
public final class AssistanceVariables {
    /** The region of the case, as every procedure names it: the task list's "my region" tab filters on it. */
    public static final String REGION_CODE = "regionCode";

    public static final String PROCESS_KEY = "assistance";
    /** The plan's id, under the name the task list reads. */
    public static final String CASE_ID = "caseId";

    public static final String HOUSEHOLD_ID = "householdId";
    public static final String VILLAGE_GROUP = "villageGroup";
    public static final String REVIEW_GROUP = "reviewGroup";
    /** Element variable of the multi-instance "record a measure": one task per measure. */
    public static final String MEASURE_ID = "measureId";

    public static final String IMPLEMENTATION_CONFIRMED = "implementationConfirmed";

    public static final String TASK_RECORD_MEASURE = "recordMeasure";
    public static final String TASK_REVIEW = "reviewImplementation";

    private AssistanceVariables() {}
}
