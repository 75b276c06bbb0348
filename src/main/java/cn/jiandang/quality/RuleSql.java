package cn.jiandang.quality;

import java.util.Map;

import static cn.jiandang.quality.IdNumberSql.invalid;
import static cn.jiandang.quality.IdNumberSql.masked;
import static cn.jiandang.quality.IdNumberSql.mismatch;

/**
 * Each rule as one set-based SELECT of (household_id, village_code, message) over the households whose village lies
 * in {@code :lo..:hi} (a range of the household's village index): at most one row per household, every message in
 * Chinese with personal numbers masked. Portable SQL: the same statement runs on H2 and PostgreSQL 15.
 */
final class RuleSql {

    /** The county of a village code, as the problem lists group by it. */
    static final String COUNTY_OF_VILLAGE = "substring(h.village_code, 1, 6) || '000000'";

    private static final String RANGE = "h.village_code between :lo and :hi";
    private static final String CURRENT = "m.household_id = h.id and m.departed = false";
    private static final String IDENTIFIED = "('POOR', 'NEWLY_POOR', 'RETURNED', 'MONITORED', 'MARGINAL')";
    /** Members on 30 September of the income year (R6), by the year and month of joining and leaving. */
    private static final String SIZE_AT_COUNTING = "(select count(*) from household_membership ms"
            + " where ms.household_id = h.id"
            + " and (ms.joined_month is null or extract(year from ms.joined_month) * 100"
            + " + extract(month from ms.joined_month) <= i.income_year * 100 + 9)"
            + " and (ms.left_month is null or extract(year from ms.left_month) * 100"
            + " + extract(month from ms.left_month) > i.income_year * 100 + 9))";

    private static final String CATEGORY_LABEL = "case h.category when 'POOR' then '贫困户' when 'NEWLY_POOR'"
            + " then '新致贫户' when 'RETURNED' then '返贫户' when 'MONITORED' then '脱贫监测户' when 'MARGINAL' then '边缘户'"
            + " when 'EXITED' then '脱贫户' else '一般农户' end";

