/** Jiandang: the application root; each sub-package is one capability (Spring Modulith module). */
package cn.jiandang;
