-- The step (engine task) an attachment was uploaded at, so that the timeline shows it beside that step.
-- Null for attachments stored before this column existed or outside a task.
alter table attachment add column task_id varchar(64);
create index ix_attachment_task on attachment (task_id);
