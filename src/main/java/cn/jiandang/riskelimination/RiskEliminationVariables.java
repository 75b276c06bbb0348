package cn.jiandang.riskelimination;

/** Process variables of {@code processes/risk-elimination.bpmn}: ids, codes, booleans and an ISO-8601 duration. */
public final class RiskEliminationVariables {
    /** The region of the case, as every procedure names it: the task list's "my region" tab filters on it. */
    public static final String REGION_CODE = "regionCode";

    public static final String PROCESS_KEY = "riskElimination";
    public static final String CASE_ID = "caseId";
    public static final String HOUSEHOLD_ID = "householdId";
    public static final String VILLAGE_CODE = "villageCode";
    public static final String VILLAGE_GROUP = "villageGroup";
    public static final String TOWNSHIP_GROUP = "townshipGroup";
    public static final String COUNTY_GROUP = "countyGroup";
    public static final String NOTICE_DURATION = "noticeDuration";
    public static final String VERIFICATION_CONFIRMED = "verificationConfirmed";
    public static final String APPRAISAL_APPROVED = "appraisalApproved";
    public static final String TOWNSHIP_DECISION = "townshipDecision";
    public static final String COUNTY_APPROVED = "countyApproved";

    public static final String TASK_HOME_VERIFICATION = "homeVerification";
    public static final String TASK_DEMOCRATIC_APPRAISAL = "democraticAppraisal";
    public static final String TASK_TOWNSHIP_REVIEW = "townshipReview";
    public static final String TASK_COUNTY_APPROVAL = "countyApproval";
    public static final String NOTICE_TIMER = "noticePeriodOver";

    private RiskEliminationVariables() {}
}
