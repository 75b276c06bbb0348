/** Opening a year-end round and the forms of the year-end exit steps. */
package cn.jiandang.yearend.ui;
