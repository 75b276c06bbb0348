package cn.jiandang.warning;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The signals table written set-based: the signals already stored for a file's people read in chunks by the unique
 * key's leading column, new ones added as one JDBC batch, an import's signals attached to their households' open
 * warnings in one statement.
 */
@Component
class SignalStore {

    private static final int CHUNK = 1000;

    /** A new signal matched to its person's household. */
    record NewSignal(SignalRows.Row row, long householdId, String villageCode) {}

    private final NamedParameterJdbcTemplate jdbc;

    SignalStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Amounts of the signals already stored for these people, by {@link SignalRows.Row#key()}. */
    Map<String, BigDecimal> existing(Collection<String> idNumbers) {
        Map<String, BigDecimal> found = new HashMap<>();
        List<String> ids = List.copyOf(idNumbers);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            jdbc.query(
                    "select source, id_number, signal_date, amount from warning_signal where id_number in (:ids)",
                    new MapSqlParameterSource("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK))),
                    rs -> {
                        found.put(
                                rs.getString(1) + ":" + rs.getString(2) + ":"
                                        + rs.getDate(3).toLocalDate(),
                                rs.getBigDecimal(4));
                    });
        }
        return found;
    }

    void insert(long job, List<NewSignal> signals, Instant now) {
        jdbc.getJdbcTemplate()
                .batchUpdate(
                        "insert into warning_signal (source, id_number, household_id, village_code, signal_date,"
                                + " amount, import_job_id, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
                        signals.stream()
                                .map(s -> new Object[] {
                                    s.row().source().name(),
                                    s.row().idNumber(),
                                    s.householdId(),
                                    s.villageCode(),
                                    Date.valueOf(s.row().date()),
                                    s.row().amount(),
                                    job,
                                    Timestamp.from(now)
                                })
                                .toList());
    }

    /**
     * Every signal not yet of a warning, of a household with an open warning and a signal of this import, joins that
     * warning: one open warning per household, never a second process.
     */
    int attachToOpenWarnings(long job) {
        return jdbc.update("""
                update warning_signal
                set warning_id = (select w.id from warning w where w.open_household_id = warning_signal.household_id)
                where warning_id is null
                  and household_id in (select s.household_id from warning_signal s where s.import_job_id = :job)
                  and exists (select 1 from warning w where w.open_household_id = warning_signal.household_id)
                """, new MapSqlParameterSource("job", job));
    }
}
