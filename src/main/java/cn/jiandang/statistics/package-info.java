/** Statistics (统计): counts of the four monitored categories and of open work, per region. Always open (R12). */
package cn.jiandang.statistics;
