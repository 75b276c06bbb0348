/** The statistics dashboard with drill-down and the monitoring-scale table, read from the daily snapshots. */
package cn.jiandang.statistics.ui;
