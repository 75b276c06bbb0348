-- Name search (issue 11) on the embedded default: H2 turns LIKE 'prefix%' into a range on this index.
-- (PostgreSQL has its own version of this migration with varchar_pattern_ops and only current members.)
create index ix_member_name_prefix on member (name, household_id);
