/** The province's function-opening requests and the forms of their steps. */
package cn.jiandang.functionopening.ui;
