-- Year-end exit reads the registry's incomes (R6): the round keeps the poverty line of its year and how many
-- households were left out (no per-capita income for the year, or at or below the line); each candidate keeps its per-capita
-- net income as read at the opening and the securities (两不愁三保障) the officials found NOT secure.
alter table year_end_round add column poverty_line decimal(14, 2);
alter table year_end_round add column without_income integer not null default 0;
alter table year_end_round add column at_or_below_line integer not null default 0;
alter table year_end_candidate add column per_capita_income decimal(14, 2);
-- comma-separated codes: SCHOOLING, MEDICAL, HOUSING, DRINKING_WATER; null when none was found insecure
alter table year_end_candidate add column insecure varchar(80);

-- Poor villages (贫困村): only a flagged village may be proposed for exit; the announced exit records the year.
alter table region_attribute add column poor_village boolean not null default false;
alter table region_attribute add column poor_village_exit_year integer;