    static final Map<QualityRule, String> SQL = Map.ofEntries(
            Map.entry(
                    QualityRule.Q01, """
                    select h.id, h.village_code,
                           '有 ' || count(*) || ' 名成员的身份证号码不符合GB 11643，如 ' || %s
                    from household h join member m on %s
                    where %s and %s = 1
                    group by h.id, h.village_code""".formatted(masked("min(m.id_number)"), CURRENT, RANGE, invalid("m.id_number"))),
            Map.entry(QualityRule.Q02, """
                    select h.id, h.village_code,
                           '有 ' || count(*) || ' 名成员的性别或出生日期与身份证号码不一致，如 ' || %s
                    from household h join member m on %s
                    where %s and %s = 1
                    group by h.id, h.village_code""".formatted(
                    masked("min(m.id_number)"), CURRENT, RANGE, mismatch("m.id_number", "m.sex", "m.birth_date"))),
            Map.entry(QualityRule.Q03, """
                    select h.id, h.village_code, '成员 ' || %s || ' 同时属于另一户'
                    from household h join household_membership ms on ms.household_id = h.id and ms.left_month is null
                    join member m on m.id = ms.member_id
                    where %s and (exists (select 1 from household_membership o where o.member_id = ms.member_id
                                          and o.left_month is null and o.household_id <> ms.household_id)
                                  or exists (select 1 from member d where d.id_number = m.id_number and d.id <> m.id))
                    group by h.id, h.village_code""".formatted(masked("min(m.id_number)"), RANGE)),
            Map.entry(QualityRule.Q04, """
                    select h.id, h.village_code, '户内没有户主（现有成员中无“户主”）'
                    from household h
                    where %s and not exists (select 1 from member m where %s and m.relation = 'HEAD')""".formatted(RANGE, CURRENT)),
            Map.entry(QualityRule.Q05, """
                    select h.id, h.village_code, '户内有 ' || count(*) || ' 名户主'
                    from household h join member m on %s and m.relation = 'HEAD'
                    where %s
                    group by h.id, h.village_code having count(*) > 1""".formatted(CURRENT, RANGE)),
            Map.entry(QualityRule.Q06, """
                    select h.id, h.village_code,
                           case when h.contact_phone is null or trim(h.contact_phone) = '' then '联系电话未填写'
                                else '联系电话格式不正确：应为11位手机号码或带区号的固定电话' end
                    from household h
                    where %s and (h.contact_phone is null or not regexp_like(trim(h.contact_phone),
                                  '^(1[3-9][0-9]{9}|0[0-9]{2,3}-?[0-9]{7,8})$'))""".formatted(RANGE)),
            Map.entry(QualityRule.Q07, """
                    select x.id, x.village_code,
                           '脱贫户 ' || x.income_year || ' 年人均纯收入 ' || cast(x.net / x.size as decimal(14, 2))
                           || ' 元，不高于贫困线 ' || cast(:line as decimal(14, 2)) || ' 元'
                    from (select h.id, h.village_code, i.income_year,
                                 i.wages + i.production + i.property + i.transfer - i.production_costs net, %s size
                          from household h join household_income i on i.household_id = h.id
                          where %s and h.category = 'EXITED'
                            and i.income_year = (select max(i2.income_year) from household_income i2
                                                 where i2.household_id = h.id)) x
                    where x.size > 0 and x.net <= :line * x.size""".formatted(SIZE_AT_COUNTING, RANGE)),
            Map.entry(QualityRule.Q08, """
                    select h.id, h.village_code,
                           case when h.identification_month is null then %s || '没有识别月份，无法确定收入计算周期'
                                else %s || '没有 ' || (extract(year from h.identification_month) - 1)
                                     || ' 年度收入（收入计算周期自识别月份的上一年起）' end
                    from household h
                    where %s and h.category in %s
                      and (h.identification_month is null
                           or not exists (select 1 from household_income i where i.household_id = h.id
                                          and i.income_year = extract(year from h.identification_month) - 1))""".formatted(CATEGORY_LABEL, CATEGORY_LABEL, RANGE, IDENTIFIED)),
            Map.entry(QualityRule.Q09, """
                    select h.id, h.village_code, %s || '没有登记风险'
                    from household h
                    where %s and h.category in ('MONITORED', 'MARGINAL')
                      and not exists (select 1 from household_factor f where f.household_id = h.id and f.kind = 'RISK')""".formatted(CATEGORY_LABEL, RANGE)),
            Map.entry(QualityRule.Q10, """
                    select h.id, h.village_code,
                           case when h.risk_eliminated then '标注了“风险已消除”，但没有通过的风险消除办理'
                                else '风险消除已通过，但“风险已消除”仍为否' end
                    from household h
                    where %s and h.category in ('MONITORED', 'MARGINAL')
                      and h.risk_eliminated <> case when exists (select 1 from risk_elimination_case r
                              where r.household_id = h.id and r.status = 'ELIMINATED') then true else false end""".formatted(RANGE)),
            Map.entry(QualityRule.Q11, """
                    select h.id, h.village_code,
                           case when h.longitude_before is null or h.latitude_before is null then '缺少搬迁前的经纬度'
                                else '缺少搬迁后的经纬度' end
                    from household h
                    where %s and h.relocated and (h.longitude_before is null or h.latitude_before is null
                                                  or h.longitude_after is null or h.latitude_after is null)""".formatted(RANGE)),
            Map.entry(QualityRule.Q12, """
                    select h.id, h.village_code, %s || '识别月份为 ' || extract(year from h.identification_month) || '年'
                           || extract(month from h.identification_month) || '月，应更正为2019年9月'
                    from household h
                    where %s and h.category in ('NEWLY_POOR', 'RETURNED')
                      and h.identification_month >= date '2019-10-01' and h.identification_month < date '2020-01-01'""".formatted(CATEGORY_LABEL, RANGE)),
            Map.entry(QualityRule.Q13, """
                    select h.id, h.village_code, '有 ' || count(*) || ' 条自然变更的月份在2019年10至12月，应更正为2019年9月'
                    from household h join natural_change nc on nc.household_id = h.id
                    join member m on m.id = nc.member_id
                    where %s and nc.change_month >= date '2019-10-01' and nc.change_month < date '2020-01-01'
                      and not (nc.kind = 'BIRTH' and m.birth_date >= date '2019-10-01'
                               and m.birth_date < date '2020-01-01')
                    group by h.id, h.village_code""".formatted(RANGE)),
            Map.entry(QualityRule.Q14, """
                    select g.household_id, g.village_code, min(g.message)
                    from (select h.id household_id, h.village_code,
                                 '当前类别为' || %s || '，与最近一次类别变更的结果不符' message
                          from household h
                          where %s and coalesce(h.category, '-') <> coalesce(
                                (select c.to_category from category_change c where c.id =
                                    (select max(c2.id) from category_change c2 where c2.household_id = h.id)), '-')
                          union all
                          select x.household_id, x.village_code, '类别变更记录不连续：变更前类别与上一次变更结果不符'
                          from (select c.household_id, h.village_code, coalesce(c.from_category, '-') from_category,
                                       lag(c.to_category, 1, '-') over (partition by c.household_id order by c.id) prev_to
                                from category_change c join household h on h.id = c.household_id
                                where %s) x
                          where x.from_category <> x.prev_to) g
                    group by g.household_id, g.village_code""".formatted(CATEGORY_LABEL, RANGE, RANGE)),
            Map.entry(QualityRule.Q15, """
                    select h.id, h.village_code, '一般农户有 ' || count(*) || ' 名成员在 ' || min(r.quarter)
                           || ' 领取低保，未纳入任何类别，请核实'
                    from household h join member m on %s join dibao_receipt r on r.id_number = m.id_number
                    where %s and h.category is null
                      and r.quarter = (select max(c.quarter) from dibao_coverage c where c.county_code = %s)
                    group by h.id, h.village_code""".formatted(CURRENT, RANGE, COUNTY_OF_VILLAGE)),
            Map.entry(QualityRule.Q16, """
                    select h.id, h.village_code, %s || '在 ' || q.quarter || ' 没有成员领取低保，请核实是否应纳入低保'
                    from household h
                    join (select county_code, max(quarter) quarter from dibao_coverage group by county_code) q
                      on q.county_code = %s
                    where %s and h.category in %s
                      and not exists (select 1 from member m join dibao_receipt r on r.id_number = m.id_number
                                      where %s and r.quarter = q.quarter)""".formatted(CATEGORY_LABEL, COUNTY_OF_VILLAGE, RANGE, IDENTIFIED, CURRENT)));

    private RuleSql() {}
}
