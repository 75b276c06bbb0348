/** Assistance assignment (帮扶措施): measures and the responsible helper per household, and what was carried out. */
package cn.jiandang.assistance;
