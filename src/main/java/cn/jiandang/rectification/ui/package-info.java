/** The supervisors' rectification board and the forms of the rectification steps. */
package cn.jiandang.rectification.ui;
