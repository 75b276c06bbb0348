package cn.jiandang.villageexit;

import cn.jiandang.tasks.Procedures;

/**
 * Process variables of {@code processes/village-exit.bpmn} besides those every procedure shares (case, region and
 * candidate groups: {@link Procedures}).
 */
public final class VillageExitVariables {

    public static final String PROCESS_KEY = "villageExit";
    public static final String VILLAGE_CODE = "villageCode";
    public static final String WESTERN = "western";
    /** Poverty incidence as a fraction (0.015 = 1.5%), input of the DMN table. */
    public static final String INCIDENCE = "incidence";

    public static final String QUALIFIES = "qualifies";
    public static final String APPROVED = "approved";
    /** ISO-8601 duration of the village notice, P7D by default. */
    public static final String NOTICE_DURATION = "noticeDuration";

    public static final String MESSAGE_OBJECTION = "villageExitObjection";

    public static final String TASK_COUNTY_REVIEW = "countyReview";
    public static final String TASK_ANNOUNCEMENT = "countyAnnouncement";

    private VillageExitVariables() {}
}
