/** The import page: template, upload, the background import's progress bar and its report of bad rows. */
package cn.jiandang.exchange.ui;
