/**
 * The province-scale benchmark harness (issue 14): generates a synthetic province per size, measures user actions
 * and procedures on two sizes side by side and prints goals P1–P7. Run by {@code bash .ci/bench}, never by CI.
 */
package cn.jiandang.bench;
