/**
 * Files in and out: household files (CSV or XLSX, one row per member, the head's ID number as the household's key)
 * imported in the background with every row checked as the forms check it, a report of bad rows by line and field,
 * all-or-nothing or valid households kept, idempotent re-import.
 */
package cn.jiandang.exchange;
