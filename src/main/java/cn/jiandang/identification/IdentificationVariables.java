package cn.jiandang.identification;

/** Process variables of {@code processes/identification.bpmn}: ids, codes and booleans only. */
public final class IdentificationVariables {

    public static final String PROCESS_KEY = "identification";
    public static final String CASE_ID = "caseId";
    public static final String HOUSEHOLD_ID = "householdId";
    public static final String VILLAGE_CODE = "villageCode";
    /** The region of the case, read by the task list's region tab (same name in every procedure). */
    public static final String REGION_CODE = "regionCode";
    public static final String KIND = "kind";
    public static final String VILLAGE_GROUP = "villageGroup";
    public static final String TOWNSHIP_GROUP = "townshipGroup";
    public static final String APPROVED = "approved";

    public static final String TASK_HOME_VERIFICATION = "homeVerification";
    public static final String TASK_TOWNSHIP_REVIEW = "townshipReview";

    private IdentificationVariables() {
    }
}
