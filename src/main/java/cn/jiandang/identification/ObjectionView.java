package cn.jiandang.identification;

import java.time.Instant;

/**
 * An objection to a public notice as forms show it: its channel, and for an online one the raiser's name and phone
 * (masked, as in every list).
 */
public record ObjectionView(
        long id,
        long caseId,
        String content,
        String raisedBy,
        Instant raisedAt,
        ObjectionStatus status,
        ObjectionAction action,
        String resolution,
        String handledBy,
        Instant handledAt,
        ObjectionChannel channel,
        String raiserName,
        String raiserPhoneMasked) {}
