package cn.jiandang.tasks;

/** Open tasks of one step of one procedure. */
public record StepCount(String procedureName, String stepName, long open) {}
