package cn.jiandang.warning;

/** A warning waits for its village's verification, was found without risk, or started an identification. */
public enum WarningStatus {
    OPEN,
    NO_RISK,
    IDENTIFICATION
}
