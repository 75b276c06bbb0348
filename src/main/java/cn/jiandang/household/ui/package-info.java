/**
 * The household list and page: members, incomes, versions, audit, the procedure timeline, and the household beside a
 * task's form (a {@link cn.jiandang.tasks.ui.TaskAside}); and the page's extension points that procedures fill
 * ({@link cn.jiandang.household.ui.HouseholdAction}, {@link cn.jiandang.household.ui.HouseholdSection},
 * {@link cn.jiandang.household.ui.ActionDialog}), exposed to other modules as the named interface {@code ui}.
 */
@NamedInterface("ui")
package cn.jiandang.household.ui;

import org.springframework.modulith.NamedInterface;
