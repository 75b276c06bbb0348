/** Risk-elimination confirmation (风险消除) of monitored and marginal households (R3): cases, process, forms. */
package cn.jiandang.riskelimination;
