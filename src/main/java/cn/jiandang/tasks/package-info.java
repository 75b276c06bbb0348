/**
 * What every procedure shares: the one way to start one ({@code Procedures}) and the variable names all read, the
 * check of a submitted task ({@code CaseTasks}), the shared review steps, and the officers' task list over every
 * procedure: scoped queries, claiming, completing, and the form registry. It knows
 * no registry: procedures name what their cases are about through {@link cn.jiandang.tasks.CaseSummaries}.
 */
package cn.jiandang.tasks;
