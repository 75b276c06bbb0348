/**
 * Poverty-alleviation projects (扶贫项目) of a county with their beneficiary households, and the report of projects
 * that benefit no marginal household. Built on the registry core; exposed to other modules as the named interface
 * {@code project}.
 */
@NamedInterface("project")
package cn.jiandang.household.project;

import org.springframework.modulith.NamedInterface;
