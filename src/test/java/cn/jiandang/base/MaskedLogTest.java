package cn.jiandang.base;

import cn.jiandang.JiandangSpringTest;
import cn.jiandang.security.Masking;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The application log masks personal numbers in messages and stack traces: here a message with numbers and the
 * database's own refusal quoting a duplicate ID number, logged with its stack trace.
 */
@JiandangSpringTest
@ExtendWith(OutputCaptureExtension.class)
class MaskedLogTest {

    private static final Logger log = LoggerFactory.getLogger(MaskedLogTest.class);

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void noFullIdOrPhoneNumberReachesALogLine(CapturedOutput output) {
        String id = jdbc.queryForObject("select id_number from member fetch first 1 rows only", String.class);
        log.info("looked up {} with phone 13812345678", id);
        DataAccessException refused = catchThrowableOfType(
                DataAccessException.class,
                () -> jdbc.update(
                        "insert into member (household_id, name, id_number, relation, sex, birth_date)"
                                + " select household_id, name, id_number, relation, sex, birth_date from member where id_number = ?",
                        id));
        assertThat(refused.getMostSpecificCause().getMessage()).contains(id);
        log.error("database refused", refused);

        assertThat(output.getAll()).contains("looked up " + Masking.idNumber(id), "138****5678", "database refused");
        assertThat(output.getAll()).doesNotContain(id);
        assertThat(Masking.containsPersonalNumber(output.getAll())).isFalse();
    }
}
