package cn.jiandang.it;

import cn.jiandang.household.search.SearchContract;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.ConnectionCallback;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search contract on PostgreSQL, and the indexes it is planned on: the name prefix through the partial
 * varchar_pattern_ops index of current members, pages through (village_code, id).
 */
@PostgresAppTest
class HouseholdSearchPostgresIT extends SearchContract {

    @Test
    void theNamePrefixAndThePagesAreServedByTheirIndexes() {
        List<Map<String, Object>> indexes = jdbc.queryForList(
                "select indexname, indexdef from pg_indexes where tablename in ('member', 'household')");
        assertThat(indexes)
                .anySatisfy(i -> assertThat((String) i.get("indexdef"))
                        .contains("ix_member_name_prefix")
                        .contains("varchar_pattern_ops")
                        .contains("WHERE (departed = false)"))
                .anySatisfy(i -> assertThat((String) i.get("indexdef"))
                        .contains("ix_household_village_id")
                        .contains("(village_code, id)"));
        // a small table may be read whole; what matters is that the planner can range-scan by the prefix
        String plan = jdbc.execute((ConnectionCallback<String>) c -> {
            try (var st = c.createStatement()) {
                st.execute("set enable_seqscan = off");
                StringBuilder lines = new StringBuilder();
                try (var rs = st.executeQuery(
                        "explain select m.household_id from member m where m.name like '王建%' and m.departed = false")) {
                    while (rs.next()) {
                        lines.append(rs.getString(1)).append('\n');
                    }
                }
                st.execute("set enable_seqscan = on");
                return lines.toString();
            }
        });
        assertThat(plan).contains("ix_member_name_prefix").contains("~>=~");
    }
}
