package cn.jiandang.identification;

/** The case created by an application and the process instance that runs it. */
public record StartedIdentification(long id, String processInstanceId) {}
