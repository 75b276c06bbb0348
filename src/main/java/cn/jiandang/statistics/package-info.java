/**
 * Statistics (统计): the daily snapshot of the four categories per region (R13), the monitoring scale per county (R2),
 * their export and API. Always open (R12).
 */
package cn.jiandang.statistics;
