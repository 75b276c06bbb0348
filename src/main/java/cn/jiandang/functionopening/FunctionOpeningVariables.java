package cn.jiandang.functionopening;

import cn.jiandang.tasks.Procedures;

/**
 * Process variables of {@code processes/function-opening.bpmn} besides those every procedure shares (the grant's id
 * as the case and the province as its region: {@link Procedures}): ids, codes, booleans and an ISO date.
 */
public final class FunctionOpeningVariables {

    public static final String PROCESS_KEY = "functionOpening";

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
