package cn.jiandang.security;

/**
 * Published whenever a read or change is refused for region or role, whatever the channel (service, view,
 * REST, engine REST); the audit log records it.
 */
public record AccessRefused(String username, String targetType, String targetId, String region, String reason) {}
