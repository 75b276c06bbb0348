-- Issue 14: the task list reads an indexed table of our own instead of the engine's task query (which filters the
-- region with LIKE over ACT_RU_VARIABLE / ACT_RU_IDENTITYLINK, so a village's list costs as much as the province's).
-- One row per open user task, written in the engine's own transaction by the tasks module's task listener
-- (TaskProjection) and rebuilt from the engine's API when empty (ProjectionRebuild). Portable SQL (H2, PostgreSQL).
create table open_task (
    task_id               varchar(64)  not null primary key,
    process_instance_id   varchar(64)  not null,
    process_definition_id varchar(64)  not null,
    process_key           varchar(64)  not null,
    step_key              varchar(64)  not null,
    name                  varchar(255),
    case_id               bigint,
    household_id          bigint,
    -- the 12-digit region the case is about (the village filter)
    region_code           varchar(12),
    -- the deepest region among the candidate groups (ROLE:prefix, padded to 12 digits): the region tab's range
    group_region          varchar(12),
    candidate_groups      varchar(1000),
    assignee              varchar(64),
    created               timestamp    not null,
    due                   timestamp,
    -- due, or 9999-12-31 when none: the not-null first key of the default order (the most urgent first)
    sort_due              timestamp    not null
);
-- region tab: a region subtree is one range; within a village one value, so its pages come in index order
create index ix_open_task_region on open_task (group_region, sort_due, created, task_id);
-- mine: the tasks claimed by the officer
create index ix_open_task_assignee on open_task (assignee, sort_due, created, task_id);
-- the village filter
create index ix_open_task_case_region on open_task (region_code);

-- the candidate groups of each open task, one row each: "offered to one of my groups" is an index lookup per group
create table open_task_group (
    group_id varchar(255) not null,
    task_id  varchar(64)  not null,
    primary key (group_id, task_id)
);
create index ix_open_task_group_task on open_task_group (task_id);
