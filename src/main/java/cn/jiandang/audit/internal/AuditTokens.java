package cn.jiandang.audit.internal;

import cn.jiandang.security.Masking;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * How the audit log keeps personal numbers: masked, followed by a token (HMAC-SHA256 under a secret key, 8 bytes).
 * The masked part tells a reader which person it is about; the token proves which number it was (an auditor with
 * the key recomputes it for a number in question) and shows a change that masking alone would hide (a corrected
 * birth date in an ID number). Without the key the token reveals nothing: the log is no copy of the registry.
 */
@Component
public class AuditTokens {

    private final SecretKeySpec key;

    AuditTokens(@Value("${jiandang.audit.token-key}") String key) {
        if (key == null || key.length() < 16) {
            throw new IllegalStateException("jiandang.audit.token-key must be at least 16 characters");
        }
        this.key = new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** {@code 130125199001011234} becomes {@code 1301**********1234#1f2e3d4c5b6a7980}. */
    public String idNumber(String id) {
        return id == null ? null : Masking.idNumber(id) + "#" + token(id.toUpperCase(Locale.ROOT));
    }

    public String phone(String phone) {
        return phone == null ? null : Masking.phone(phone) + "#" + token(phone.replaceAll("[^0-9]", ""));
    }

    /** Every personal number in a text (JSON of a version, a detail) replaced the same way. */
    public String scrub(String text) {
        return Masking.replace(text, this::idNumber, this::phone);
    }

    /** The token of a number: an auditor's check of "was this entry about number N". */
    public String token(String number) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] digest = mac.doFinal(number.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
