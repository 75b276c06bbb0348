/**
 * The registry's persistence, shared by the household module's parts and hidden from other modules: the household
 * entity with its members, memberships, category changes and residences, their repositories, and the versions every
 * change leaves behind (R8). Only code of {@code cn.jiandang.household} and its sub-packages uses it.
 */
package cn.jiandang.household.internal;
