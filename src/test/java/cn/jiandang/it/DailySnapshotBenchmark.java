package cn.jiandang.it;

import cn.jiandang.security.SystemActor;
import cn.jiandang.statistics.DailySnapshotJob;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Not run by CI (no *IT name): times the daily snapshot of a synthetic province of {@code bench.households}
 * (default 1 000 000) households, loaded once with generate_series into the test database (province 14, 110 counties,
 * 23 100 villages, 1–5 members each, memberships, category history, assistance measures and risk eliminations):
 * {@code JIANDANG_TEST_DB_URL=… ./mvnw -o verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false
 * -Dit.test=DailySnapshotBenchmark}. The target: ≤ 60 s.
 */
@PostgresAppTest
class DailySnapshotBenchmark {

    @Autowired
    DailySnapshotJob job;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aProvinceOfAMillionHouseholds() {
        int size = Integer.getInteger("bench.households", 1_000_000);
        long loaded = jdbc.queryForObject("select count(*) from household where village_code like '14%'", Long.class);
        if (loaded < size) {
            long started = System.nanoTime();
            load(size);
            System.out.printf(
                    "[bench] loaded %d households in %d s%n", size, (System.nanoTime() - started) / 1_000_000_000);
        }
        LocalDate today = job.today();
        for (int run = 1; run <= 3; run++) {
            long started = System.nanoTime();
            long counted = SystemActor.call(() -> job.compute(today));
            System.out.printf(
                    "[bench] snapshot run %d: %d households (all provinces) in %d ms%n",
                    run, counted, (System.nanoTime() - started) / 1_000_000);
        }
        List<Map<String, Object>> direct = jdbc.queryForList("""
                select category, count(*) as n from household where village_code like '14%' and category is not null
                group by category order by category""");
        List<Map<String, Object>> snapshot = jdbc.queryForList("""
                select category, households as n from stat_daily_category
                where snapshot_day = ? and region_code = '140000000000' order by category""", today);
        assertThat(snapshot.toString()).isEqualTo(direct.toString());
    }

    private void load(int size) {
        jdbc.execute("""
                insert into region (code, parent_code, level, name, deep_poverty)
                values ('140000000000', null, 'PROVINCE', '基准省', false) on conflict do nothing""");
        jdbc.execute("""
                insert into region (code, parent_code, level, name, deep_poverty)
                select '14' || lpad(c::text, 2, '0') || '00000000', '140000000000', 'CITY', '基准市' || c, false
                from generate_series(1, 11) c on conflict do nothing""");
        jdbc.execute("""
                insert into region (code, parent_code, level, name, deep_poverty)
                select '14' || lpad(c::text, 2, '0') || lpad(k::text, 2, '0') || '000000',
                       '14' || lpad(c::text, 2, '0') || '00000000', 'COUNTY', '基准县' || c || '-' || k, k % 4 = 0
                from generate_series(1, 11) c, generate_series(1, 10) k on conflict do nothing""");
        jdbc.execute("""
                insert into region (code, parent_code, level, name, deep_poverty)
                select substr(r.code, 1, 6) || (99 + t)::text || '000', r.code, 'TOWNSHIP', r.name || '镇' || t, false
                from region r, generate_series(1, 15) t where r.level = 'COUNTY' and r.code like '14%'
                on conflict do nothing""");
        jdbc.execute("""
                insert into region (code, parent_code, level, name, deep_poverty)
                select substr(r.code, 1, 9) || (200 + v)::text, r.code, 'VILLAGE', r.name || '村' || v, false
                from region r, generate_series(1, 14) v where r.level = 'TOWNSHIP' and r.code like '14%'
                on conflict do nothing""");
        jdbc.update("""
                insert into household (village_code, category, contact_phone, works_away, risk_eliminated, version,
                                       created_at)
                select v.codes[1 + g % array_length(v.codes, 1)],
                       case when g % 20 < 6 then 'POOR' when g % 20 < 12 then 'EXITED' when g % 20 < 14 then 'NEWLY_POOR'
                            when g % 20 = 14 then 'RETURNED' when g % 20 = 15 then 'MONITORED'
                            when g % 20 < 18 then 'MARGINAL' end,
                       '13800000000', false, g % 20 in (15, 16) and g % 7 = 0, 0, now() - interval '400 days'
                from generate_series(1, ?) g,
                     (select array_agg(code order by code) as codes from region
                      where level = 'VILLAGE' and code like '14%') v""", size);
        jdbc.execute("""
                insert into member (household_id, name, id_number, relation, sex, birth_date)
                select h.id, '成员', 'B' || lpad(h.id::text, 12, '0') || lpad(k::text, 2, '0') || '000',
                       case when k = 1 then 'HEAD' else 'OTHER' end, 'MALE', date '1970-01-01'
                from household h, generate_series(1, 1 + (h.id % 5)::int) k where h.village_code like '14%'""");
        jdbc.execute("""
                insert into household_membership (household_id, member_id)
                select m.household_id, m.id from member m join household h on h.id = m.household_id
                where h.village_code like '14%'""");
        jdbc.execute("""
                insert into category_change (household_id, from_category, to_category, changed_at, changed_by, procedure)
                select id, null, category, created_at, 'bench', 'MIGRATION' from household
                where village_code like '14%' and category is not null""");
        // the day's work: one household in a hundred changed category today
        jdbc.execute("""
                insert into category_change (household_id, from_category, to_category, changed_at, changed_by, procedure)
                select id, case when category = 'EXITED' then 'POOR' else null end, category, now(), 'bench',
                       case when category = 'EXITED' then 'YEAR_END_EXIT' else 'IDENTIFICATION' end
                from household where village_code like '14%' and category is not null and id % 100 = 3""");
        jdbc.execute("""
                insert into assistance_plan (household_id, village_code, category, helper_name, review_group, status,
                                             assigned_by, assigned_at)
                select id, village_code, category, '帮扶人', 'TOWNSHIP_OFFICER:' || substr(village_code, 1, 9), 'OPEN',
                       'bench', now() - interval '30 days'
                from household where village_code like '14%' and category in ('POOR', 'NEWLY_POOR', 'RETURNED',
                     'MONITORED', 'MARGINAL') and id % 3 = 0""");
        jdbc.execute("""
                insert into assistance_measure (plan_id, type, description, status, recorded_by, recorded_at)
                select p.id, 'EMPLOYMENT', '务工', 'RECORDED', 'bench', now() - ((p.id % 20) || ' days')::interval
                from assistance_plan p join household h on h.id = p.household_id where h.village_code like '14%'""");
        jdbc.execute("""
                insert into risk_elimination_case (household_id, village_code, category, status, proposed_by, proposed_at,
                                                   decided_by, decided_at)
                select id, village_code, category, 'ELIMINATED', 'bench', now() - interval '60 days', 'bench',
                       now() - ((id % 40) || ' days')::interval
                from household where village_code like '14%' and risk_eliminated = true""");
        jdbc.execute("analyze");
    }
}
