package cn.jiandang.quality;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * The set-based part of a run, in the caller's transaction and under the cluster lock: every rule's SELECT into the
 * staging table, then the problems reconciled in four statements (new ones opened, found ones refreshed, those gone
 * closed, counts per rule and county), one problem list per county with open problems, the staging rows removed.
 * No statement loops over households.
 */
@Component
class RunEngine {

    private static final Logger log = LoggerFactory.getLogger(RunEngine.class);

    private static final String KEY = "f.rule_code || ':' || cast(f.household_id as varchar(20))";
    private static final String SAME =
            "f.run_id = :run and f.rule_code = quality_problem.rule_code and f.household_id = quality_problem.household_id";
    /** Only problems of rules a run computes: a problem issued from a file is no finding a run could miss. */
    private static final String IN_SCOPE =
            "live_key is not null and village_code between :lo and :hi and rule_code <> '" + QualityRule.QF.code()
                    + "'";

    private final NamedParameterJdbcTemplate jdbc;
    private final BigDecimal povertyLine;

    RunEngine(
            NamedParameterJdbcTemplate jdbc,
            @Value("${jiandang.quality.poverty-line:${jiandang.yearend.poverty-line:4000.00}}")
                    BigDecimal povertyLine) {
        this.jdbc = jdbc;
        this.povertyLine = povertyLine;
    }

    /** What a run did: problems found, newly opened, closed. */
    record Outcome(int found, int opened, int closed) {}

    /** Waits for the cluster-wide lock row: one run at a time, so that two never reconcile the same problems. */
    @Transactional(propagation = Propagation.MANDATORY)
    void lock() {
        jdbc.queryForList(
                "select name from quality_job_lock where name = 'quality-run' for update", new MapSqlParameterSource());
    }

    @Transactional(propagation = Propagation.MANDATORY)
    Outcome run(long runId, String lo, String hi, Instant now) {
        MapSqlParameterSource p = new MapSqlParameterSource()
                .addValue("run", runId)
                .addValue("lo", lo)
                .addValue("hi", hi)
                .addValue("line", povertyLine)
                .addValue("now", Timestamp.from(now));
        int found = 0;
        for (QualityRule rule : QualityRule.values()) {
            if (!rule.computed()) {
                continue;
            }
            long t = System.nanoTime();
            int n = jdbc.update(
                    "insert into quality_finding (run_id, rule_code, household_id, village_code, message) select :run, '"
                            + rule.code() + "', x.*  from (" + RuleSql.SQL.get(rule) + ") x",
                    p);
            found += n;
            log.debug("quality run {} rule {}: {} in {} ms", runId, rule, n, (System.nanoTime() - t) / 1_000_000);
        }
        int opened = jdbc.update("""
                insert into quality_problem (rule_code, household_id, village_code, county_code, message, live_key,
                                             first_run_id, last_run_id, opened_at)
                select f.rule_code, f.household_id, f.village_code, substring(f.village_code, 1, 6) || '000000',
                       f.message, %s, :run, :run, :now
                from quality_finding f
                where f.run_id = :run and not exists (select 1 from quality_problem q where q.live_key = %s)""".formatted(KEY, KEY), p);
        jdbc.update("""
                update quality_problem set last_run_id = :run,
                       message = (select f.message from quality_finding f where %s)
                where %s and first_run_id <> :run and exists (select 1 from quality_finding f where %s)""".formatted(SAME, IN_SCOPE, SAME), p);
        int closed = jdbc.update("""
                update quality_problem set live_key = null, closed_run_id = :run, closed_at = :now
                where %s and not exists (select 1 from quality_finding f where %s)""".formatted(IN_SCOPE, SAME), p);
        counts(p);
        jdbc.update("delete from quality_finding where run_id = :run", p);
        return new Outcome(found, opened, closed);
    }

    /** Counts per rule and county and the county lists of the run {@code :run} over {@code :lo..:hi}. */
    @Transactional(propagation = Propagation.MANDATORY)
    void counts(MapSqlParameterSource p) {
        jdbc.update("""
                insert into quality_rule_count (run_id, rule_code, county_code, open_count, new_count, closed_count)
                select :run, rule_code, county_code,
                       sum(case when closed_run_id is null then 1 else 0 end),
                       sum(case when first_run_id = :run then 1 else 0 end),
                       sum(case when closed_run_id = :run then 1 else 0 end)
                from quality_problem
                where village_code between :lo and :hi and (closed_run_id is null or closed_run_id = :run)
                group by rule_code, county_code""", p);
        jdbc.update("""
                insert into quality_problem_list (run_id, county_code, open_count, status)
                select :run, county_code, sum(open_count), 'OPEN'
                from quality_rule_count where run_id = :run
                group by county_code having sum(open_count) > 0""", p);
    }
}
