package cn.jiandang.yearend;

/** Process variables of {@code processes/year-end-exit.bpmn}. */
public final class YearEndVariables {
    /** The region of the case, as every procedure names it: the task list's "my region" tab filters on it. */
    public static final String REGION_CODE = "regionCode";

    public static final String PROCESS_KEY = "yearEndExit";
    public static final String CASE_ID = "caseId";
    public static final String ROUND_ID = "roundId";
    public static final String VILLAGE_CODE = "villageCode";
    public static final String VILLAGE_GROUP = "villageGroup";
    public static final String TOWNSHIP_GROUP = "townshipGroup";
    public static final String COUNTY_GROUP = "countyGroup";
    /** ISO-8601 duration of the village notice, P7D by default. */
    public static final String NOTICE_DURATION = "noticeDuration";

    public static final String MESSAGE_OBJECTION = "yearEndObjection";

    public static final String TASK_VILLAGE_APPRAISAL = "villageAppraisal";
    public static final String TASK_TOWNSHIP_VERIFICATION = "townshipVerification";
    public static final String TASK_COUNTY_APPROVAL = "countyApproval";
    public static final String TASK_ANNOUNCEMENT = "countyAnnouncement";

    private YearEndVariables() {}
}
