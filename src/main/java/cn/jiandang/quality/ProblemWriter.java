package cn.jiandang.quality;

import cn.jiandang.region.RegionCode;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes a problem list from a file as a run of trigger FILE, under the cluster lock of rule runs: the run, the
 * problems not open yet (one statement per JDBC batch), the counts per rule and county as a rule run keeps them.
 */
@Component
class ProblemWriter {

    private final QualityRunRepository runs;
    private final RunEngine engine;
    private final NamedParameterJdbcTemplate jdbc;

    ProblemWriter(QualityRunRepository runs, RunEngine engine, NamedParameterJdbcTemplate jdbc) {
        this.runs = runs;
        this.engine = engine;
        this.jdbc = jdbc;
    }

    /** Opens the rows' problems that are not open already; returns how many it opened. */
    @Transactional(propagation = Propagation.MANDATORY)
    int open(RegionCode region, String by, List<ProblemListImport.Row> rows, Instant now) {
        engine.lock();
        QualityRun run = new QualityRun(region, ProblemListImport.FILE, null, by, now);
        run.started(now);
        long id = runs.saveAndFlush(run).id();
        List<String> keys = rows.stream().map(ProblemWriter::key).toList();
        Set<String> open = keys.isEmpty()
                ? Set.of()
                : new HashSet<>(jdbc.queryForList(
                        "select live_key from quality_problem where live_key in (:keys)",
                        new MapSqlParameterSource("keys", keys),
                        String.class));
        List<ProblemListImport.Row> fresh =
                rows.stream().filter(r -> !open.contains(key(r))).toList();
        Timestamp at = Timestamp.from(now);
        jdbc.getJdbcTemplate()
                .batchUpdate(
                        """
                        insert into quality_problem (rule_code, household_id, village_code, county_code, message,
                                                     live_key, first_run_id, last_run_id, opened_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                        fresh.stream()
                                .map(r -> new Object[] {
                                    r.ruleCode(),
                                    r.head().householdId(),
                                    r.head().villageCode(),
                                    r.head().villageCode().substring(0, 6) + "000000",
                                    r.message(),
                                    key(r),
                                    id,
                                    id,
                                    at
                                })
                                .toList());
        engine.counts(new MapSqlParameterSource()
                .addValue("run", id)
                .addValue("lo", region.lowerBound())
                .addValue("hi", region.upperBound()));
        run.done(rows.size(), fresh.size(), 0, 0, now);
        return fresh.size();
    }

    private static String key(ProblemListImport.Row r) {
        return r.ruleCode() + ":" + r.head().householdId();
    }
}
