/**
 * Natural changes (自然变更: birth, death, marriage in and out, other moves), marked to the month and changing a
 * household's membership with its history (R11). Built on the registry core; exposed to other modules as the named
 * interface {@code naturalchange}.
 */
@NamedInterface("naturalchange")
package cn.jiandang.household.naturalchange;

import org.springframework.modulith.NamedInterface;
