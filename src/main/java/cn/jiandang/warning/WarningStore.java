package cn.jiandang.warning;

import cn.jiandang.common.BusinessException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/** The warning table: raised, decided, read. The unique open key refuses a second open warning of a household. */
@Component
class WarningStore {

    /** A stored warning as the steps and the form need it. */
    record Stored(
            long id,
            long householdId,
            String villageCode,
            String risk,
            String reason,
            WarningStatus status,
            String processInstanceId,
            Instant raisedAt,
            String decidedBy,
            Instant decidedAt,
            String comment,
            String identificationKind,
            Long identificationCaseId) {}

    private final NamedParameterJdbcTemplate jdbc;

    WarningStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long insert(HouseholdInputs h, WarningRules.Verdict v, long job, Instant now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(
                """
                insert into warning (household_id, open_household_id, village_code, risk, reason, status, raised_at,
                                     import_job_id)
                values (:h, :h, :village, :risk, :reason, 'OPEN', :now, :job)""",
                new MapSqlParameterSource("h", h.householdId())
                        .addValue("village", h.villageCode())
                        .addValue("risk", v.risk().name())
                        .addValue("reason", v.reason())
                        .addValue("now", Timestamp.from(now))
                        .addValue("job", job),
                key,
                new String[] {"id"});
        return key.getKey().longValue();
    }

    void started(long id, String processInstanceId) {
        jdbc.update(
                "update warning set process_instance_id = :pi where id = :id",
                new MapSqlParameterSource("id", id).addValue("pi", processInstanceId));
    }

    void comment(long id, String comment) {
        jdbc.update(
                "update warning set decision_comment = :c where id = :id",
                new MapSqlParameterSource("id", id).addValue("c", comment));
    }

    /** Closes the open warning with its outcome; the household may be warned again by a later signal. */
    void decide(long id, WarningStatus status, String by, Instant at, String kind, Long identificationCaseId) {
        int n = jdbc.update(
                """
                update warning set status = :status, open_household_id = null, decided_by = :by, decided_at = :at,
                       identification_kind = :kind, identification_case_id = :case
                where id = :id and status = 'OPEN'""",
                new MapSqlParameterSource("id", id)
                        .addValue("status", status.name())
                        .addValue("by", by)
                        .addValue("at", Timestamp.from(at))
                        .addValue("kind", kind)
                        .addValue("case", identificationCaseId));
        if (n == 0) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "预警 " + id + " 已核实，请刷新任务列表");
        }
    }

    Stored require(long id) {
        List<Stored> found = jdbc.query(
                """
                select id, household_id, village_code, risk, reason, status, process_instance_id, raised_at,
                       decided_by, decided_at, decision_comment, identification_kind, identification_case_id
                from warning where id = :id""",
                new MapSqlParameterSource("id", id),
                (rs, i) -> new Stored(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        WarningStatus.valueOf(rs.getString(6)),
                        rs.getString(7),
                        rs.getTimestamp(8).toInstant(),
                        rs.getString(9),
                        rs.getTimestamp(10) == null ? null : rs.getTimestamp(10).toInstant(),
                        rs.getString(11),
                        rs.getString(12),
                        rs.getObject(13) == null ? null : rs.getLong(13)));
        if (found.isEmpty()) {
            throw BusinessException.notFound("预警 " + id + " 不存在");
        }
        return found.get(0);
    }

    /** The warning's signals, oldest first; ID numbers as stored (the caller masks them). */
    List<SignalView> signals(long warningId) {
        return jdbc.query(
                """
                select source, id_number, signal_date, amount, import_job_id from warning_signal
                where warning_id = :id order by signal_date, id""",
                new MapSqlParameterSource("id", warningId),
                (rs, i) -> new SignalView(
                        SignalSource.valueOf(rs.getString(1)),
                        rs.getString(2),
                        rs.getDate(3).toLocalDate(),
                        rs.getBigDecimal(4),
                        rs.getLong(5)));
    }
}
