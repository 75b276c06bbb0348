/** Who the caller is (officer, role, region), what it may see (region scope), logins and engine identity. */
package cn.jiandang.security;
