-- Daily statistics (R13): summaries written once a day, read by the dashboard and the API instead of counting the
-- registry on every page open. Portable SQL: runs unchanged on H2 and PostgreSQL.

-- Stock at the end of the day and that day's helped / risk-eliminated households, per region of every level
-- (village up to the nation) and category. Sparse: a region without any household of a category has no row.
create table stat_daily_category (
    snapshot_day          date        not null,
    region_level          varchar(10) not null,
    region_code           varchar(12) not null,
    category              varchar(16) not null,
    households            integer     not null,
    persons               integer     not null,
    -- households with an assistance measure recorded by the end of the day, and of them those recorded that day
    helped                integer     not null,
    newly_helped          integer     not null,
    -- monitored and marginal households whose risk was eliminated (R3) by the end of the day, and that day
    risk_eliminated       integer     not null,
    newly_risk_eliminated integer     not null,
    -- the sub-regions of a region on a day: day, level and a code range
    primary key (snapshot_day, region_level, region_code, category)
);
-- one region over a period (the trend)
create index ix_stat_daily_category_region on stat_daily_category (region_code, snapshot_day);

-- Category changes of the day (from category_change): households that entered and left a category, per procedure
create table stat_daily_change (
    snapshot_day date        not null,
    region_level varchar(10) not null,
    region_code  varchar(12) not null,
    category     varchar(16) not null,
    procedure    varchar(32) not null,
    entered      integer     not null,
    left_count   integer     not null,
    primary key (snapshot_day, region_level, region_code, category, procedure)
);
create index ix_stat_daily_change_region on stat_daily_change (region_code, snapshot_day);

-- R2 per county on the day, judged by the decision table monitoringScale as it was then
create table stat_daily_scale (
    snapshot_day            date        not null,
    county_code             varchar(12) not null,
    registered_poor_persons integer     not null,
    monitored_persons       integer     not null,
    deep_poverty            boolean     not null,
    limit_percent           integer     not null,
    status                  varchar(8)  not null,
    primary key (snapshot_day, county_code)
);

-- One row per computed day: when, by whom and how long. A snapshot computed after its day ended is final.
create table stat_daily_run (
    snapshot_day date        not null primary key,
    computed_at  timestamp   not null,
    computed_by  varchar(64) not null,
    triggered_by varchar(16) not null,
    households   integer     not null,
    duration_ms  bigint      not null
);

-- The row every node locks (select ... for update) before computing: one computation at a time in a cluster
create table stat_job_lock (
    name varchar(32) not null primary key
);
insert into stat_job_lock (name) values ('daily-snapshot');

-- the changes of a day are read by time; the day's end finds the households changed since
create index ix_category_change_changed_at on category_change (changed_at);
create index ix_risk_elimination_case_status on risk_elimination_case (status, household_id);
