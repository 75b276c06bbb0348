/**
 * Batch corrections of the registry (R7: identification and natural-change months of October–December 2019 become
 * September 2019), with a dry run, an idempotent apply and a log of who ran what. Built on the registry core;
 * exposed to other modules as the named interface {@code correction}.
 */
@NamedInterface("correction")
package cn.jiandang.household.correction;

import org.springframework.modulith.NamedInterface;
