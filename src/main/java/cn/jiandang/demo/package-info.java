/** The demo province of the embedded default: regions, households and members, seeded once. */
package cn.jiandang.demo;
