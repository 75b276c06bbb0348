package cn.jiandang.warning;

import cn.jiandang.tasks.Procedures;

/**
 * Names of {@code processes/warning-verification.bpmn} and {@code processes/warning-rules.dmn} besides the variables
 * every procedure shares ({@link Procedures}): the case id is the warning's id.
 */
public final class WarningVariables {

    public static final String PROCESS_KEY = "warningVerification";
    public static final String DECISION_KEY = "warningRules";
    public static final String TASK_VERIFY = "verifyWarning";
    /** The village's outcome: true for no risk, false to start an identification. */
    public static final String NO_RISK = "noRisk";
    /** The category the identification is for (a code), when there is a risk. */
    public static final String IDENTIFICATION_KIND = "identificationKind";

    private WarningVariables() {}
}
