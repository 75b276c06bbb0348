package cn.jiandang.audit;

import cn.jiandang.audit.internal.AuditTokens;
import cn.jiandang.region.RegionCode;
import cn.jiandang.security.TestLogins;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link AuditLog#recordAll}, a bulk import's entries: one row each with who, what, which record, household and region,
 * personal numbers in the detail masked with their token, and nothing when the caller's transaction rolls back. The
 * same on H2 (a JDBC batch, {@link AuditBatchTest}) and PostgreSQL (one statement of arrays, {@link
 * cn.jiandang.it.AuditBatchPostgresIT}).
 */
public abstract class AuditBatchContract {

    static final String ID_NUMBER = "130125199001011234";
    static final String PHONE = "13812345678";

    @Autowired
    AuditLog audit;

    @Autowired
    AuditTokens tokens;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    @AfterEach
    void logout() {
        TestLogins.logout();
    }

    @Test
    void everyEntryIsOneRowWithItsNumbersMaskedAndStandsOrFallsWithTheTransaction() {
        TestLogins.login("county1");
        String type = "BatchProbe" + System.nanoTime();
        String detail = "导入任务 7（county1）户主 " + ID_NUMBER + " 电话 " + PHONE;
        List<AuditLog.Entry> entries = List.of(
                new AuditLog.Entry("11", 11L, RegionCode.of("130125100201"), detail),
                new AuditLog.Entry("12", null, null, detail),
                new AuditLog.Entry("13", 13L, RegionCode.of("130125100202"), null));

        tx.executeWithoutResult(s -> {
            audit.recordAll(AuditActions.CREATE, type, entries);
            s.setRollbackOnly();
        });
        assertThat(rows(type)).isEmpty();

        tx.executeWithoutResult(s -> audit.recordAll(AuditActions.CREATE, type, entries));
        List<Map<String, Object>> rows = rows(type);

        assertThat(rows)
                .extracting(r -> r.get("entity_id"), r -> r.get("household_id"), r -> r.get("region_code"))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("11", 11L, "130125100201"),
                        org.assertj.core.groups.Tuple.tuple("12", null, null),
                        org.assertj.core.groups.Tuple.tuple("13", 13L, "130125100202"));
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.get("actor")).isEqualTo("county1");
            assertThat(r.get("action")).isEqualTo(AuditActions.CREATE);
            assertThat(r.get("occurred_at")).isNotNull();
        });
        String stored = tokens.scrub(detail);
        assertThat(stored).doesNotContain(ID_NUMBER).doesNotContain(PHONE).contains("#");
        assertThat(rows).extracting(r -> r.get("detail")).containsExactly(stored, stored, null);
    }

    private List<Map<String, Object>> rows(String type) {
        return jdbc.queryForList(
                "select actor, action, entity_id, household_id, region_code, detail, occurred_at from audit_entry"
                        + " where entity_type = ? order by entity_id",
                type);
    }
}
