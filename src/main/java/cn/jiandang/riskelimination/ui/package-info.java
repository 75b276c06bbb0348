/** Risk elimination's start action on the household page and the forms of its steps. */
package cn.jiandang.riskelimination.ui;
