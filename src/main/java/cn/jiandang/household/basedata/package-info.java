/**
 * The base data beyond members and category: incomes (R5, R6), relocation coordinates (R9), and reading and comparing
 * the versions every change leaves behind (R8). Built on the registry core; exposed to other modules as the named
 * interface {@code basedata}.
 */
@NamedInterface("basedata")
package cn.jiandang.household.basedata;

import org.springframework.modulith.NamedInterface;
