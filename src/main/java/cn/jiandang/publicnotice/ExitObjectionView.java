package cn.jiandang.publicnotice;

import java.time.Instant;

/**
 * An online objection to an exit notice as officers see it: which notice (its title, village and who it names), the
 * raiser with the phone masked, the text, and where it stands ({@code PENDING}, {@code REGISTERED}, {@code DISMISSED}).
 */
public record ExitObjectionView(
        long id,
        String notice,
        String villageCode,
        String subject,
        String raiserName,
        String raiserPhoneMasked,
        String content,
        Instant raisedAt,
        String status,
        String decidedBy,
        Instant decidedAt,
        String reason) {}
