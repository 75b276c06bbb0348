/** Assigning assistance from the household page and the forms of the assistance steps. */
package cn.jiandang.assistance.ui;
