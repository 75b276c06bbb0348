package cn.jiandang.riskelimination;

import cn.jiandang.tasks.Procedures;
import cn.jiandang.tasks.ReviewSteps;

/**
 * Process variables of {@code processes/risk-elimination.bpmn} besides those every procedure shares
 * ({@link Procedures}) and the review decisions ({@link ReviewSteps}): ids, codes, booleans and an ISO-8601 duration.
 */
public final class RiskEliminationVariables {

    public static final String PROCESS_KEY = "riskElimination";
    public static final String VILLAGE_CODE = "villageCode";
    public static final String NOTICE_DURATION = "noticeDuration";
    public static final String VERIFICATION_CONFIRMED = "verificationConfirmed";

    public static final String TASK_HOME_VERIFICATION = "homeVerification";
    public static final String TASK_DEMOCRATIC_APPRAISAL = ReviewSteps.DEMOCRATIC_APPRAISAL;
    public static final String TASK_TOWNSHIP_REVIEW = ReviewSteps.TOWNSHIP_REVIEW;
    public static final String TASK_COUNTY_APPROVAL = ReviewSteps.COUNTY_APPROVAL;
    public static final String NOTICE_TIMER = "noticePeriodOver";

    private RiskEliminationVariables() {}
}
