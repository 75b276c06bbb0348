/** The dashboard of the officer's region. */
package cn.jiandang.statistics.ui;
