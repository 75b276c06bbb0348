/** The one adapter to Camunda internals (webapp container authentication); nothing else imports engine impl classes. */
package cn.jiandang.security.camunda;
