-- Issue 17: year-end exit lists and village exits on the public board. A year-end list is one row per exiting
-- household (subject_id = the household), an identification or a village exit one row per case (subject_id 0); a
-- village exit has no household category.
alter table public_notice add column subject_id bigint default 0 not null;
alter table public_notice drop constraint uq_public_notice_source;
alter table public_notice add constraint uq_public_notice_subject unique (source, case_id, subject_id);
alter table public_notice alter column category drop not null;
