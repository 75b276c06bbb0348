/** Identification's start actions, the new-household application view and the forms of its steps. */
package cn.jiandang.identification.ui;
