/** Administrative regions (行政区划): the tree of 12-digit division codes and subtree arithmetic. */
package cn.jiandang.region;
