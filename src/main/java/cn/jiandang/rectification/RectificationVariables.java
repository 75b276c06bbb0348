package cn.jiandang.rectification;

/** Process variables of {@code processes/rectification.bpmn}: ids, codes, booleans and ISO dates. */
public final class RectificationVariables {

    public static final String PROCESS_KEY = "rectification";
    public static final String CASE_ID = "caseId";
    public static final String HOUSEHOLD_ID = "householdId";
    /** The region of the case (village, township or county), as every procedure stores it for the task list. */
    public static final String REGION_CODE = "regionCode";

    public static final String COUNTY_GROUP = "countyGroup";
    public static final String TOWNSHIP_GROUP = "townshipGroup";
    public static final String VILLAGE_GROUP = "villageGroup";
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
