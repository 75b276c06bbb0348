-- Early warning in the daily statistics: per region of every level and day, the warnings raised that day, and those
-- verified that day as no risk or turned into an identification. Sparse: a region without any has no row.
create table stat_daily_warning (
    snapshot_day date        not null,
    region_level varchar(10) not null,
    region_code  varchar(12) not null,
    raised       integer     not null,
    no_risk      integer     not null,
    identified   integer     not null,
    primary key (snapshot_day, region_level, region_code)
);
create index ix_stat_daily_warning_region on stat_daily_warning (region_code, snapshot_day);
