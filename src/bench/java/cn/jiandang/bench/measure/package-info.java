/** What the harness measures: user actions through the views, statements per action, plan shapes, throughput. */
package cn.jiandang.bench.measure;
