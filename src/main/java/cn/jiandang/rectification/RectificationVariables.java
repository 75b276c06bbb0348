package cn.jiandang.rectification;

import cn.jiandang.tasks.Procedures;

/**
 * Process variables of {@code processes/rectification.bpmn} besides those every procedure shares (case, region,
 * household and the candidate groups of the levels at and above the case's region: {@link Procedures}): ids, codes,
 * booleans and ISO dates.
 */
public final class RectificationVariables {

    public static final String PROCESS_KEY = "rectification";

    public static final String OWNER_GROUP = "ownerGroup";
    public static final String ESCALATION_GROUP = "escalationGroup";
    /** ISO date-time of the end of the deadline's day: the tasks' due date and the escalation timer. */
    public static final String DEADLINE = "deadline";

    public static final String PASS_DOWN = "passDown";
    public static final String VERIFIED = "verified";
    public static final String ACCEPTED = "accepted";
    /** COUNTY, TOWNSHIP or VILLAGE: the level that rectified, to which a failed verification returns. */
    public static final String HANDLER_LEVEL = "handlerLevel";

    public static final String TASK_COUNTY_HANDLING = "countyHandling";
    public static final String TASK_TOWNSHIP_HANDLING = "townshipHandling";
    public static final String TASK_VILLAGE_RECTIFICATION = "villageRectification";
    public static final String TASK_TOWNSHIP_VERIFICATION = "townshipVerification";
    public static final String TASK_COUNTY_VERIFICATION = "countyVerification";
    public static final String TASK_ACCEPTANCE = "supervisorAcceptance";
    public static final String TASK_URGE = "urgeRectification";

    private RectificationVariables() {}
}
