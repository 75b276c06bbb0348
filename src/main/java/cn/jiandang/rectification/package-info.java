/** Rectification cases (问题整改): problem lists from data cleansing, inspection look-back and the app, routed down and verified up. */
package cn.jiandang.rectification;
