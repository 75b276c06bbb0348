/** The function-opening procedure (功能开放, R12): a province's request, the centre's decision, the period-end timer, the confirmed early close. */
package cn.jiandang.functionopening;
