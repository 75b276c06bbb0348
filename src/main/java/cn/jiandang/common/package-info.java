/**
 * What every capability shares and nothing else: the errors a user can cause, with the answer they deserve, and the
 * set-based write of many rows on PostgreSQL ({@link cn.jiandang.common.UnnestRows}).
 */
package cn.jiandang.common;
