package cn.jiandang.warning;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

/**
 * The decision's inputs of the households an import touched, in one grouped query: only households with a signal of
 * the import and no open warning (those were attached to it), their signals of the 12 months up to today, and the net
 * income of their last recorded year before this one.
 */
@Component
class WarningInputs {

    private final NamedParameterJdbcTemplate jdbc;

    WarningInputs(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<HouseholdInputs> ofImport(long job, LocalDate today) {
        MapSqlParameterSource p = new MapSqlParameterSource("job", job)
                .addValue("since", Date.valueOf(today.minusMonths(12)))
                .addValue("year", today.getYear());
        return jdbc.query(
                """
                select h.id, h.village_code, h.category,
                       coalesce(sum(case when s.source = 'MEDICAL' then s.amount end), 0),
                       coalesce(sum(case when s.source = 'DISASTER' then s.amount end), 0),
                       max(i.wages + i.production + i.property + i.transfer - i.production_costs),
                       max(case when s.source = 'DISABILITY' then 1 else 0 end),
                       max(case when s.source = 'UNEMPLOYMENT' then 1 else 0 end),
                       max(case when s.source = 'DIBAO_CANCELLED' then 1 else 0 end)
                from household h
                join warning_signal s on s.household_id = h.id and s.signal_date > :since
                left join household_income i on i.household_id = h.id
                     and i.income_year = (select max(y.income_year) from household_income y
                                          where y.household_id = h.id and y.income_year < :year)
                where h.id in (select j.household_id from warning_signal j where j.import_job_id = :job)
                  and not exists (select 1 from warning w where w.open_household_id = h.id)
                group by h.id, h.village_code, h.category
                order by h.id
                """,
                p,
                (rs, i) -> new HouseholdInputs(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getBigDecimal(4),
                        rs.getBigDecimal(5),
                        rs.getBigDecimal(6),
                        rs.getInt(7) == 1,
                        rs.getInt(8) == 1,
                        rs.getInt(9) == 1));
    }
}
