/** Shared UI: main layout, error views (access denied, not found), the language setting and the error handler. */
package cn.jiandang.base.ui;
