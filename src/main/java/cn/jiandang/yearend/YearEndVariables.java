package cn.jiandang.yearend;

import cn.jiandang.tasks.Procedures;

/**
 * Process variables of {@code processes/year-end-exit.bpmn} besides those every procedure shares (case, region and
 * candidate groups: {@link Procedures}).
 */
public final class YearEndVariables {

    public static final String PROCESS_KEY = "yearEndExit";
    public static final String ROUND_ID = "roundId";
    public static final String VILLAGE_CODE = "villageCode";
    /** ISO-8601 duration of the village notice, P7D by default. */
    public static final String NOTICE_DURATION = "noticeDuration";

    public static final String EXITED_COUNT = "exitedCount";

    public static final String MESSAGE_OBJECTION = "yearEndObjection";

    public static final String TASK_VILLAGE_APPRAISAL = "villageAppraisal";
    public static final String TASK_TOWNSHIP_VERIFICATION = "townshipVerification";
    public static final String TASK_COUNTY_APPROVAL = "countyApproval";
    public static final String TASK_ANNOUNCEMENT = "countyAnnouncement";

    private YearEndVariables() {}
}
