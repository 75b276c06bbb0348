package cn.jiandang.exchange;

import cn.jiandang.security.Masking;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads of the 低保 exchange, each an index range: coverage cells by county-code range and quarter range (the primary
 * key), a household's receipts through its members' unique ID numbers, a job's unmatched rows by line.
 */
@Component
class DibaoQueries {

    private final NamedParameterJdbcTemplate jdbc;

    DibaoQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Delivered cells by county code and quarter. */
    Map<String, Map<String, DibaoCoverage.Cell>> cells(String lo, String hi, Quarter from, Quarter to) {
        Map<String, Map<String, DibaoCoverage.Cell>> byCounty = new HashMap<>();
        jdbc.query(
                """
                select county_code, quarter, recipients, matched, households, amount from dibao_coverage
                where county_code between :lo and :hi and quarter between :from and :to""",
                new MapSqlParameterSource("lo", lo)
                        .addValue("hi", hi)
                        .addValue("from", from.toString())
                        .addValue("to", to.toString()),
                rs -> {
                    byCounty.computeIfAbsent(rs.getString(1), c -> new HashMap<>())
                            .put(
                                    rs.getString(2),
                                    new DibaoCoverage.Cell(
                                            rs.getString(2),
                                            DibaoCoverage.Status.DELIVERED,
                                            rs.getInt(3),
                                            rs.getInt(4),
                                            rs.getInt(5),
                                            rs.getBigDecimal(6)));
                });
        return byCounty;
    }

    Optional<String> villageOf(long householdId) {
        return jdbc
                .queryForList(
                        "select village_code from household where id = :id",
                        new MapSqlParameterSource("id", householdId),
                        String.class)
                .stream()
                .findFirst();
    }

    /** The household's current members' receipts, by quarter, ID numbers masked. */
    Map<String, List<HouseholdDibao.Receipt>> receipts(long householdId, Quarter from, Quarter to) {
        Map<String, List<HouseholdDibao.Receipt>> byQuarter = new HashMap<>();
        jdbc.query(
                """
                select r.quarter, m.name, r.id_number, r.amount, r.start_date, r.end_date
                from member m join dibao_receipt r on r.id_number = m.id_number
                where m.household_id = :h and m.departed = false and r.quarter between :from and :to
                order by r.quarter, m.name""",
                new MapSqlParameterSource("h", householdId)
                        .addValue("from", from.toString())
                        .addValue("to", to.toString()),
                rs -> {
                    byQuarter
                            .computeIfAbsent(rs.getString(1), q -> new ArrayList<>())
                            .add(new HouseholdDibao.Receipt(
                                    rs.getString(2),
                                    Masking.idNumber(rs.getString(3)),
                                    rs.getBigDecimal(4),
                                    rs.getDate(5).toLocalDate(),
                                    rs.getDate(6).toLocalDate()));
                });
        return byQuarter;
    }

    /** Which of the quarters civil affairs delivered for the county. */
    List<String> delivered(String county, Quarter from, Quarter to) {
        return jdbc.queryForList(
                "select quarter from dibao_coverage where county_code = :c and quarter between :from and :to",
                new MapSqlParameterSource("c", county)
                        .addValue("from", from.toString())
                        .addValue("to", to.toString()),
                String.class);
    }

    /** A page of the job's rows that matched no member, after line {@code afterLine}. */
    List<UnmatchedRow> unmatched(long job, int afterLine, int limit) {
        return jdbc.query(
                """
                select s.line, s.id_number, s.name, s.county_code from dibao_import_row s
                where s.job_id = :job and s.valid = true and s.line > :after
                  and not exists (select 1 from member m where m.id_number = s.id_number)
                order by s.line fetch first :limit rows only""",
                new MapSqlParameterSource("job", job)
                        .addValue("after", afterLine)
                        .addValue("limit", limit),
                (rs, i) -> new UnmatchedRow(
                        rs.getInt(1), Masking.idNumber(rs.getString(2)), rs.getString(3), rs.getString(4)));
    }
}
