package cn.jiandang.quality;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;

/**
 * Reads of runs' results: counts from the per-run summary, problems of a run by key pages of the county index. A
 * problem belongs to a run when the run's range holds its village and it was open when the run ended (found by it or
 * before, closed only by a later run).
 */
@Component
class ProblemQueries {

    private static final String OF_RUN = """
            q.village_code between :lo and :hi and q.first_run_id <= :run
            and (q.closed_run_id is null or q.closed_run_id > :run)""";

    private final NamedParameterJdbcTemplate jdbc;

    ProblemQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<RuleCount> counts(long runId, String lo, String hi) {
        return jdbc.query(
                """
                select county_code, rule_code, open_count, new_count, closed_count from quality_rule_count
                where run_id = :run and county_code between :lo and :hi order by county_code, rule_code""",
                new MapSqlParameterSource("run", runId).addValue("lo", lo).addValue("hi", hi),
                (rs, i) -> new RuleCount(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)));
    }

    /** Problems of the run within lo..hi (a county or the caller's region), by id after {@code afterId}. */
    List<ProblemView> problems(long runId, String lo, String hi, String ruleCode, long afterId, int limit) {
        MapSqlParameterSource p = new MapSqlParameterSource("run", runId)
                .addValue("lo", lo)
                .addValue("hi", hi)
                .addValue("rule", ruleCode)
                .addValue("after", afterId)
                .addValue("limit", limit);
        return jdbc.query(
                """
                select q.id, q.rule_code, q.household_id, q.village_code, q.county_code, q.message,
                       q.live_key, q.rectification_case,
                       (select min(m.name) from member m where m.household_id = q.household_id
                          and m.relation = 'HEAD' and m.departed = false) head_name,
                       (select min(m.id_number) from member m where m.household_id = q.household_id
                          and m.relation = 'HEAD' and m.departed = false) head_id
                from quality_problem q
                where %s and q.id > :after and (cast(:rule as varchar(8)) is null or q.rule_code = :rule)
                order by q.id
                fetch first :limit rows only""".formatted(OF_RUN),
                p,
                (rs, i) -> new ProblemView(
                        rs.getLong("id"),
                        rs.getString("rule_code"),
                        rs.getLong("household_id"),
                        rs.getString("head_name"),
                        rs.getString("head_id"),
                        rs.getString("village_code"),
                        rs.getString("county_code"),
                        rs.getString("message"),
                        rs.getString("live_key") != null,
                        (Long) rs.getObject("rectification_case", Long.class)));
    }

    /** Open, not yet issued problems of the run in one county: what issuing its list turns into cases. */
    List<ProblemView> toIssue(long runId, String county, int limit) {
        return problems(runId, county, county.substring(0, 6) + "999999", null, 0, limit).stream()
                .filter(p -> p.open() && p.rectificationCase() == null)
                .toList();
    }

    void markIssued(long problemId, long caseId, String by, Timestamp at) {
        jdbc.update(
                """
                update quality_problem set rectification_case = :case, issued_by = :by, issued_at = :at
                where id = :id""",
                new MapSqlParameterSource("case", caseId)
                        .addValue("by", by)
                        .addValue("at", at)
                        .addValue("id", problemId));
    }

    void listIssued(long runId, String county, int cases, String by, Timestamp at, LocalDate deadline) {
        jdbc.update(
                """
                update quality_problem_list set status = 'ISSUED', issued_by = :by, issued_at = :at,
                       issued_cases = issued_cases + :cases, deadline = :deadline
                where run_id = :run and county_code = :county""",
                new MapSqlParameterSource("run", runId)
                        .addValue("county", county)
                        .addValue("cases", cases)
                        .addValue("by", by)
                        .addValue("at", at)
                        .addValue("deadline", deadline));
    }
}
