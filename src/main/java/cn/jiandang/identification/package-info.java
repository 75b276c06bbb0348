/** Identification (识别) of newly-poor, returned, monitored and marginal households: cases, process, forms. */
package cn.jiandang.identification;
