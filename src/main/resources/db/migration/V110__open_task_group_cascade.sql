-- Issue 14 (P1): a completed task's groups go with its row in the same statement (one delete instead of two per
-- completion). Rows of groups whose task is gone cannot exist afterwards; any left by an interrupted rebuild go first.
delete from open_task_group where task_id not in (select task_id from open_task);
alter table open_task_group
    add constraint fk_open_task_group_task foreign key (task_id) references open_task (task_id) on delete cascade;
