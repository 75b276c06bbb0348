package cn.jiandang.functionopening;

/** Process variables of {@code processes/function-opening.bpmn}: ids, codes, booleans and an ISO date. */
public final class FunctionOpeningVariables {
    /** The region of the case, as every procedure names it: the task list's "my region" tab filters on it. */
    public static final String REGION_CODE = "regionCode";

    public static final String PROCESS_KEY = "functionOpening";
    /** The grant id, under the name the task list reads as the case. */
    public static final String CASE_ID = "caseId";

    public static final String PROVINCE_CODE = "provinceCode";
    public static final String FEATURE = "feature";
    public static final String CENTRE_GROUP = "centreGroup";
    /** ISO date-time at which the period ends (the end of its last day). */
    public static final String CLOSES_AT = "closesAt";

    public static final String APPROVED = "approved";
    public static final String CLOSE_CONFIRMED = "closeConfirmed";
    public static final String MESSAGE_CLOSE_REQUESTED = "functionCloseRequested";

    public static final String TASK_CENTRE_DECISION = "centreDecision";
    public static final String TASK_CONFIRM_CLOSE = "confirmEarlyClose";

    private FunctionOpeningVariables() {}
}
