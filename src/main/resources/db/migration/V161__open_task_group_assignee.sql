-- "Offered to my group and unclaimed" read from the group's index alone (issue 14, P3): the capped count of a county's
-- inbox reads up to a thousand index entries instead of looking up each task's row for its assignee. The assignee
-- comes last: a group's walk stays in the list's order and skips the claimed entries inside the index.
alter table open_task_group add column assignee varchar(64);
update open_task_group g set assignee = (select t.assignee from open_task t where t.task_id = g.task_id);
drop index ix_open_task_group_order;
create index ix_open_task_group_order on open_task_group (group_id, sort_due, created, task_id, assignee);
