/** The officers' task list over every procedure: scoped queries, claiming, completing, and the form registry. */
package cn.jiandang.tasks;
