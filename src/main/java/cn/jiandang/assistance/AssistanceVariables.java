package cn.jiandang.assistance;

import cn.jiandang.tasks.Procedures;

/**
 * Process variables of {@code processes/assistance.bpmn} besides those every procedure shares (the plan's id as the
 * case, region, household and candidate groups: {@link Procedures}): ids, codes and booleans only.
 */
public final class AssistanceVariables {

    public static final String PROCESS_KEY = "assistance";

    public static final String REVIEW_GROUP = "reviewGroup";
    /** Element variable of the multi-instance "record a measure": one task per measure. */
    public static final String MEASURE_ID = "measureId";

    public static final String IMPLEMENTATION_CONFIRMED = "implementationConfirmed";

    public static final String TASK_RECORD_MEASURE = "recordMeasure";
    public static final String TASK_REVIEW = "reviewImplementation";

    private AssistanceVariables() {}
}
