/** Year-end household exit (年度动态管理: 脱贫): rounds per area and year, one case per village, bulk decisions with exceptions. */
package cn.jiandang.yearend;
