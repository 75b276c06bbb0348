/**
 * Early warning (预警): other departments' signals (medical expenses, disaster losses, disability, unemployment, 低保
 * cancellation) imported by ID number, judged per household by the editable table {@code warning-rules.dmn}, and each
 * warning verified by its village ({@code warning-verification.bpmn}): no risk with the reason, or an identification.
 */
package cn.jiandang.warning;
