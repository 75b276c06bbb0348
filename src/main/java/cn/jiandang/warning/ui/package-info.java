/** Early warning's pages: the signal import and the form of the village's "核实预警" task. */
package cn.jiandang.warning.ui;
