package cn.jiandang.publicnotice;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

/**
 * Sliding-window counts of objection attempts in a table, so that every node of a cluster sees the same counts.
 * Keys are an HMAC of what they count (an IP address, a phone, a used check token): the table holds no address or
 * number. Rows older than a day are deleted as new ones come.
 */
@Component
class RateLimits {

    private static final Duration KEEP = Duration.ofDays(2);

    private final JdbcTemplate jdbc;
    private final PublicSettings settings;
    private final Clock clock;

    RateLimits(JdbcTemplate jdbc, PublicSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Counts an attempt from the address in a transaction of its own (a refused attempt counts too, so guessing the
     * check is throttled), refusing it when the address already has its allowance.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void attemptFrom(String ip) {
        String key = key("ip", ip);
        if (count(key, settings.ipWindow()) >= settings.perIp()) {
            throw new RateLimited(
                    "提交过于频繁：同一网络每" + hours(settings.ipWindow()) + "小时最多提交" + settings.perIp() + "次，请稍后再试");
        }
        hit(key);
        jdbc.update(
                "delete from public_rate_hit where hit_at < ?",
                Timestamp.from(Instant.now(clock).minus(KEEP)));
    }

    /** Refuses a phone that has its allowance of objections; counted when the objection is stored. */
    public void checkPhone(String phone) {
        if (count(key("phone", phone), settings.phoneWindow()) >= settings.perPhone()) {
            throw new RateLimited("同一电话号码每" + hours(settings.phoneWindow()) + "小时最多提出" + settings.perPhone()
                    + "条异议，请稍后再试或直接向村委会、乡镇人民政府反映");
        }
    }

    /** The objection's phone and check token are counted in its transaction: they stand or fall with it. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void objectionStored(String phone, String nonce) {
        hit(key("phone", phone));
        hit(key("check", nonce));
    }

    boolean checkUsed(String nonce) {
        return count(key("check", nonce), KEEP) > 0;
    }

    private int count(String key, Duration window) {
        Integer n = jdbc.queryForObject(
                "select count(*) from public_rate_hit where hit_key = ? and hit_at >= ?",
                Integer.class,
                key,
                Timestamp.from(Instant.now(clock).minus(window)));
        return n == null ? 0 : n;
    }

    private void hit(String key) {
        jdbc.update(
                "insert into public_rate_hit (hit_key, hit_at) values (?, ?)", key, Timestamp.from(Instant.now(clock)));
    }

    private String key(String kind, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(settings.checkKey().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return kind + ":"
                    + HexFormat.of()
                            .formatHex(mac.doFinal((kind + "|" + value).getBytes(StandardCharsets.UTF_8)), 0, 24);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static long hours(Duration d) {
        return Math.max(1, d.toHours());
    }
}
