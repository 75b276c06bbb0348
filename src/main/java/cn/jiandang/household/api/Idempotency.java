package cn.jiandang.household.api;

import cn.jiandang.common.BusinessException;
import cn.jiandang.security.CurrentOfficer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * {@code Idempotency-Key} for the mobile app's retries: the first request with a key runs and its answer is kept in
 * the same transaction as its write; the same request again (same officer, key, method, path and body) gets that
 * answer again ({@code Idempotent-Replayed: true}) and writes nothing. The key with another request is refused (422);
 * while the first is still running, a second one waits for it and then fails on the key (409) without writing.
 */
@Component
class Idempotency {

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final ObjectMapper json;
    private final CurrentOfficer current;
    private final Clock clock;

    Idempotency(
            JdbcTemplate jdbc,
            TransactionTemplate transactions,
            ObjectMapper json,
            CurrentOfficer current,
            Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.json = json;
        this.current = current;
        this.clock = clock;
    }

    /** Runs the write once per key; {@code request} is what makes two requests "the same" (method, path, body). */
    ResponseEntity<?> run(String key, String method, String path, Object body, Supplier<ResponseEntity<?>> write) {
        if (key == null) {
            return write.get();
        }
        if (!KEY.matcher(key).matches()) {
            throw BusinessException.invalidField(
                    "Idempotency-Key", "Idempotency-Key 须为1到64个字母、数字或 . _ : -（建议每次新请求用一个新的 UUID）");
        }
        String username = current.require().username();
        String fingerprint = fingerprint(method, path, body);
        try {
            return transactions.execute(status -> {
                List<ResponseEntity<?>> earlier = jdbc.query(
                        "select fingerprint, status, location, etag, body from api_idempotency"
                                + " where username = ? and idem_key = ?",
                        (rs, n) -> replay(
                                fingerprint,
                                rs.getString(1),
                                rs.getInt(2),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getString(5)),
                        username,
                        key);
                if (!earlier.isEmpty()) {
                    return earlier.get(0);
                }
                ResponseEntity<?> response = write.get();
                jdbc.update(
                        "insert into api_idempotency (username, idem_key, fingerprint, status, location, etag, body,"
                                + " created_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
                        username,
                        key,
                        fingerprint,
                        response.getStatusCode().value(),
                        header(response, HttpHeaders.LOCATION),
                        response.getHeaders().getETag(),
                        write(response.getBody()),
                        Timestamp.from(clock.instant()));
                return response;
            });
        } catch (DuplicateKeyException e) {
            throw new InProgress();
        }
    }

    private ResponseEntity<?> replay(
            String fingerprint, String stored, int status, String location, String etag, String body) {
        if (!stored.equals(fingerprint)) {
            throw new KeyReused();
        }
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(status).header("Idempotent-Replayed", "true");
        if (location != null) {
            answer.header(HttpHeaders.LOCATION, location);
        }
        if (etag != null) {
            answer.eTag(etag);
        }
        return answer.body(read(body));
    }

    private String fingerprint(String method, String path, Object body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((method + " " + path + "\n").getBytes(StandardCharsets.UTF_8));
            sha.update(write(body).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String write(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode read(String body) {
        try {
            return body == null ? null : json.readTree(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String header(ResponseEntity<?> response, String name) {
        return response.getHeaders().getFirst(name);
    }

    /** 422: the key was used for another request. */
    static final class KeyReused extends RuntimeException {
        KeyReused() {
            super("该 Idempotency-Key 已用于另一个请求：每个新请求须使用新的键，重试时才沿用原来的键");
        }
    }

    /** 409: the same key arrived twice at once; the first one's outcome stands. */
    static final class InProgress extends RuntimeException {
        InProgress() {
            super("同一 Idempotency-Key 的请求正在处理或刚刚完成，请稍后以相同的键重试以取得结果");
        }
    }
}
