/** Shared UI: the main layout with its menu, error pages, the session error handler and the forms' field checks. */
package cn.jiandang.base;
