/** Proposing a village's exit and the forms of the village-exit steps. */
package cn.jiandang.villageexit.ui;
