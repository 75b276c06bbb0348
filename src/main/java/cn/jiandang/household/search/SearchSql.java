package cn.jiandang.household.search;

import cn.jiandang.household.IdNumber;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * The SQL of a household query, built from bound parameters only. Every query is a range of the index (village_code,
 * id) of the scope, in that order; a name prefix is a range of the member-name index (varchar_pattern_ops on
 * PostgreSQL), an ID number one entry of the unique index, each a semi-join to the household; the planner starts
 * from whichever side is smaller. Procedures mark their one open case per household in {@code open_household_id}
 * (unique), which answers "has an open procedure" by index.
 */
final class SearchSql {

    private final StringBuilder where = new StringBuilder();
    private final MapSqlParameterSource params = new MapSqlParameterSource();

    private SearchSql() {}

    /** The conditions of the query (its text already read as an ID number or a name prefix). */
    static SearchSql of(HouseholdQuery q, IdNumber idNumber, String namePrefix) {
        SearchSql s = new SearchSql();
        s.where.append(" where h.village_code between :lower and :upper");
        s.params
                .addValue("lower", q.scope().lowerBound())
                .addValue("upper", q.scope().upperBound());
        if (idNumber != null) {
            s.where.append(" and h.id in (select m.household_id from member m"
                    + " where m.id_number = :idNumber and m.departed = false)");
            s.params.addValue("idNumber", idNumber.value());
        } else if (namePrefix != null) {
            // the literal departed = false lets PostgreSQL use its partial index of current members
            s.where.append(" and h.id in (select m.household_id from member m"
                    + " where m.name like :prefix escape '!' and m.departed = false)");
            s.params.addValue("prefix", escape(namePrefix) + "%");
        }
        if (q.ordinary()) {
            s.where.append(" and h.category is null");
        } else if (q.category() != null) {
            s.where.append(" and h.category = :category");
            s.params.addValue("category", q.category().name());
        }
        if (q.factor() != null) {
            s.where.append(" and exists (select 1 from household_factor f"
                    + " where f.household_id = h.id and f.code = :factor)");
            s.params.addValue("factor", q.factor().name());
        }
        if (q.relocated() != null) {
            s.where.append(" and h.relocated = :relocated");
            s.params.addValue("relocated", q.relocated());
        }
        if (q.riskEliminated() != null) {
            s.where.append(" and h.risk_eliminated = :riskEliminated");
            s.params.addValue("riskEliminated", q.riskEliminated());
        }
        if (q.openProcedure() != null) {
            s.where
                    .append(q.openProcedure() ? " and " : " and not ")
                    .append("(exists (select 1 from identification_case c where c.open_household_id = h.id)"
                            + " or exists (select 1 from risk_elimination_case r where r.open_household_id = h.id))");
        }
        return s;
    }

    /** One page in list order after the cursor (null: from the start), one row more than asked to see if more follow. */
    String page(SearchCursor after, int size) {
        StringBuilder sql = new StringBuilder("select h.id, h.village_code from household h").append(where);
        if (after != null) {
            sql.append(" and (h.village_code, h.id) > (:afterVillage, :afterId)");
            params.addValue("afterVillage", after.villageCode()).addValue("afterId", after.id());
        }
        params.addValue("limit", size + 1);
        return sql.append(" order by h.village_code, h.id limit :limit").toString();
    }

    /** The number of matches up to {@code cap} + 1: reading stops there whatever the region's size. */
    String cappedCount(int cap) {
        params.addValue("capPlusOne", cap + 1);
        return "select count(*) from (select 1 from household h" + where + " limit :capPlusOne) t";
    }

    MapSqlParameterSource params() {
        return params;
    }

    /** A name is matched as written: % and _ in it are letters, not wildcards. */
    private static String escape(String prefix) {
        return prefix.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
