package cn.jiandang.identification;

/** Process variables of {@code processes/identification.bpmn}: ids, codes, booleans and ISO-8601 durations only. */
public final class IdentificationVariables {

    public static final String PROCESS_KEY = "identification";
    public static final String CASE_ID = "caseId";
    public static final String HOUSEHOLD_ID = "householdId";
    public static final String VILLAGE_CODE = "villageCode";
    /** The region of the case, read by the task list's region tab (same name in every procedure). */
    public static final String REGION_CODE = "regionCode";

    public static final String KIND = "kind";
    public static final String CHANNEL = "channel";
    public static final String MONITORING_OBJECT = "monitoringObject";
    public static final String VILLAGE_GROUP = "villageGroup";
    public static final String TOWNSHIP_GROUP = "townshipGroup";
    public static final String COUNTY_GROUP = "countyGroup";
    public static final String ESCALATION_GROUP = "escalationGroup";
    public static final String NOTICE_DURATION = "noticeDuration";
    public static final String ESCALATION_AFTER = "escalationAfter";
    public static final String APPRAISAL_APPROVED = "appraisalApproved";
    public static final String OBJECTION_ID = "objectionId";
    public static final String OBJECTION_UPHELD = "objectionUpheld";
    public static final String OBJECTION_ACTION = "objectionAction";
    public static final String TOWNSHIP_DECISION = "townshipDecision";
    public static final String SCALE_STATUS = "scaleStatus";
    public static final String LIMIT_PERCENT = "limitPercent";
    public static final String COUNTY_APPROVED = "countyApproved";

    /** Message of an objection raised during the public notice. */
    public static final String MESSAGE_OBJECTION = "identificationObjection";
    /** The decision table of R2. */
    public static final String DECISION_MONITORING_SCALE = "monitoringScale";

    public static final String TASK_HOME_VERIFICATION = "homeVerification";
    public static final String TASK_DEMOCRATIC_APPRAISAL = "democraticAppraisal";
    public static final String TASK_HANDLE_OBJECTION = "handleObjection";
    public static final String TASK_TOWNSHIP_REVIEW = "townshipReview";
    public static final String TASK_COUNTY_APPROVAL = "countyApproval";
    public static final String TASK_SUPERVISE_OVERDUE = "superviseOverdue";
    /** The wait of the public notice; objections are accepted while a token waits here. */
    public static final String NOTICE_TIMER = "noticePeriodOver";

    public static final String ESCALATION_TIMER = "caseOverdue";

    private IdentificationVariables() {}
}
