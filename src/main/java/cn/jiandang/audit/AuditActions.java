package cn.jiandang.audit;

/** The actions the audit log records. Entity writes are recorded by themselves; the others by their callers. */
public final class AuditActions {

    public static final String CREATE = "CREATE";
    public static final String UPDATE = "UPDATE";
    public static final String DELETE = "DELETE";
    /** A read or change refused because of region or role. */
    public static final String ACCESS_REFUSED = "ACCESS_REFUSED";
    /** A user task completed through the app (engine REST completions are in the engine's user operation log). */
    public static final String COMPLETE_TASK = "COMPLETE_TASK";
    /** A user task handed by one officer to a colleague of the same candidate group. */
    public static final String HAND_OVER_TASK = "HAND_OVER_TASK";
    /** An officer had the full ID and phone numbers of a household shown. */
    public static final String REVEAL_PERSONAL_NUMBERS = "REVEAL_PERSONAL_NUMBERS";

    /** An officer exported a table (e.g. daily statistics to XLSX): which, for which region and day. */
    public static final String EXPORT = "EXPORT";

    /** An officer's file was imported (the rows it wrote are recorded as CREATE entries of their own). */
    public static final String IMPORT = "IMPORT";

    /** A county's data-quality problem list issued as rectification cases: which run and county, how many. */
    public static final String ISSUE_PROBLEM_LIST = "ISSUE_PROBLEM_LIST";

    /** MDC keys that tie an entry to the engine task and the HTTP request it came from. */
    public static final String MDC_TASK_ID = "taskId";

    public static final String MDC_REQUEST_ID = "requestId";

    private AuditActions() {}
}
