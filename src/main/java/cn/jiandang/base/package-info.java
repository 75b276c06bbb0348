/** Shared UI: the main layout with its menu, error pages and the session error handler. */
package cn.jiandang.base;
