package cn.jiandang.it;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** On PostgreSQL the audit log is append-only in the database itself: UPDATE, DELETE and TRUNCATE raise. */
@PostgresAppTest
class AuditAppendOnlyIT {

    static final String REFUSED_PREFIX = "ERROR: audit_entry is append-only";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theDatabaseRefusesToChangeOrRemoveAuditEntries() {
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where actor = 'system'", Long.class))
                .as("the demo seeding is audited")
                .isPositive();
        long id = jdbc.queryForObject("select min(id) from audit_entry", Long.class);
        assertThatThrownBy(() -> jdbc.update("update audit_entry set actor = 'someone' where id = ?", id))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageStartingWith(REFUSED_PREFIX);
        assertThatThrownBy(() -> jdbc.update("delete from audit_entry where id = ?", id))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageStartingWith(REFUSED_PREFIX);
        assertThatThrownBy(() -> jdbc.execute("truncate audit_entry"))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageStartingWith(REFUSED_PREFIX);
        assertThat(jdbc.queryForObject("select actor from audit_entry where id = ?", String.class, id))
                .isEqualTo("system");
    }
}
