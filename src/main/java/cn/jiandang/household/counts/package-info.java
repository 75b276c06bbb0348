/**
 * Counts of the registry for dashboards and the procedures' rules (R2 monitoring scale): households and persons per
 * category under a region, each one grouped range query. Reads the core's tables only; exposed to other modules as the
 * named interface {@code counts}.
 */
@NamedInterface("counts")
package cn.jiandang.household.counts;

import org.springframework.modulith.NamedInterface;
