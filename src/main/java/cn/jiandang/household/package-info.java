/**
 * Households and members of the archive (建档立卡户). This package is the registry core and its vocabulary, the
 * module's API: {@link cn.jiandang.household.HouseholdService} (register, read, change category), the codes
 * ({@link cn.jiandang.household.Category}, {@link cn.jiandang.household.PovertyFactor}, relations, natural-change
 * kinds…) and value types. Its persistence is in {@code internal}; the other parts are sub-packages built on the
 * core, never the reverse, each a Spring Modulith named interface: {@code naturalchange}, {@code correction} (R7),
 * {@code basedata} (incomes, relocation, versions, edits), {@code adjustment} (villages), {@code counts}, {@code project},
 * {@code search} (finding households and people),
 * {@code ui} (the household pages and their extension points); {@code api} is the REST adapter.
 */
package cn.jiandang.household;
