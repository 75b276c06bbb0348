package cn.jiandang.household.internal;

import cn.jiandang.household.Category;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.function.Consumer;

/**
 * The year-end income rows of a region subtree (R3, R6) in one set-based statement: the households of the exiting
 * categories (a range of the (village_code, category) index), their net income of the year (one join) and their size
 * at the counting date (one grouped pass over their memberships), instead of a membership count per household. Rows
 * are streamed to the caller in (village, id) order, 1,000 at a time from the server, never a province in a list.
 */
@Component
public class ExitIncomes {

    private static final String SQL = """
            select h.id, h.village_code, h.category,
                   i.wages + i.production + i.property + i.transfer - i.production_costs as net_income,
                   coalesce(s.size, 0) as size
            from household h
            left join household_income i on i.household_id = h.id and i.income_year = :year
            left join (select m.household_id, count(*) as size
                       from household_membership m
                       join household hm on hm.id = m.household_id
                       where hm.village_code between :lower and :upper and hm.category in (:categories)
                         and (m.joined_month is null or m.joined_month <= :month)
                         and (m.left_month is null or m.left_month > :month)
                       group by m.household_id) s on s.household_id = h.id
            where h.village_code between :lower and :upper and h.category in (:categories)
            order by h.village_code, h.id
            """;

    private final NamedParameterJdbcTemplate jdbc;

    ExitIncomes(DataSource dataSource) {
        JdbcTemplate streaming = new JdbcTemplate(dataSource);
        // with PostgreSQL a fetch size inside a transaction makes the driver read by cursor
        streaming.setFetchSize(1000);
        this.jdbc = new NamedParameterJdbcTemplate(streaming);
    }

    /** Each household of the categories in [lower, upper] with its income of the year and size on {@code month}. */
    public void forEach(
            String lower,
            String upper,
            Collection<Category> categories,
            int year,
            LocalDate month,
            Consumer<IncomeRow> each) {
        MapSqlParameterSource p = new MapSqlParameterSource()
                .addValue("lower", lower)
                .addValue("upper", upper)
                .addValue("categories", categories.stream().map(Enum::name).toList())
                .addValue("year", year)
                .addValue("month", Date.valueOf(month));
        jdbc.query(SQL, p, rs -> {
            each.accept(new IncomeRow(
                    rs.getLong("id"),
                    rs.getString("village_code"),
                    Category.valueOf(rs.getString("category")),
                    rs.getBigDecimal("net_income"),
                    rs.getLong("size")));
        });
    }
}
