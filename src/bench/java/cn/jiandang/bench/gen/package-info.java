/** The synthetic province: region tree, households and members through COPY, open tasks through the engine. */
package cn.jiandang.bench.gen;
