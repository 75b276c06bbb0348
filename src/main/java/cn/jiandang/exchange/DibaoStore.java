package cn.jiandang.exchange;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The set-based writing of a quarter's 低保 file: its rows staged by JDBC batches, then the quarter's receipts of the
 * counties in the file brought to what the file says in three statements (those no longer listed removed, changed ones
 * updated, new ones added), then the coverage summaries of those counties recomputed in one grouped query over the
 * receipts joined to members by the unique ID-number index. A second import of the same file changes no row.
 */
@Component
class DibaoStore {

    private static final String JOB_COUNTIES =
            "select s.county_code from dibao_import_row s where s.job_id = :job and s.valid = true";
    private static final String SAME_PERSON = "s.job_id = :job and s.id_number = r.id_number";
    private static final String DIFFERS = "(s.name <> r.name or s.county_code <> r.county_code or s.amount <> r.amount"
            + " or s.start_date <> r.start_date or s.end_date <> r.end_date)";

    /** What the apply did to the quarter's receipts. */
    record Applied(int removed, int changed, int added) {}

    private final NamedParameterJdbcTemplate jdbc;

    DibaoStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void stage(long job, List<DibaoRows.Row> rows) {
        jdbc.getJdbcTemplate()
                .batchUpdate(
                        "insert into dibao_import_row (job_id, line, id_number, valid, name, county_code, amount,"
                                + " start_date, end_date) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        rows.stream()
                                .map(r -> new Object[] {
                                    job,
                                    r.line(),
                                    r.idNumber(),
                                    r.valid(),
                                    r.name(),
                                    r.county(),
                                    r.amount(),
                                    r.start() == null ? null : Date.valueOf(r.start()),
                                    r.end() == null ? null : Date.valueOf(r.end())
                                })
                                .toList());
    }

    Applied apply(long job, Quarter quarter) {
        MapSqlParameterSource p = new MapSqlParameterSource("job", job).addValue("q", quarter.toString());
        int removed = jdbc.update("""
                delete from dibao_receipt r
                where r.quarter = :q and r.county_code in (%s)
                  and not exists (select 1 from dibao_import_row s where %s)""".formatted(JOB_COUNTIES, SAME_PERSON), p);
        int changed = jdbc.update("""
                update dibao_receipt r
                set (name, county_code, amount, start_date, end_date, import_job_id) =
                    (select s.name, s.county_code, s.amount, s.start_date, s.end_date, s.job_id
                     from dibao_import_row s where %s and s.valid = true)
                where r.quarter = :q
                  and exists (select 1 from dibao_import_row s where %s and s.valid = true and %s)""".formatted(SAME_PERSON, SAME_PERSON, DIFFERS), p);
        int added = jdbc.update("""
                insert into dibao_receipt (quarter, id_number, name, county_code, amount, start_date, end_date,
                                           import_job_id)
                select :q, s.id_number, s.name, s.county_code, s.amount, s.start_date, s.end_date, s.job_id
                from dibao_import_row s
                where s.job_id = :job and s.valid = true
                  and not exists (select 1 from dibao_receipt r where r.quarter = :q and r.id_number = s.id_number)""", p);
        return new Applied(removed, changed, added);
    }

    /** Rows of the job that matched no member of the archive (kept as receipts all the same). */
    int unmatched(long job) {
        return jdbc.queryForObject("""
                select count(*) from dibao_import_row s
                where s.job_id = :job and s.valid = true
                  and not exists (select 1 from member m where m.id_number = s.id_number)""", new MapSqlParameterSource("job", job), Integer.class);
    }

    /**
     * The quarter's summary of each county in the file, written only where it differs from the stored one: recipients,
     * those matched to a member, the households of matched current members, the amount.
     */
    void refreshCoverage(long job, Quarter quarter, Instant now) {
        MapSqlParameterSource p = new MapSqlParameterSource("job", job).addValue("q", quarter.toString());
        Map<String, Object[]> stored = new HashMap<>();
        jdbc.query(
                "select county_code, recipients, matched, households, amount from dibao_coverage"
                        + " where quarter = :q and county_code in (" + JOB_COUNTIES + ")",
                p,
                rs -> {
                    stored.put(rs.getString(1), new Object[] {
                        rs.getInt(2),
                        rs.getInt(3),
                        rs.getInt(4),
                        rs.getBigDecimal(5).setScale(2)
                    });
                });
        List<Object[]> fresh = jdbc.query("""
                select r.county_code, count(*), count(m.id),
                       count(distinct case when m.departed = false then m.household_id end), sum(r.amount)
                from dibao_receipt r left join member m on m.id_number = r.id_number
                where r.quarter = :q and r.county_code in (%s)
                group by r.county_code""".formatted(JOB_COUNTIES), p, (rs, i) -> new Object[] {
            rs.getString(1),
            rs.getInt(2),
            rs.getInt(3),
            rs.getInt(4),
            rs.getBigDecimal(5).setScale(2)
        });
        for (Object[] f : fresh) {
            Object[] old = stored.get((String) f[0]);
            if (old != null
                    && Objects.equals(old[0], f[1])
                    && Objects.equals(old[1], f[2])
                    && Objects.equals(old[2], f[3])
                    && ((BigDecimal) old[3]).compareTo((BigDecimal) f[4]) == 0) {
                continue;
            }
            MapSqlParameterSource row = new MapSqlParameterSource("county", f[0])
                    .addValue("q", quarter.toString())
                    .addValue("recipients", f[1])
                    .addValue("matched", f[2])
                    .addValue("households", f[3])
                    .addValue("amount", f[4])
                    .addValue("job", job)
                    .addValue("at", Timestamp.from(now));
            jdbc.update("delete from dibao_coverage where county_code = :county and quarter = :q", row);
            jdbc.update("""
                    insert into dibao_coverage (county_code, quarter, recipients, matched, households, amount,
                                                import_job_id, imported_at)
                    values (:county, :q, :recipients, :matched, :households, :amount, :job, :at)""", row);
        }
    }
}
