/**
 * Adjusting townships and villages to reality (据实调整) with their households: renames, merges, moves and splits
 * with validity dates, each household keeping the village it belonged to on any date. Built on the registry core;
 * exposed to other modules as the named interface {@code adjustment}.
 */
@NamedInterface("adjustment")
package cn.jiandang.household.adjustment;

import org.springframework.modulith.NamedInterface;
