/** Households and members of the archive (建档立卡户): categories, causes and risks, history. */
package cn.jiandang.household;
