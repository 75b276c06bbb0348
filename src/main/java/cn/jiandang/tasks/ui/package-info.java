/** The task list and the task page: the officer's inbox, a step's form beside its case, bulk completion and hand-over dialogs. */
package cn.jiandang.tasks.ui;
