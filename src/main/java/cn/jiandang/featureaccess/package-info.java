/** Function opening (功能开放, R12): which functions are open for a province, the procedure that opens and closes them, the gate. */
package cn.jiandang.featureaccess;
