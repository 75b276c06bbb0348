/** The login view and the page shown when a login is refused (no region, no role). */
package cn.jiandang.security.ui;
