package cn.jiandang.identification;

import cn.jiandang.tasks.Procedures;
import cn.jiandang.tasks.ReviewSteps;

/**
 * Process variables of {@code processes/identification.bpmn} besides those every procedure shares (case, region,
 * household and candidate groups: {@link Procedures}) and the review decisions ({@link ReviewSteps}): ids, codes,
 * booleans and ISO-8601 durations only.
 */
public final class IdentificationVariables {

    public static final String PROCESS_KEY = "identification";
    // the case's village, kind and channel are no variables: the case holds them and no expression reads them (P2)

    public static final String MONITORING_OBJECT = "monitoringObject";
    public static final String ESCALATION_GROUP = "escalationGroup";
    public static final String NOTICE_DURATION = "noticeDuration";
    public static final String ESCALATION_AFTER = "escalationAfter";
    public static final String OBJECTION_ID = "objectionId";
    public static final String OBJECTION_UPHELD = "objectionUpheld";
    public static final String OBJECTION_ACTION = "objectionAction";
    public static final String SCALE_STATUS = "scaleStatus";
    public static final String LIMIT_PERCENT = "limitPercent";

    /** Message of an objection raised during the public notice. */
    public static final String MESSAGE_OBJECTION = "identificationObjection";
    /** The decision table of R2. */
    public static final String DECISION_MONITORING_SCALE = "monitoringScale";

    public static final String TASK_HOME_VERIFICATION = "homeVerification";
    public static final String TASK_DEMOCRATIC_APPRAISAL = ReviewSteps.DEMOCRATIC_APPRAISAL;
    public static final String TASK_HANDLE_OBJECTION = "handleObjection";
    public static final String TASK_TOWNSHIP_REVIEW = ReviewSteps.TOWNSHIP_REVIEW;
    public static final String TASK_COUNTY_APPROVAL = ReviewSteps.COUNTY_APPROVAL;
    public static final String TASK_SUPERVISE_OVERDUE = "superviseOverdue";
    /** The wait of the public notice; objections are accepted while a token waits here. */
    public static final String NOTICE_TIMER = "noticePeriodOver";

    public static final String ESCALATION_TIMER = "caseOverdue";

    private IdentificationVariables() {}
}
