package cn.jiandang.publicnotice;

import cn.jiandang.common.BusinessException;
import org.springframework.stereotype.Component;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A human check that needs no third party and no session: a small sum whose answer is not sent, only a token
 * {@code expiry.nonce.mac} where the mac is an HMAC over the notice, the expiry, the nonce and the answer. A
 * submission is accepted when the mac of its answer matches within the time window; the nonce lets the caller refuse
 * a token used before. Not a barrier against a determined program (the sum is in the page), but it stops blind
 * form posting, and the rate limits do the rest.
 */
@Component
class HumanCheck {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final PublicSettings settings;
    private final Clock clock;

    HumanCheck(PublicSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** A question for a form about the notice. */
    Question question(long noticeId) {
        int a = 2 + RANDOM.nextInt(18);
        int b = 1 + RANDOM.nextInt(9);
        long expiry = Instant.now(clock).plus(settings.checkWindow()).getEpochSecond();
        byte[] nonceBytes = new byte[12];
        RANDOM.nextBytes(nonceBytes);
        String nonce = Base64.getUrlEncoder().withoutPadding().encodeToString(nonceBytes);
        return new Question(a + " + " + b + " = ？", expiry + "." + nonce + "." + mac(noticeId, expiry, nonce, a + b));
    }

    /** The token's nonce if the answer is right and the token is this notice's and in time; else refused. */
    String verify(long noticeId, String token, String answer) {
        String[] parts = token == null ? new String[0] : token.split("\\.");
        if (parts.length != 3 || !parts[0].matches("\\d{1,12}")) {
            throw refused("验证题已失效，请刷新页面后重新作答");
        }
        long expiry = Long.parseLong(parts[0]);
        if (Instant.now(clock).getEpochSecond() > expiry) {
            throw refused("验证题已超时，请刷新页面后重新作答");
        }
        String given = answer == null ? "" : answer.strip();
        if (!given.matches("\\d{1,3}")
                || !MessageDigest.isEqual(
                        mac(noticeId, expiry, parts[1], Integer.parseInt(given)).getBytes(StandardCharsets.US_ASCII),
                        parts[2].getBytes(StandardCharsets.US_ASCII))) {
            throw refused("验证题答案不正确，请重新计算后填写");
        }
        return parts[1];
    }

    private String mac(long noticeId, long expiry, String nonce, int answer) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(settings.checkKey().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] sum = mac.doFinal(
                    (noticeId + "|" + expiry + "|" + nonce + "|" + answer).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sum, 0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static BusinessException refused(String message) {
        return BusinessException.invalidField("answer", message);
    }

    /** The sum to show and the token to send back with the answer. */
    record Question(String text, String token) {}
}
