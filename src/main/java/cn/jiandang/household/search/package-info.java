/**
 * Finding households and people in a region of any size: name prefix (head or any member), full ID number, category,
 * cause or risk, relocation, risk eliminated and open procedures, paged by key in the database. Built on the registry
 * core; exposed to other modules as the named interface {@code search}.
 */
@NamedInterface("search")
package cn.jiandang.household.search;

import org.springframework.modulith.NamedInterface;
