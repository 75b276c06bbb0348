/** What every capability shares and nothing else: the errors a user can cause, with the answer they deserve. */
package cn.jiandang.common;
