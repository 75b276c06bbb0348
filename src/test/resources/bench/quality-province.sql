-- A synthetic province 41 of {households} households for timing the data-quality run (QualityRunScaleIT), PostgreSQL
-- only: 10 cities, 100 counties, 1,000 townships, 20,000 villages; three members a household with GB 11643 ID
-- numbers; categories in the shares of a registry after 2020 and about 1 % of each defect the rules look for. Ids
-- from 10,000,000 so that the app's own sequences never meet them. Run once on an empty province.
insert into region (code, parent_code, level, name) values ('410000000000', null, 'PROVINCE', '河南省');
insert into region (code, parent_code, level, name)
select '41' || lpad(c::text, 2, '0') || '00000000', '410000000000', 'CITY', '市' || c from generate_series(1, 10) c;
insert into region (code, parent_code, level, name)
select '41' || lpad(c::text, 2, '0') || lpad(d::text, 2, '0') || '000000', '41' || lpad(c::text, 2, '0') || '00000000',
       'COUNTY', '县' || c || '-' || d
from generate_series(1, 10) c, generate_series(1, 10) d;
insert into region (code, parent_code, level, name)
select substr(code, 1, 6) || t || '000', code, 'TOWNSHIP', name || '乡' || t
from region, generate_series(101, 110) t where level = 'COUNTY' and code like '41%';
insert into region (code, parent_code, level, name)
select substr(code, 1, 9) || v, code, 'VILLAGE', name || '村' || v
from region, generate_series(201, 220) v where level = 'TOWNSHIP' and code like '41%';

create temporary table bench_village as
select code, (row_number() over (order by code) - 1)::int idx from region where level = 'VILLAGE' and code like '41%';
create index on bench_village (idx);

insert into household (id, village_code, category, identification_month, contact_phone, works_away, risk_eliminated,
                       version, created_at, relocated, longitude_before, latitude_before, longitude_after, latitude_after)
select 10000000 + i, v.code,
       case when i % 100 < 40 then null when i % 100 < 85 then 'EXITED' when i % 100 < 90 then 'MONITORED'
            when i % 100 < 94 then 'MARGINAL' when i % 100 < 97 then 'POOR' when i % 100 < 99 then 'NEWLY_POOR'
            else 'RETURNED' end,
       case when i % 100 >= 40 then case when i % 1000 = 997 then date '2019-11-01' else date '2020-03-01' end end,
       case when i % 100 = 7 then '123' else '138' || lpad((i % 100000000)::text, 8, '0') end,
       false, false, 0, now(), i % 50 = 3, case when i % 50 = 3 then 114.5 end, case when i % 50 = 3 then 34.5 end,
       case when i % 50 = 3 and i % 100 <> 53 then 114.6 end, case when i % 50 = 3 and i % 100 <> 53 then 34.6 end
from generate_series(0, {households} - 1) i join bench_village v on v.idx = i % 20000;

insert into member (id, household_id, name, id_number, relation, sex, birth_date, departed, migrant_work)
select 10000000 + n, 10000000 + n / 3, '成员' || n,
       f17 || substr('10X98765432', (substr(f17, 1, 1)::int * 7 + substr(f17, 2, 1)::int * 9 + substr(f17, 3, 1)::int * 10 + substr(f17, 4, 1)::int * 5 + substr(f17, 5, 1)::int * 8 + substr(f17, 6, 1)::int * 4 + substr(f17, 7, 1)::int * 2 + substr(f17, 8, 1)::int * 1 + substr(f17, 9, 1)::int * 6 + substr(f17, 10, 1)::int * 3 + substr(f17, 11, 1)::int * 7 + substr(f17, 12, 1)::int * 9 + substr(f17, 13, 1)::int * 10 + substr(f17, 14, 1)::int * 5 + substr(f17, 15, 1)::int * 8 + substr(f17, 16, 1)::int * 4 + substr(f17, 17, 1)::int * 2) % 11 + 1, 1),
       case n % 3 when 0 then 'HEAD' when 1 then 'SPOUSE' else 'CHILD' end,
       case when ((n / 20000) % 1000) % 2 = 1 then 'MALE' else 'FEMALE' end,
       birth, false, false
from (select n, birth, substr(v.code, 1, 6) || to_char(birth, 'YYYYMMDD') || lpad(((n / 20000) % 1000)::text, 3, '0') f17
      from (select n, date '1950-01-01' + (n % 20000) birth from generate_series(0, 3 * {households} - 1) n) g
      join bench_village v on v.idx = (n / 3) % 20000) x;

insert into household_membership (household_id, member_id)
select household_id, id from member where id >= 10000000;

insert into household_factor (household_id, kind, code)
select id, 'RISK', 'HIGH_EXPENSES' from household
where id >= 10000000 and category in ('MONITORED', 'MARGINAL') and id % 1000 <> 886;

insert into category_change (household_id, from_category, to_category, changed_at, changed_by, procedure)
select id, null, category, now(), 'bench', 'IDENTIFICATION' from household where id >= 10000000 and category is not null;

insert into household_income (household_id, income_year, wages, production, property, transfer, production_costs)
select id, 2019, case when category = 'EXITED' and id % 100 = 41 then 1000 else 20000 end, 0, 0, 0, 0
from household where id >= 10000000 and category is not null and id % 1000 <> 417;

analyze region;
analyze household;
analyze member;
analyze household_membership;
analyze household_factor;
analyze category_change;
analyze household_income;
