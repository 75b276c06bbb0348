/**
 * The officers' task list over every procedure: scoped queries, claiming, completing, and the form registry. It knows
 * no registry: procedures name what their cases are about through {@link cn.jiandang.tasks.CaseSummaries}.
 */
package cn.jiandang.tasks;
