package cn.jiandang.tasks;

/** Open tasks of one step of one procedure: the models' names, and the keys for the officer's language. */
public record StepCount(String procedureName, String stepName, long open, String processKey, String stepKey) {}
