-- Task lists at a million open tasks (issue 14, P3): each list page walks an index in the list's own order and stops
-- after a page, instead of gathering a county's tasks and sorting them.

-- "Offered to my group": the group's tasks in the default order (due, created, id), so that a group of thousands of
-- tasks gives its most urgent fifty by reading fifty index entries. The order's columns are copies of the task's.
alter table open_task_group add column sort_due timestamp;
alter table open_task_group add column created timestamp;
update open_task_group g
set sort_due = (select t.sort_due from open_task t where t.task_id = g.task_id),
    created  = (select t.created from open_task t where t.task_id = g.task_id);
alter table open_task_group alter column sort_due set not null;
alter table open_task_group alter column created set not null;
create index ix_open_task_group_order on open_task_group (group_id, sort_due, created, task_id);

-- The region tab of a county or province: its range holds thousands of tasks in many group regions, so the range
-- index cannot give them in order; walking the order with the region in the index finds the first page's rows among
-- the first hundreds of entries (a village's one region still reads ix_open_task_region).
create index ix_open_task_order on open_task (sort_due, created, task_id, group_region);
