-- The 低保 quarterly exchange (R15) on the import machinery: how many rows of a file matched no member of the archive,
-- and the rows of each 低保 file as read (kept per job: the set-based apply reads them, and the report of rows that
-- matched nobody names their lines). Portable SQL: runs unchanged on H2 and PostgreSQL.
alter table import_job add column rows_unmatched integer not null default 0;

create table dibao_import_row (
    job_id      bigint         not null references import_job (id),
    line        integer        not null,
    id_number   varchar(18)    not null,
    -- a bad row keeps its person's receipt of the quarter as it was: it is never taken for "no longer receiving"
    valid       boolean        not null,
    name        varchar(50),
    county_code varchar(12),
    amount      decimal(14, 2),
    start_date  date,
    end_date    date,
    primary key (job_id, line)
);
create index ix_dibao_import_row_id on dibao_import_row (job_id, id_number);
